package io.gradcap.core.image;

import io.gradcap.core.access.Actor;
import java.time.Instant;
import java.util.List;

/**
 * What someone asks of one student's image. The student is the one the {@link ImageState} is about;
 * {@link ImageConfirmation#decide} accepts or refuses the command with a reason.
 */
public sealed interface ImageCommand {

  /** Who asks. */
  Actor actor();

  /** When, on the host's clock. */
  Instant at();

  /** The capture centre photographed the student. */
  record MarkCaptured(Actor actor, Instant at, String centre) implements ImageCommand {}

  /** The capture centre uploaded the image to CHSI; {@code centre} is who took it (R16). */
  record Upload(Actor actor, Instant at, String centre, ContentHash image)
      implements ImageCommand {}

  /** The student confirms the image they were shown (正确); {@code image} is the one they saw. */
  record Confirm(Actor actor, Instant at, ContentHash image) implements ImageCommand {}

  /** The student reports the image wrong (有误) online. */
  record Dispute(Actor actor, Instant at, String reason) implements ImageCommand {}

  /** The counsellor registers the student's dispute (R18). */
  record RegisterDispute(Actor actor, Instant at, String note) implements ImageCommand {}

  /** The office resolves a registered dispute with an ID copy and other material (R18). */
  record ResolveDispute(Actor actor, Instant at, String resolution, List<EvidenceRef> evidence)
      implements ImageCommand {
    public ResolveDispute {
      evidence = List.copyOf(evidence);
    }
  }

  /** After the lock date, the office takes an unconfirmed image into its correction path. */
  record CorrectByOffice(Actor actor, Instant at, String reason, List<EvidenceRef> evidence)
      implements ImageCommand {
    public CorrectByOffice {
      evidence = List.copyOf(evidence);
    }
  }
}
