package io.gradcap.core.capture;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import io.gradcap.spi.host.CaptureCodes;
import java.time.Instant;

/**
 * What someone asks for at or after a capture session; {@link Captures#decide} turns it into
 * events.
 */
public sealed interface CaptureCommand extends CampaignCommand<CaptureEvent> {

  @Override
  default Feature feature() {
    return Feature.CAPTURE;
  }

  Actor actor();

  Instant at();

  /**
   * Photograph a student at check-in.
   *
   * @param codeHeld whether the host reports a capture code for the student (R11)
   * @param makeUpSlot the make-up slot for {@link Session#MAKE_UP}, else empty
   */
  record Capture(
      Actor actor,
      Instant at,
      Subject subject,
      Session session,
      boolean codeHeld,
      String makeUpSlot)
      implements CaptureCommand {

    /**
     * A collective-session photograph, asking the host whether the student holds a capture code
     * (R11).
     */
    public static Capture collective(Actor actor, Instant at, Subject subject, CaptureCodes codes) {
      return new Capture(
          actor,
          at,
          subject,
          Session.COLLECTIVE,
          codes.status(subject.student().value()).held(),
          "");
    }

    /** The same capture recorded by someone else. */
    public Capture withActor(Actor other) {
      return new Capture(other, at, subject, session, codeHeld, makeUpSlot);
    }
  }

  /** Mark a student absent from the collective session. */
  record MarkAbsent(Actor actor, Instant at, Subject subject) implements CaptureCommand {}

  /** Open a make-up slot with a capacity. */
  record OpenMakeUpSlot(Actor actor, Instant at, String slotId, Instant startsAt, int capacity)
      implements CaptureCommand {}

  /** Book a make-up slot for an absentee. */
  record BookMakeUp(Actor actor, Instant at, Subject subject, String slotId)
      implements CaptureCommand {}

  /** Record fee money a class handed over, in fen. */
  record CollectFee(Actor actor, Instant at, String college, String classGroup, long fen)
      implements CaptureCommand {}
}
