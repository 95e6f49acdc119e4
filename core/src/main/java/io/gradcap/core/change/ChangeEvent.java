package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened to change requests: every event names its actor, its time and its reason. */
public sealed interface ChangeEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.CHANGE;
  }

  Actor actor();

  Instant at();

  /** Why, in the actor's words; may be empty where the move speaks for itself. */
  String reason();

  /** A request was opened as a draft. */
  record RequestOpened(
      String requestId,
      Actor actor,
      Instant at,
      String reason,
      StudentFacts student,
      List<FieldChange> changes,
      LocalDate changedOn,
      String source)
      implements ChangeEvent {
    public RequestOpened {
      changes = List.copyOf(changes);
    }
  }

  /** An evidence file was attached to a request. */
  record EvidenceAttached(
      String requestId, Actor actor, Instant at, String reason, EvidenceFile evidence)
      implements ChangeEvent {}

  /** The actor checked an attached copy against its original. */
  record OriginalChecked(String requestId, Actor actor, Instant at, String reason, Sha256 sha256)
      implements ChangeEvent {}

  /** A request moved through its lifecycle. */
  record StatusChanged(
      String requestId,
      Actor actor,
      Instant at,
      String reason,
      Transition transition,
      ChangeStatus from,
      ChangeStatus to)
      implements ChangeEvent {}

  /**
   * Applying a request changed a field of the record; the old value stays here, in the history. ID
   * numbers are masked in {@link #toString()}.
   */
  record RecordFieldChanged(
      String requestId,
      Actor actor,
      Instant at,
      String reason,
      StudentNumber student,
      RecordField field,
      String oldValue,
      String newValue)
      implements ChangeEvent {
    @Override
    public String toString() {
      return "RecordFieldChanged["
          + requestId
          + " "
          + student
          + " "
          + field.key()
          + ": "
          + Labels.shown(field, oldValue)
          + " -> "
          + Labels.shown(field, newValue)
          + " by "
          + actor
          + " at "
          + at
          + "]";
    }
  }

  /** The student confirmed the record and it is locked (R17): nothing changes it any more. */
  record RecordLocked(StudentNumber student, Actor actor, Instant at, String reason)
      implements ChangeEvent {}
}
