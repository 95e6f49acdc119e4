package io.gradcap.core.recordcard;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;

/** What someone asks of the record-card collection. */
public sealed interface RecordCardCommand extends CampaignCommand<RecordCardEvent> {

  @Override
  default Feature feature() {
    return Feature.RECORD_CARD;
  }

  Actor actor();

  Instant at();

  /** A counsellor, the college's responsible person or the office received a student's card. */
  record Receive(Actor actor, Instant at, StudentNumber student) implements RecordCardCommand {}

  /** A received card goes back to the student to be corrected. */
  record GiveBack(Actor actor, Instant at, StudentNumber student, String reason)
      implements RecordCardCommand {}

  /**
   * The office's 教务与学籍科 receives a class's register: the cards received and not handed over yet.
   */
  record HandOver(Actor actor, Instant at, ClassRef classRef) implements RecordCardCommand {}
}
