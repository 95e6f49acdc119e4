package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.MilestoneKind;
import io.gradcap.core.institution.ClassGroup;
import io.gradcap.core.institution.College;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.verification.ClassPlacement;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Verifying imported records against a campaign, and the campaign's sign-off return deadline. */
public final class RosterCheck {

  private RosterCheck() {}

  /**
   * The verification context: today, and the campaign's graduating year and class placements if
   * given.
   */
  public static VerificationContext context(@Nullable Campaign campaign, Clock clock) {
    VerificationContext context = VerificationContext.of(VerificationPolicy.defaults(), clock);
    if (campaign == null) {
      return context;
    }
    Map<String, ClassPlacement> placements = new LinkedHashMap<>();
    for (College college : campaign.institution().colleges()) {
      for (ClassGroup group : college.classGroups()) {
        placements.put(group.name(), new ClassPlacement(college.name(), group.cohort()));
      }
    }
    context = context.withGraduatingYear(campaign.graduatingClass().year());
    return placements.isEmpty() ? context : context.withClasses(placements);
  }

  /** Verifies the records with the built-in rules. */
  public static VerificationReport verify(
      List<StudentRecord> records, @Nullable Campaign campaign, Clock clock) {
    return Verifier.withBuiltInRules().verify(records, context(campaign, clock));
  }

  /**
   * When the sign-off sheets are due back: the campaign's milestone, as a date and a teaching week.
   */
  public static Optional<ReturnDeadline> returnDeadline(Campaign campaign) {
    return campaign
        .milestone(MilestoneKind.SIGN_OFF_SHEETS_RETURNED)
        .flatMap(
            m ->
                campaign
                    .calendar()
                    .teachingDay(m.date())
                    .map(day -> ReturnDeadline.of(m.date(), day.week())));
  }
}
