package io.gradcap.core.certificate;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.Feature;
import java.time.Instant;

/** What someone asks of a college's certificate submission (R7). */
public sealed interface CertificateCommand extends CampaignCommand<CertificateEvent> {

  @Override
  default Feature feature() {
    return Feature.CERTIFICATE;
  }

  /**
   * A college's checked workbook handed in; it replaces the college's earlier submission.
   *
   * @param actor the college's responsible person or the office
   */
  record Submit(Actor actor, Instant at, CertificateSubmission submission)
      implements CertificateCommand {}
}
