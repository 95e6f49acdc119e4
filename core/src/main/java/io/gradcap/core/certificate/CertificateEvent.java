package io.gradcap.core.certificate;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Feature;
import java.time.Instant;

/** What happened to a college's certificate submission (R7). */
public sealed interface CertificateEvent extends CampaignEvent {

  @Override
  default Feature feature() {
    return Feature.CERTIFICATE;
  }

  /** The college's checked workbook was handed in, replacing any earlier one. */
  record Submitted(CertificateSubmission submission, Actor actor, Instant at)
      implements CertificateEvent {}
}
