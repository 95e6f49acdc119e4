package io.gradcap.core.capture.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.record.StudentNumber;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Absurd numbers are refused with the value, the range and what to do; times never wrap. */
class PlanLimitsTest {

  private static final LocalDate MON = LocalDate.of(2023, 4, 24);
  private static final CaptureWindow MORNING =
      CaptureWindow.of(MON, LocalTime.of(8, 30), LocalTime.of(11, 50));

  private static CaptureProblem problem(
      List<CaptureGroup> groups,
      List<CaptureWindow> sessions,
      List<Station> stations,
      Duration lead) {
    return new CaptureProblem(
        groups, sessions, List.of(), stations, lead, Order.FREE, Weights.DEFAULT);
  }

  private static CaptureProblem at(String rate) {
    return problem(
        List.of(Fixtures.group("a", "林虹", 42)),
        List.of(MORNING),
        List.of(new Station("教103", "教103", 1, Throughput.perMinute(rate))),
        Duration.ofMinutes(5));
  }

  private static CaptureProblem withCameras(int cameras) {
    return problem(
        List.of(Fixtures.group("a", "林虹", 42)),
        List.of(MORNING),
        List.of(new Station("教103", "教103", cameras, Throughput.perMinute("2.45"))),
        Duration.ofMinutes(5));
  }

  private static CaptureProblem withStations(int n) {
    List<Station> stations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      stations.add(new Station("s" + i, "教103", 1, Throughput.perMinute("2.45")));
    }
    return problem(
        List.of(Fixtures.group("a", "林虹", 42)), List.of(MORNING), stations, Duration.ofMinutes(5));
  }

  private static CaptureProblem withLead(Duration lead) {
    return problem(
        List.of(Fixtures.group("a", "林虹", 42)),
        List.of(MORNING),
        List.of(Fixtures.oneAMinute("教103")),
        lead);
  }

  private static CaptureProblem withSessions(CaptureWindow... sessions) {
    return problem(
        List.of(Fixtures.group("a", "林虹", 42)),
        List.of(sessions),
        List.of(Fixtures.oneAMinute("教103")),
        Duration.ofMinutes(5));
  }

  private static CaptureProblem withClassOf(int headcount) {
    return problem(
        List.of(Fixtures.group("a", "林虹", headcount)),
        List.of(MORNING),
        List.of(Fixtures.oneAMinute("教103")),
        Duration.ofMinutes(5));
  }

  private static void refused(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(GradcapException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void a_rate_that_once_overflowed_the_seconds_into_a_feasible_ten_minute_slot_is_refused() {
    // 42 students at 0.000000586733137 a minute take 4,294,967,6xx seconds; an int cast made that
    // 623.
    assertThatThrownBy(() -> CapturePlanner.withoutTimetable().plan(at("0.000000586733137")))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CAPTURE_RATE_OUT_OF_RANGE);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .isEqualTo(
                      "GC-0601 A rate of 0.000000586733137 students a minute per camera"
                          + " is outside the allowed range 0.01 to 1000: give the measured rate, such as 2.45 (about one student"
                          + " every 24 seconds)");
              assertThat(e.getMessage())
                  .startsWith(
                      "GC-0601 每台相机每分钟采集 0.000000586733137 人，超出允许范围 0.01–1000 人：请填写实测的采集速度");
            });
  }

  @Test
  void seconds_that_do_not_fit_a_long_fail_instead_of_wrapping() {
    Throughput oncePerAge = Throughput.of(1, Long.MAX_VALUE / 30);
    assertThatThrownBy(() -> oncePerAge.seconds(42, 1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void a_group_longer_than_an_int_of_seconds_is_explained_not_wrapped() {
    // 358 classes of 1,000 at the slowest rate: 2,148,000,000 s, past Integer.MAX_VALUE.
    List<StudentNumber> thousand = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      thousand.add(StudentNumber.of(String.format("2021%06d", i)));
    }
    List<CaptureClass> classes = new ArrayList<>();
    for (int k = 0; k < 358; k++) {
      classes.add(new CaptureClass("c" + k, thousand));
    }
    CaptureProblem huge =
        problem(
            List.of(CaptureGroup.of("g", "大学院", classes, List.of("林虹"))),
            List.of(MORNING),
            List.of(new Station("教103", "教103", 1, Throughput.perMinute("0.01"))),
            Duration.ofMinutes(5));
    CapturePlan plan = CapturePlanner.withoutTimetable().plan(huge);
    assertThat(plan.isComplete()).isFalse();
    assertThat(plan.unplaced()).hasSize(358);
    assertThat(plan.unplaced().get(0).reason().format(Locale.ENGLISH))
        .startsWith("大学院 needs 35,800,000 min");
  }

  @Test
  void a_rate_too_long_for_a_fraction_is_unparseable_not_one_over_zero() {
    assertThatThrownBy(() -> Throughput.perMinute("1e-300"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNPARSEABLE_VALUE))
        .hasMessageNotContaining("1/0");
  }

  @Test
  void the_slowest_rate_is_one_student_every_100_minutes() {
    assertThatCode(() -> at("0.01")).doesNotThrowAnyException();
    refused(() -> at("0.0099"), ErrorCode.CAPTURE_RATE_OUT_OF_RANGE);
  }

  @Test
  void the_fastest_rate_is_1000_students_a_minute() {
    assertThatCode(() -> at("1000")).doesNotThrowAnyException();
    refused(() -> at("1000.01"), ErrorCode.CAPTURE_RATE_OUT_OF_RANGE);
  }

  @Test
  void a_class_has_1_to_1000_students() {
    assertThatCode(() -> withClassOf(1000)).doesNotThrowAnyException();
    refused(() -> withClassOf(1001), ErrorCode.CAPTURE_HEADCOUNT_OUT_OF_RANGE);
  }

  @Test
  void a_station_has_at_most_100_cameras() {
    assertThatCode(() -> withCameras(100)).doesNotThrowAnyException();
    refused(() -> withCameras(101), ErrorCode.CAPTURE_CAMERAS_OUT_OF_RANGE);
  }

  @Test
  void a_problem_has_at_most_50_stations() {
    assertThatCode(() -> withStations(50)).doesNotThrowAnyException();
    refused(() -> withStations(51), ErrorCode.CAPTURE_STATIONS_OUT_OF_RANGE);
  }

  @Test
  void the_arrival_lead_is_at_most_two_hours() {
    assertThatCode(() -> withLead(Duration.ofMinutes(120))).doesNotThrowAnyException();
    refused(() -> withLead(Duration.ofMinutes(121)), ErrorCode.CAPTURE_LEAD_OUT_OF_RANGE);
  }

  @Test
  void the_sessions_span_at_most_366_days() {
    CaptureWindow last =
        CaptureWindow.of(MON.plusDays(365), LocalTime.of(8, 30), LocalTime.of(11, 50));
    CaptureWindow past =
        CaptureWindow.of(MON.plusDays(366), LocalTime.of(8, 30), LocalTime.of(11, 50));
    assertThatCode(() -> withSessions(MORNING, last)).doesNotThrowAnyException();
    refused(() -> withSessions(MORNING, past), ErrorCode.CAPTURE_SESSIONS_TOO_SPREAD);
  }

  @Test
  void a_session_lasts_at_least_a_minute() {
    assertThatCode(
            () -> withSessions(CaptureWindow.of(MON, LocalTime.of(8, 0), LocalTime.of(8, 1))))
        .doesNotThrowAnyException();
    refused(
        () -> withSessions(CaptureWindow.of(MON, LocalTime.of(8, 0), LocalTime.of(8, 0, 59))),
        ErrorCode.CAPTURE_SESSION_TOO_SHORT);
  }

  @Test
  void sizing_in_small_steps_stops_at_the_slowest_rate_allowed() {
    CaptureProblem one = withClassOf(1);
    Sizing sizing =
        CapturePlanner.withoutTimetable()
            .smallestThroughput(one, new java.math.BigDecimal("0.001"))
            .orElseThrow();
    assertThat(Throughput.parse(sizing.value())).isEqualTo(Throughput.perMinute("0.01"));
    assertThat(sizing.nextSmaller()).isNull();
  }
}
