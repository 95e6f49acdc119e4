package io.gradcap.core.internal.snapshot;

import static io.gradcap.core.internal.codec.Codecs.DATE;
import static io.gradcap.core.internal.codec.Codecs.INSTANT;
import static io.gradcap.core.internal.codec.Codecs.SHARED_TEXT;
import static io.gradcap.core.internal.codec.Codecs.TEXT;
import static io.gradcap.core.internal.codec.Shape.field;
import static io.gradcap.core.internal.snapshot.AccessCodecs.ACTOR;
import static io.gradcap.core.internal.snapshot.AccessCodecs.NULLABLE_ACTOR;
import static io.gradcap.core.internal.snapshot.RecordCodecs.FIELD;
import static io.gradcap.core.internal.snapshot.RecordCodecs.STUDENT;

import io.gradcap.core.change.ChangeEvent.RecordFieldChanged;
import io.gradcap.core.change.ChangeRequest;
import io.gradcap.core.change.ChangeStatus;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.OriginalCheck;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.internal.codec.Codec;
import io.gradcap.core.internal.codec.Codecs;
import io.gradcap.core.internal.codec.Shape;
import io.gradcap.spi.evidence.Sha256;
import org.jspecify.annotations.Nullable;

/** Change requests, with their evidence, and the history of record fields they changed. */
public final class ChangeCodecs {

  private ChangeCodecs() {}

  /** A student's facts: the subject's three values and two dates, within the request's array. */
  public static final Codec<StudentFacts> STUDENT_FACTS =
      Shape.of(
              StudentFacts::new,
              field("subject", StudentFacts::subject, AccessCodecs.SUBJECT),
              field("entryDate", StudentFacts::entryDate, DATE),
              field("birthDate", StudentFacts::birthDate, DATE))
          .inline();

  /** A field change: three values in the row of the request's changes. */
  public static final Codec<FieldChange> FIELD_CHANGE =
      Shape.of(
              FieldChange::new,
              field("field", FieldChange::field, FIELD),
              field("currentValue", FieldChange::currentValue, TEXT),
              field("proposedValue", FieldChange::proposedValue, TEXT))
          .inline();

  /** Who checked the original, and when: two missing values when nobody has. */
  public static final Codec<@Nullable OriginalCheck> ORIGINAL_CHECK =
      Shape.of(
              OriginalCheck::new,
              field("by", OriginalCheck::by, NULLABLE_ACTOR),
              field("at", OriginalCheck::at, Codecs.NULLABLE_INSTANT))
          .inlineOrNull();

  public static final Codec<EvidenceFile> EVIDENCE_FILE =
      Shape.of(
              EvidenceFile::new,
              field("kind", EvidenceFile::kind, Codecs.enumOf(EvidenceKind.class)),
              field("fileName", EvidenceFile::fileName, SHARED_TEXT),
              field("mediaType", EvidenceFile::mediaType, SHARED_TEXT),
              field("size", EvidenceFile::size, Codecs.LONG),
              field("sha256", EvidenceFile::sha256, Codecs.text(Sha256::parse, Sha256::hex)),
              field("pages", EvidenceFile::pages, Codecs.INT),
              field("check", EvidenceFile::check, ORIGINAL_CHECK))
          .array();

  public static final Codec<ChangeRequest> REQUEST =
      Shape.of(
              ChangeRequest::new,
              field("id", ChangeRequest::id, TEXT),
              field("student", ChangeRequest::student, STUDENT_FACTS),
              field("changes", ChangeRequest::changes, Codecs.list(FIELD_CHANGE)),
              field("changedOn", ChangeRequest::changedOn, DATE),
              field("source", ChangeRequest::source, SHARED_TEXT),
              field("status", ChangeRequest::status, Codecs.enumOf(ChangeStatus.class)),
              field("evidence", ChangeRequest::evidence, Codecs.list(EVIDENCE_FILE)),
              field("openedBy", ChangeRequest::openedBy, ACTOR),
              field("openedAt", ChangeRequest::openedAt, INSTANT),
              field("statusSince", ChangeRequest::statusSince, INSTANT),
              field("receivedBy", ChangeRequest::receivedBy, NULLABLE_ACTOR))
          .array();

  /** A record field changed by a decided request, as its event holds it. */
  public static final Codec<RecordFieldChanged> FIELD_CHANGED =
      Shape.of(
              RecordFieldChanged::new,
              field("requestId", RecordFieldChanged::requestId, TEXT),
              field("actor", RecordFieldChanged::actor, ACTOR),
              field("at", RecordFieldChanged::at, INSTANT),
              field("reason", RecordFieldChanged::reason, TEXT),
              field("student", RecordFieldChanged::student, STUDENT),
              field("field", RecordFieldChanged::field, FIELD),
              field("oldValue", RecordFieldChanged::oldValue, TEXT),
              field("newValue", RecordFieldChanged::newValue, TEXT))
          .array();
}
