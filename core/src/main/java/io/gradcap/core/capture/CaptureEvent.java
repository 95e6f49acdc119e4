package io.gradcap.core.capture;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.finding.Finding;
import java.time.Instant;

/**
 * What happened at or after a capture session, with who did it and when. Plain records; storage is
 * elsewhere.
 */
public sealed interface CaptureEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.CAPTURE;
  }

  Actor actor();

  Instant at();

  /** A student was photographed; the fee is owed for this photograph. */
  record Captured(Actor actor, Instant at, Subject subject, Session session, long feeFen)
      implements CaptureEvent {}

  /** A student missed the collective session and joins the make-up list. */
  record MarkedAbsent(Actor actor, Instant at, Subject subject) implements CaptureEvent {}

  /** A command was refused; the finding says which rule and why. */
  record Refused(Actor actor, Instant at, Subject subject, Finding reason)
      implements CaptureEvent {}

  /** A make-up slot was opened. */
  record MakeUpSlotOpened(Actor actor, Instant at, String slotId, Instant startsAt, int capacity)
      implements CaptureEvent {}

  /** An absentee booked a make-up slot. */
  record MakeUpBooked(Actor actor, Instant at, Subject subject, String slotId)
      implements CaptureEvent {}

  /** A class handed over fee money. */
  record FeeCollected(Actor actor, Instant at, String college, String classGroup, long fen)
      implements CaptureEvent {}
}
