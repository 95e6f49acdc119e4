package io.gradcap.core.cohort;

import com.google.common.base.Preconditions;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cohort (级): the students who entered in one year on one programme length and kind. Its label
 * round-trips: {@code 2021级3年制}, {@code 2019级5年制}, {@code 2022级2年制联办本科}.
 *
 * <p>R1: entry year + programme length = graduating year, so the graduating year is derived, never
 * stored.
 *
 * @param entryYear the year the cohort entered
 * @param programYears the programme length: 2, 3 or 5
 * @param kind regular, five-year or joint undergraduate
 */
public record CohortId(int entryYear, int programYears, ProgramKind kind)
    implements Comparable<CohortId> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})级(\\d)年制(联办本科)?");

  public CohortId {
    Preconditions.checkArgument(entryYear >= 1900 && entryYear <= 9999, "entry year %s", entryYear);
    Preconditions.checkArgument(
        programYears == 2 || programYears == 3 || programYears == 5,
        "programme length must be 2, 3 or 5 years, was %s",
        programYears);
    Preconditions.checkArgument(
        (kind == ProgramKind.FIVE_YEAR) == (programYears == 5),
        "five-year programmes and only they last 5 years");
    Preconditions.checkArgument(
        kind != ProgramKind.JOINT_UNDERGRADUATE || programYears == 2,
        "joint undergraduate classes last 2 years");
  }

  /**
   * A cohort whose kind follows from its length: 5 years is the five-year programme, else regular.
   */
  public static CohortId of(int entryYear, int programYears) {
    return new CohortId(
        entryYear, programYears, programYears == 5 ? ProgramKind.FIVE_YEAR : ProgramKind.REGULAR);
  }

  /** The joint undergraduate cohort that entered in the given year. */
  public static CohortId jointUndergraduate(int entryYear) {
    return new CohortId(entryYear, 2, ProgramKind.JOINT_UNDERGRADUATE);
  }

  /** Reads a label as {@link #toString()} writes it. */
  public static CohortId parse(CharSequence label) {
    Matcher m = LABEL.matcher(label.toString().strip());
    if (!m.matches()) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, label, "年级应形如 2021级3年制 / expected like 2021级3年制");
    }
    int entry = Integer.parseInt(m.group(1));
    int years = Integer.parseInt(m.group(2));
    try {
      return m.group(3) != null
          ? new CohortId(entry, years, ProgramKind.JOINT_UNDERGRADUATE)
          : of(entry, years);
    } catch (IllegalArgumentException e) {
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE, e, label, String.valueOf(e.getMessage()));
    }
  }

  /** R1: the year this cohort graduates. */
  public int graduatingYear() {
    return entryYear + programYears;
  }

  @Override
  public int compareTo(CohortId other) {
    int byEntry = Integer.compare(entryYear, other.entryYear);
    if (byEntry != 0) {
      return byEntry;
    }
    int byLength = Integer.compare(programYears, other.programYears);
    return byLength != 0 ? byLength : kind.compareTo(other.kind);
  }

  @Override
  public String toString() {
    return entryYear + "级" + programYears + "年制" + kind.suffix();
  }
}
