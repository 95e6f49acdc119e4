package io.gradcap.core.image;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.List;

/**
 * What someone asks of one student's image. {@link ImageConfirmation#decide} decides it on that
 * student's {@link ImageState} and accepts or refuses it with a reason.
 */
public sealed interface ImageCommand extends CampaignCommand<ImageEvent> {

  @Override
  default Feature feature() {
    return Feature.IMAGE;
  }

  /** Whose image. */
  StudentNumber student();

  /** Who asks. */
  @Override
  Actor actor();

  /** When, on the host's clock. */
  @Override
  Instant at();

  /** The capture centre photographed the student. */
  record MarkCaptured(StudentNumber student, Actor actor, Instant at, String centre)
      implements ImageCommand {}

  /** The capture centre uploaded the image to CHSI; {@code centre} is who took it (R16). */
  record Upload(StudentNumber student, Actor actor, Instant at, String centre, Sha256 image)
      implements ImageCommand {}

  /** The student confirms the image they were shown (正确); {@code image} is the one they saw. */
  record Confirm(StudentNumber student, Actor actor, Instant at, Sha256 image)
      implements ImageCommand {}

  /** The student reports the image wrong (有误) online. */
  record Dispute(StudentNumber student, Actor actor, Instant at, String reason)
      implements ImageCommand {}

  /** The counsellor registers the student's dispute (R18). */
  record RegisterDispute(StudentNumber student, Actor actor, Instant at, String note)
      implements ImageCommand {}

  /** The office resolves a registered dispute with an ID copy and other material (R18). */
  record ResolveDispute(
      StudentNumber student, Actor actor, Instant at, String resolution, List<EvidenceRef> evidence)
      implements ImageCommand {
    public ResolveDispute {
      evidence = List.copyOf(evidence);
    }
  }

  /** After the lock date, the office takes an unconfirmed image into its correction path. */
  record CorrectByOffice(
      StudentNumber student, Actor actor, Instant at, String reason, List<EvidenceRef> evidence)
      implements ImageCommand {
    public CorrectByOffice {
      evidence = List.copyOf(evidence);
    }
  }
}
