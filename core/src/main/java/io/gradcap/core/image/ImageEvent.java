package io.gradcap.core.image;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.List;

/** What happened to one student's image: each event names its student, its actor and its time. */
public sealed interface ImageEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.IMAGE;
  }

  StudentNumber student();

  Actor actor();

  Instant at();

  /** Photographed by {@code centre}. */
  record Captured(StudentNumber student, Actor actor, Instant at, String centre)
      implements ImageEvent {}

  /** Uploaded by the designated {@code centre}; {@code image} is what the student will see. */
  record Uploaded(StudentNumber student, Actor actor, Instant at, String centre, Sha256 image)
      implements ImageEvent {}

  /** Confirmed by the student: final (R17). */
  record Confirmed(StudentNumber student, Actor actor, Instant at, Sha256 image)
      implements ImageEvent {}

  /** Reported wrong by the student. */
  record Disputed(StudentNumber student, Actor actor, Instant at, String reason)
      implements ImageEvent {}

  /** Registered with the counsellor. */
  record DisputeRegistered(StudentNumber student, Actor actor, Instant at, String note)
      implements ImageEvent {}

  /** Resolved by the office with the evidence it cites. */
  record DisputeResolved(
      StudentNumber student, Actor actor, Instant at, String resolution, List<EvidenceRef> evidence)
      implements ImageEvent {
    public DisputeResolved {
      evidence = List.copyOf(evidence);
    }
  }

  /** Taken into the office's correction path after the lock date, with reason and evidence. */
  record CorrectedByOffice(
      StudentNumber student, Actor actor, Instant at, String reason, List<EvidenceRef> evidence)
      implements ImageEvent {
    public CorrectedByOffice {
      evidence = List.copyOf(evidence);
    }
  }
}
