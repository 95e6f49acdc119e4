package io.gradcap.core.capture.plan;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The ranges a capture problem must lie in. Values outside them are typing slips (a rate of {@code
 * 0.0000005} for {@code 0.5}, a headcount of {@code 4200} for {@code 42}) that would otherwise give
 * a plan that looks right and is not; {@link CaptureProblem} refuses them with a {@link
 * GradcapException} whose message, in Chinese or English, names the value, the range and what to
 * do.
 *
 * <table>
 *   <caption>Allowed ranges</caption>
 *   <tr><th>value</th><th>range</th><th>code</th></tr>
 *   <tr><td>a camera's rate</td><td>0.01 to 1,000 students a minute</td><td>GC-0601</td></tr>
 *   <tr><td>a class's headcount</td><td>1 to 1,000 students</td><td>GC-0602</td></tr>
 *   <tr><td>a station's cameras</td><td>1 to 100</td><td>GC-0603</td></tr>
 *   <tr><td>stations</td><td>1 to 50</td><td>GC-0604</td></tr>
 *   <tr><td>the arrival lead</td><td>0 to 120 minutes</td><td>GC-0605</td></tr>
 *   <tr><td>the sessions' dates</td><td>within 366 days of the first</td><td>GC-0606</td></tr>
 *   <tr><td>a session</td><td>at least 1 minute (a session ends the day it starts)</td><td>GC-0607</td></tr>
 * </table>
 *
 * <p>Inside these ranges one class takes at most 100,000 minutes and every time the planner
 * computes fits a {@code long} of seconds; the planner still computes times with overflow checks.
 */
public final class PlanLimits {

  /** The slowest rate, students a minute per camera: one student every 100 minutes. */
  public static final BigDecimal MIN_RATE = new BigDecimal("0.01");

  /** The fastest rate, students a minute per camera. */
  public static final BigDecimal MAX_RATE = new BigDecimal("1000");

  /** The most students one class may have. */
  public static final int MAX_CLASS_HEADCOUNT = 1000;

  /** The most cameras one station may have. */
  public static final int MAX_CAMERAS = 100;

  /** The most stations one problem may have. */
  public static final int MAX_STATIONS = 50;

  /** The longest arrival lead. */
  public static final Duration MAX_ARRIVAL_LEAD = Duration.ofMinutes(120);

  /** The most days, first to last inclusive, the sessions of one problem may span. */
  public static final int MAX_CAMPAIGN_DAYS = 366;

  /** The shortest session. */
  public static final Duration MIN_SESSION = Duration.ofMinutes(1);

  private PlanLimits() {}

  /**
   * Refuses a rate of students a minute outside {@link #MIN_RATE}–{@link #MAX_RATE}.
   *
   * @param perMinute the rate
   * @param asGiven the rate as the user wrote it, for the message
   * @throws GradcapException {@link ErrorCode#CAPTURE_RATE_OUT_OF_RANGE}
   */
  public static void checkRate(BigDecimal perMinute, String asGiven) {
    if (perMinute.compareTo(MIN_RATE) < 0 || perMinute.compareTo(MAX_RATE) > 0) {
      throw rateOutOfRange(asGiven);
    }
  }

  /**
   * Refuses a throughput outside {@link #MIN_RATE}–{@link #MAX_RATE}; exact, whatever the fraction.
   */
  public static void checkRate(Throughput rate) {
    BigInteger students = BigInteger.valueOf(rate.students());
    BigInteger minutes = BigInteger.valueOf(rate.minutes());
    // students / minutes >= 1/100 and students / minutes <= 1000, without rounding.
    if (students.multiply(BigInteger.valueOf(100)).compareTo(minutes) < 0
        || students.compareTo(minutes.multiply(BigInteger.valueOf(1000))) > 0) {
      // As people write rates: students a minute, to nine significant digits.
      throw rateOutOfRange(
          new BigDecimal(students)
              .divide(new BigDecimal(minutes), new MathContext(9))
              .stripTrailingZeros()
              .toPlainString());
    }
  }

  /** Whether a throughput lies inside {@link #MIN_RATE}–{@link #MAX_RATE}. */
  static boolean isInRange(Throughput rate) {
    try {
      checkRate(rate);
      return true;
    } catch (GradcapException e) {
      return false;
    }
  }

  /**
   * Refuses a number of stations outside 1–{@link #MAX_STATIONS}.
   *
   * @throws GradcapException {@link ErrorCode#CAPTURE_STATIONS_OUT_OF_RANGE}
   */
  public static void checkStations(int stations) {
    if (stations < 1 || stations > MAX_STATIONS) {
      throw new GradcapException(ErrorCode.CAPTURE_STATIONS_OUT_OF_RANGE, stations, MAX_STATIONS);
    }
  }

  /**
   * Refuses a class headcount outside 1–{@link #MAX_CLASS_HEADCOUNT}.
   *
   * @throws GradcapException {@link ErrorCode#CAPTURE_HEADCOUNT_OUT_OF_RANGE}
   */
  public static void checkHeadcount(String className, long headcount) {
    if (headcount < 1 || headcount > MAX_CLASS_HEADCOUNT) {
      throw new GradcapException(
          ErrorCode.CAPTURE_HEADCOUNT_OUT_OF_RANGE, className, headcount, MAX_CLASS_HEADCOUNT);
    }
  }

  private static GradcapException rateOutOfRange(String asGiven) {
    return new GradcapException(
        ErrorCode.CAPTURE_RATE_OUT_OF_RANGE,
        asGiven,
        MIN_RATE.toPlainString(),
        MAX_RATE.toPlainString());
  }

  /** Every range of the table above, in its order; the first value outside one is refused. */
  static void check(
      List<CaptureGroup> groups,
      List<CaptureWindow> sessions,
      List<Station> stations,
      Duration arrivalLead) {
    checkStations(stations.size());
    for (Station station : stations) {
      checkRate(station.throughput());
      if (station.cameras() > MAX_CAMERAS) {
        throw new GradcapException(
            ErrorCode.CAPTURE_CAMERAS_OUT_OF_RANGE, station.name(), station.cameras(), MAX_CAMERAS);
      }
    }
    for (CaptureGroup group : groups) {
      for (CaptureClass c : group.classes()) {
        checkHeadcount(c.name(), c.headcount());
      }
    }
    if (arrivalLead.compareTo(MAX_ARRIVAL_LEAD) > 0) {
      throw new GradcapException(
          ErrorCode.CAPTURE_LEAD_OUT_OF_RANGE,
          arrivalLead.toMinutes(),
          MAX_ARRIVAL_LEAD.toMinutes());
    }
    checkSessions(sessions);
  }

  private static void checkSessions(List<CaptureWindow> sessions) {
    LocalDate first = null;
    LocalDate last = null;
    for (CaptureWindow s : sessions) {
      if (s.length().compareTo(MIN_SESSION) < 0) {
        throw new GradcapException(
            ErrorCode.CAPTURE_SESSION_TOO_SHORT, s.toString(), MIN_SESSION.toMinutes());
      }
      first = first == null || s.date().isBefore(first) ? s.date() : first;
      last = last == null || s.date().isAfter(last) ? s.date() : last;
    }
    if (first != null
        && last != null
        && ChronoUnit.DAYS.between(first, last) + 1 > MAX_CAMPAIGN_DAYS) {
      throw new GradcapException(
          ErrorCode.CAPTURE_SESSIONS_TOO_SPREAD,
          first.toString(),
          last.toString(),
          ChronoUnit.DAYS.between(first, last) + 1,
          MAX_CAMPAIGN_DAYS);
    }
  }
}
