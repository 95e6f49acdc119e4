package io.gradcap.examples.demo;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.ProgressInputs;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.signoff.ClassProgress;
import io.gradcap.core.signoff.SignOffProgress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The campaign's progress view computed from the state the journal folded: the demo prints it and
 * {@code gradcap progress} prints it from the stored events, so both count the same way.
 */
public final class DemoProgress {

  /** The day the demo's campaign is looked at: after its last recorded decision. */
  public static final LocalDate DEMO_DAY = LocalDate.of(2023, 6, 30);

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private DemoProgress() {}

  /** The progress as of the end of {@code today} in China. */
  public static CampaignProgress of(Campaign campaign, CampaignState state, LocalDate today) {
    Instant asOf = today.plusDays(1).atStartOfDay(CHINA).toInstant().minusNanos(1);
    List<ClassProgress> signOff =
        state.signOffs().values().stream()
            .map(s -> SignOffProgress.ofClass(s, asOf, CHINA))
            .toList();
    // A student photographed passed the capture-code gate (R11), so held a code.
    Set<StudentNumber> held = new HashSet<>(state.captures().collective());
    held.addAll(state.captures().madeUp());
    ProgressInputs inputs =
        ProgressInputs.of(campaign, state.recordCards().roster())
            .withSignOff(signOff)
            .withChangeRequests(new ArrayList<>(state.changes().requests().values()))
            .withCertificates(new ArrayList<>(state.certificates().submissions().values()))
            .withRecordCards(state.recordCards())
            .withCaptureCodesHeld(held)
            .withCapture(state.captures())
            .withImages(new ArrayList<>(state.images().values()));
    return CampaignProgress.of(inputs, today);
  }
}
