package io.gradcap.core.internal.snapshot;

import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;

/** Student numbers and record fields, which every feature's state names. */
public final class RecordCodecs {

  private RecordCodecs() {}

  /** A student number: a snapshot names every student in several parts, each read once. */
  public static final Codec<StudentNumber> STUDENT =
      Codecs.interned(StudentNumber::of, StudentNumber::value);

  public static final Codec<RecordField> FIELD = Codecs.enumOf(RecordField.class);
}
