package io.gradcap.core.progress;

import com.google.common.base.Preconditions;
import io.gradcap.core.campaign.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One measure of one view: the count, what it is measured against, and where it stands.
 *
 * @param measure what is counted
 * @param done how many are done (for an outstanding measure: how many are left)
 * @param expected how many are expected (for an outstanding measure: the population it is taken
 *     from)
 * @param complete whether the measure is complete, rolled up from the classes below
 * @param milestone the milestone it is due by, if the campaign has one
 * @param today the day the view was taken
 * @param status where it stands
 */
public record ProgressLine(
    Measure measure,
    int done,
    int expected,
    boolean complete,
    @Nullable Milestone milestone,
    LocalDate today,
    Status status) {

  /**
   * Overdue first, most overdue first; then open, soonest due first; then the rest; by measure on a
   * tie.
   */
  public static final Comparator<ProgressLine> URGENCY =
      Comparator.comparing(ProgressLine::status)
          .thenComparingLong(l -> l.daysLeft().orElse(Long.MAX_VALUE))
          .thenComparing(ProgressLine::measure);

  public ProgressLine {
    Preconditions.checkArgument(done >= 0 && expected >= 0, "counts are never negative");
  }

  /** The line for a count on a day: its status follows from completeness and the milestone. */
  static ProgressLine of(
      Measure measure, Tally tally, @Nullable Milestone milestone, LocalDate today) {
    Status status;
    if (measure.kind() == Measure.Kind.INFORMATION) {
      status = Status.INFORMATION;
    } else if (tally.complete()) {
      status = Status.DONE;
    } else if (milestone != null && today.isAfter(milestone.date())) {
      status = Status.OVERDUE;
    } else {
      status = Status.OPEN;
    }
    return new ProgressLine(
        measure, tally.done(), tally.expected(), tally.complete(), milestone, today, status);
  }

  public Optional<Milestone> milestoneIfAny() {
    return Optional.ofNullable(milestone);
  }

  /** Days from today to the milestone: negative once overdue, empty without a milestone. */
  public OptionalLong daysLeft() {
    return milestone == null
        ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(today, milestone.date()));
  }

  public boolean isOverdue() {
    return status == Status.OVERDUE;
  }

  public String label(Locale locale) {
    return measure.label(locale);
  }

  /** {@code 已收回核对签名表 28/30 · 截止 2024-04-26 · 逾期 3 天}. */
  public String describe(Locale locale) {
    StringBuilder line = new StringBuilder(label(locale)).append(' ').append(done);
    if (measure.kind() != Measure.Kind.OUTSTANDING && measure.kind() != Measure.Kind.INFORMATION) {
      line.append('/').append(expected);
    }
    line.append(" · ").append(status.label(locale));
    if (milestone != null) {
      long days = daysLeft().getAsLong();
      line.append(" · ")
          .append(
              io.gradcap.core.finding.Message.of(
                      Measure.BUNDLE, daysKey(days), milestone.date().toString(), Math.abs(days))
                  .format(locale));
    }
    return line.toString();
  }

  /** A measure completed or counted after its milestone is past due, not overdue. */
  private String daysKey(long days) {
    if (days >= 0) {
      return "days.left";
    }
    return status == Status.OVERDUE ? "days.overdue" : "days.past";
  }
}
