package io.gradcap.examples.demo;

import io.gradcap.core.access.Actor;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangePolicy;
import io.gradcap.core.change.EvidenceCatalogue;
import io.gradcap.core.change.IdNumberLookup;
import io.gradcap.core.image.ConfirmationTerms;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.recordcard.RecordCards;
import java.time.LocalDate;

/**
 * The campaign's deciders, configured once from its definition: who receives change requests, the
 * capture fee and code lead time, the image lock day, the record cards' deadline. {@link
 * DemoJournal} decides with them; the examples ask them what they need to show (the evidence a
 * field needs, the fees due, the classes still missing cards).
 *
 * @param changes change requests and their evidence (R3)
 * @param capture capture-code gate, capture, make-ups and fees (R11–R14)
 * @param captureSettings the fee and the code lead time the capture decider uses
 * @param images image confirmation (R16–R18)
 * @param recordCards record cards and their deadline (R8)
 */
public record DemoRules(
    ChangeDecider changes,
    Captures capture,
    CaptureSettings captureSettings,
    ImageConfirmation images,
    RecordCards recordCards) {

  /** The seed notice's images lock when degrees are published, about the 1st of July. */
  static final LocalDate IMAGE_LOCK = LocalDate.of(2024, 7, 1);

  /** The record cards are due on the 19th of May (R8). */
  static final LocalDate CARDS_DUE = LocalDate.of(2023, 5, 19);

  /** A journal builder that decides with these rules. */
  public CampaignJournal.Builder configure(CampaignJournal.Builder builder) {
    return builder.changes(changes).captures(capture).images(images).recordCards(recordCards);
  }

  /** The deciders a campaign definition configures. */
  public static DemoRules of(Campaign campaign, Actor office) {
    CaptureSettings settings =
        CaptureSettings.DEFAULT
            .withFee(campaign.capture().fee().movePointRight(2).longValueExact())
            .withCodeLeadDays(campaign.capture().codeLeadDays());
    return of(settings, campaign.capture().centre(), office);
  }

  /**
   * The deciders with these capture settings and capture centre, change requests received by {@code
   * office}.
   */
  public static DemoRules of(CaptureSettings settings, String centre, Actor office) {
    return new DemoRules(
        new ChangeDecider(
            EvidenceCatalogue.defaults(),
            ChangePolicy.defaults().withReceivingStaff(office.id()),
            IdNumberLookup.none()),
        Captures.of(settings),
        settings,
        new ImageConfirmation(ConfirmationTerms.of(centre, IMAGE_LOCK)),
        RecordCards.dueBy(CARDS_DUE));
  }
}
