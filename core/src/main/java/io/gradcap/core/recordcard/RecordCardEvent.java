package io.gradcap.core.recordcard;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.time.LocalDate;

/** What happened to record cards; each event names its actor and its time. */
public sealed interface RecordCardEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.RECORD_CARD;
  }

  Actor actor();

  Instant at();

  /** A student's card was received. */
  record Received(StudentNumber student, Actor actor, Instant at) implements RecordCardEvent {}

  /** A student's card went back to them to be corrected. */
  record GivenBack(StudentNumber student, Actor actor, Instant at, String reason)
      implements RecordCardEvent {}

  /** A class's register went to the office; {@code line} is its line on the handover list. */
  record HandedOver(HandoverLine line, Actor actor, Instant at) implements RecordCardEvent {
    public LocalDate date() {
      return line.date();
    }
  }
}
