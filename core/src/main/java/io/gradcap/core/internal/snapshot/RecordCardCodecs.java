package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Codecs.SHARED_TEXT;
import static io.gradcap.core.internal.codec.Codecs.TEXT;
import static io.gradcap.core.internal.codec.Shape.field;
import static io.gradcap.core.internal.snapshot.RecordCodecs.STUDENT;

import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import io.gradcap.core.recordcard.CardReceipt;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.recordcard.RosterEntry;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** Record cards: classes, cards received, and the register's handover lines. */
public final class RecordCardCodecs {

  private RecordCardCodecs() {}

  /** A class: two values within its owner's array. */
  public static final Codec<ClassRef> CLASS_REF =
      Shape.of(
              ClassRef::new,
              field("college", ClassRef::college, TEXT),
              field("classGroup", ClassRef::classGroup, TEXT))
          .inline();

  /** A roster entry: four values within its owner's array. */
  public static final Codec<RosterEntry> ROSTER_ENTRY =
      Shape.of(
              RosterEntry::new,
              field("student", RosterEntry::student, STUDENT),
              field("name", RosterEntry::name, TEXT),
              field("college", RosterEntry::college, SHARED_TEXT),
              field("classGroup", RosterEntry::classGroup, SHARED_TEXT))
          .inline();

  public static final Codec<CardReceipt> RECEIPT =
      Shape.of(
              CardReceipt::new,
              field("entry", CardReceipt::entry, ROSTER_ENTRY),
              field("receivedBy", CardReceipt::receivedBy, AccessCodecs.ACTOR),
              field("at", CardReceipt::at, Codecs.INSTANT),
              field("handedOver", CardReceipt::handedOver, Codecs.BOOLEAN))
          .array();

  /** The register's handover lines: rare, left to data binding. */
  public static final Codec<List<HandoverLine>> HANDOVERS =
      Codecs.bound(new TypeReference<List<HandoverLine>>() {});
}
