package io.gradcap.core.cohort;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.ChineseNumerals;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A graduating class (届): everyone who graduates in one year, whatever their cohort. Round-trips as
 * {@code 2024届}.
 *
 * @param year the year of graduation
 */
public record GraduatingClass(int year) implements Comparable<GraduatingClass> {

  /** R1: the rule id of the cohort check. */
  public static final String R1_RULE = "R1.cohort.graduating-year";

  private static final Pattern LABEL = Pattern.compile("([0-9\\uFF10-\\uFF19]{4})\\s*届?");

  public GraduatingClass {
    Preconditions.checkArgument(year >= 1900 && year <= 9999, "year %s", year);
  }

  public static GraduatingClass of(int year) {
    return new GraduatingClass(year);
  }

  /** Reads {@code 2024届} (or just {@code 2024}). */
  public static GraduatingClass parse(CharSequence label) {
    Matcher m = LABEL.matcher(label.toString().strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, label, "应形如 2024届 / expected like 2024届");
    }
    return new GraduatingClass(Integer.parseInt(ChineseNumerals.foldDigits(m.group(1))));
  }

  /** R1: whether the cohort graduates with this class (entry year + programme length = year). */
  public boolean includes(CohortId cohort) {
    return cohort.graduatingYear() == year;
  }

  /**
   * R1: a cohort a campaign covers must graduate in the campaign's year (entry year + programme
   * length = graduating year).
   */
  public Optional<Finding> checkCohort(CohortId cohort) {
    if (includes(cohort)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            R1_RULE,
            Severity.BLOCKING,
            cohort.toString(),
            "cohorts",
            Message.of(
                TermCalendar.MESSAGES,
                "r1.graduating-year",
                cohort.toString(),
                String.valueOf(cohort.entryYear()),
                cohort.programYears(),
                String.valueOf(cohort.graduatingYear()),
                toString(),
                String.valueOf(year))));
  }

  /** R1 over every cohort, in the given order. */
  public List<Finding> checkCohorts(Collection<CohortId> cohorts) {
    return cohorts.stream().flatMap(c -> checkCohort(c).stream()).toList();
  }

  @Override
  public int compareTo(GraduatingClass other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public String toString() {
    return year + "届";
  }
}
