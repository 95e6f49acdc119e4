package io.gradcap.core.signoff;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;

/** What happened to a student's row of a sign-off sheet, with who recorded it and when. */
public sealed interface SignOffEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.SIGN_OFF;
  }

  StudentNumber student();

  Actor actor();

  Instant at();

  /** R5: the student signed the row as correct. */
  record SignedAsCorrect(StudentNumber student, Actor actor, Instant at) implements SignOffEvent {}

  /** R4: a directly correctable field was corrected; the new value applies at once. */
  record FieldCorrected(
      StudentNumber student,
      RecordField field,
      String oldValue,
      String newValue,
      Actor actor,
      Instant at)
      implements SignOffEvent {}

  /**
   * R3: a change to a critical field was asked for. The value is not applied: a change request with
   * the proposed value is opened, to be decided with evidence.
   */
  record ChangeRequestOpened(
      StudentNumber student,
      RecordField field,
      String currentValue,
      String proposedValue,
      Actor actor,
      Instant at)
      implements SignOffEvent {}

  /** R2: the row did not come back by the deadline. */
  record NotReturned(StudentNumber student, Actor actor, Instant at) implements SignOffEvent {}
}
