package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import com.google.common.math.LongMath;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast one camera photographs: {@code students} students every {@code minutes} minutes, kept as
 * an exact fraction so that plans never drift by rounding. Prints as {@code 2.45/min} when the rate
 * is a finite decimal, else as {@code 49/20min}; {@link #parse} reads both and {@code
 * 2min/student}.
 *
 * @param students students per {@code minutes}, positive, in lowest terms with {@code minutes}
 * @param minutes the minutes those students take, positive
 */
public record Throughput(long students, long minutes) implements Comparable<Throughput> {

  private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)min");
  private static final Pattern PER_MINUTE = Pattern.compile("(\\d+(?:\\.\\d+)?)/min");
  private static final Pattern MINUTES_PER_STUDENT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)min/student");

  public Throughput {
    Preconditions.checkArgument(
        students > 0 && minutes > 0, "a throughput is positive: %s/%s", students, minutes);
    long gcd = LongMath.gcd(students, minutes);
    students /= gcd;
    minutes /= gcd;
  }

  /** Students per minute per camera, such as {@code 2.45}. */
  public static Throughput perMinute(BigDecimal studentsPerMinute) {
    BigDecimal stripped = studentsPerMinute.stripTrailingZeros();
    int scale = Math.max(0, stripped.scale());
    try {
      return new Throughput(
          stripped.movePointRight(scale).longValueExact(), LongMath.checkedPow(10, scale));
    } catch (ArithmeticException e) {
      // 1e-300 or 1e30: no long fraction holds it (today's 10^300 would wrap to 0).
      throw new GradcapException(
          ErrorCode.UNPARSEABLE_VALUE,
          e,
          studentsPerMinute.toString(),
          "最多 18 位数字 / at most 18 digits; "
              + PlanLimits.MIN_RATE.toPlainString()
              + "–"
              + PlanLimits.MAX_RATE.toPlainString()
              + " /min");
    }
  }

  public static Throughput perMinute(String studentsPerMinute) {
    return perMinute(new BigDecimal(studentsPerMinute));
  }

  /** Minutes per student per camera, such as {@code 0.5}. */
  public static Throughput minutesPerStudent(BigDecimal minutesPerStudent) {
    Throughput inverse = perMinute(minutesPerStudent);
    return new Throughput(inverse.minutes, inverse.students);
  }

  /** {@code students} every {@code minutes} minutes. */
  public static Throughput of(long students, long minutes) {
    return new Throughput(students, minutes);
  }

  /** Reads {@code 2.45/min}, {@code 49/20min} or {@code 0.5min/student}. */
  public static Throughput parse(CharSequence text) {
    String s = text.toString().strip();
    try {
      Matcher m = FRACTION.matcher(s);
      if (m.matches()) {
        return of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      }
      m = PER_MINUTE.matcher(s);
      if (m.matches()) {
        return perMinute(m.group(1));
      }
      m = MINUTES_PER_STUDENT.matcher(s);
      if (m.matches()) {
        return minutesPerStudent(new BigDecimal(m.group(1)));
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new GradcapException(ErrorCode.UNPARSEABLE_VALUE, e, s, String.valueOf(e.getMessage()));
    }
    throw new GradcapException(
        ErrorCode.UNPARSEABLE_VALUE,
        s,
        "应形如 2.45/min、49/20min 或 0.5min/student / expected like 2.45/min");
  }

  /**
   * Seconds that {@code headcount} students take with {@code cameras} cameras, rounded up.
   *
   * @throws ArithmeticException when the seconds do not fit a {@code long} (never inside {@link
   *     PlanLimits})
   */
  public long seconds(long headcount, int cameras) {
    return LongMath.divide(
        Math.multiplyExact(Math.multiplyExact(headcount, minutes), 60L),
        Math.multiplyExact(students, (long) cameras),
        RoundingMode.CEILING);
  }

  /** Students per minute, rounded to two decimals, for people to read. */
  public BigDecimal perMinute() {
    return BigDecimal.valueOf(students)
        .divide(BigDecimal.valueOf(minutes), 2, RoundingMode.HALF_UP);
  }

  /** The same rate with {@code n} cameras working together. */
  public Throughput times(int n) {
    return of(Math.multiplyExact(students, (long) n), minutes);
  }

  private boolean isFiniteDecimal() {
    long m = minutes;
    while (m % 2 == 0) {
      m /= 2;
    }
    while (m % 5 == 0) {
      m /= 5;
    }
    return m == 1;
  }

  @Override
  public int compareTo(Throughput other) {
    return BigInteger.valueOf(students)
        .multiply(BigInteger.valueOf(other.minutes))
        .compareTo(BigInteger.valueOf(other.students).multiply(BigInteger.valueOf(minutes)));
  }

  @Override
  public String toString() {
    if (isFiniteDecimal()) {
      return new BigDecimal(students)
              .divide(new BigDecimal(minutes))
              .stripTrailingZeros()
              .toPlainString()
          + "/min";
    }
    return students + "/" + minutes + "min";
  }
}
