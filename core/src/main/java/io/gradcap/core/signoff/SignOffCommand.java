package io.gradcap.core.signoff;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;

/**
 * What someone records about a student's row of a sign-off sheet. Each names its actor and time.
 */
public sealed interface SignOffCommand extends CampaignCommand<SignOffEvent> {

  @Override
  default Feature feature() {
    return Feature.SIGN_OFF;
  }

  StudentNumber student();

  Actor actor();

  Instant at();

  /**
   * R5: the student signed; the row as printed is correct (apart from corrections reported with
   * it).
   */
  record Sign(StudentNumber student, Actor actor, Instant at) implements SignOffCommand {}

  /**
   * R3/R4: a value on the row is wrong and should be {@code proposedValue}. Routing decides: a
   * critical field opens a change request, any other field is corrected at once.
   */
  record ReportWrong(
      StudentNumber student, RecordField field, String proposedValue, Actor actor, Instant at)
      implements SignOffCommand {}

  /** R2: the student's row did not come back signed. */
  record MarkNotReturned(StudentNumber student, Actor actor, Instant at)
      implements SignOffCommand {}
}
