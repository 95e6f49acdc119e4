package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Codecs.INSTANT;
import static io.gradcap.core.internal.codec.Codecs.NULLABLE_INSTANT;
import static io.gradcap.core.internal.codec.Codecs.SHARED_TEXT;
import static io.gradcap.core.internal.codec.Shape.field;
import static io.gradcap.core.internal.snapshot.AccessCodecs.ACTOR;
import static io.gradcap.core.internal.snapshot.RecordCodecs.FIELD;
import static io.gradcap.core.internal.snapshot.RecordCodecs.STUDENT;

import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.signoff.SignOffEvent.ChangeRequestOpened;
import io.gradcap.core.signoff.SignOffEvent.FieldCorrected;
import io.gradcap.core.signoff.StudentOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sign-off: each student's outcome, with its corrections and change requests. */
public final class SignOffCodecs {

  private SignOffCodecs() {}

  public static final Codec<FieldCorrected> FIELD_CORRECTED =
      Shape.of(
              FieldCorrected::new,
              field("student", FieldCorrected::student, STUDENT),
              field("field", FieldCorrected::field, FIELD),
              field("oldValue", FieldCorrected::oldValue, SHARED_TEXT),
              field("newValue", FieldCorrected::newValue, SHARED_TEXT),
              field("actor", FieldCorrected::actor, ACTOR),
              field("at", FieldCorrected::at, INSTANT))
          .array();

  public static final Codec<ChangeRequestOpened> CHANGE_REQUEST_OPENED =
      Shape.of(
              ChangeRequestOpened::new,
              field("student", ChangeRequestOpened::student, STUDENT),
              field("field", ChangeRequestOpened::field, FIELD),
              field("currentValue", ChangeRequestOpened::currentValue, SHARED_TEXT),
              field("proposedValue", ChangeRequestOpened::proposedValue, SHARED_TEXT),
              field("actor", ChangeRequestOpened::actor, ACTOR),
              field("at", ChangeRequestOpened::at, INSTANT))
          .array();

  public static final Codec<StudentOutcome> OUTCOME =
      Shape.of(
              StudentOutcome::new,
              field("student", StudentOutcome::student, STUDENT),
              field("signedAt", StudentOutcome::signedAt, NULLABLE_INSTANT),
              field("corrections", StudentOutcome::corrections, Codecs.list(FIELD_CORRECTED)),
              field(
                  "changeRequests",
                  StudentOutcome::changeRequests,
                  Codecs.list(CHANGE_REQUEST_OPENED)),
              field("notReturnedAt", StudentOutcome::notReturnedAt, NULLABLE_INSTANT),
              field("returnedAt", StudentOutcome::returnedAt, NULLABLE_INSTANT))
          .array();

  /** The outcomes of each class: an array per class, its college and class, then its outcomes. */
  public static final Codec<Map<ClassRef, List<StudentOutcome>>> OUTCOMES_BY_CLASS =
      Codecs.entries(RecordCardCodecs.CLASS_REF, Codecs.list(OUTCOME), LinkedHashMap::new);
}
