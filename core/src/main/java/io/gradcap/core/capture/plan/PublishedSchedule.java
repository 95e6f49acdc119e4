package io.gradcap.core.capture.plan;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a schedule as published (the notice's Attachment 1) against its groups: each group inside
 * its published window at that window's own rate, whether the station's throughput would do, no two
 * rows at once at a station, and no responsible person in two rows at once.
 */
public final class PublishedSchedule {

  private PublishedSchedule() {}

  /**
   * The findings for each published row, then for each conflict between rows, then a summary.
   *
   * @param rows the published rows; each names its group by id
   * @param groups the groups with their classes
   * @param station the station the rows are published for
   */
  public static List<Finding> check(
      List<ScheduleRow> rows, List<CaptureGroup> groups, Station station) {
    Map<String, CaptureGroup> byId =
        groups.stream().collect(Collectors.toMap(CaptureGroup::id, Function.identity()));
    CapturePlanner planner = CapturePlanner.withoutTimetable();
    List<Finding> findings = new ArrayList<>();
    BigDecimal minRate = null;
    BigDecimal maxRate = null;
    long minutes = 0;
    int students = 0;
    for (ScheduleRow row : rows) {
      CaptureWindow window = CaptureWindow.of(row.date(), row.startInclusive(), row.endExclusive());
      CaptureGroup group = byId.get(row.groupId());
      if (group == null) {
        findings.add(
            Finding.of(
                "R9.published.unknown-group",
                Severity.BLOCKING,
                row.group(),
                null,
                Message.of(
                    PlanMessages.BUNDLE,
                    "published.unknown-group",
                    row.group(),
                    window.toString())));
        continue;
      }
      minutes += window.minutes();
      students += row.headcount();
      Throughput own = Throughput.of(row.headcount(), window.minutes());
      BigDecimal rate = own.perMinute();
      minRate = minRate == null || rate.compareTo(minRate) < 0 ? rate : minRate;
      maxRate = maxRate == null || rate.compareTo(maxRate) > 0 ? rate : maxRate;
      // An own rate outside PlanLimits is asked at the nearest rate allowed.
      Throughput asked =
          PlanLimits.isInRange(own)
              ? own
              : Throughput.perMinute(
                  own.compareTo(Throughput.perMinute(PlanLimits.MIN_RATE)) < 0
                      ? PlanLimits.MIN_RATE
                      : PlanLimits.MAX_RATE);
      boolean fitsOwn = fits(planner, group, window, station.withCameras(1).withThroughput(asked));
      findings.add(
          Finding.of(
              "R9.published.window-rate",
              fitsOwn ? Severity.INFO : Severity.BLOCKING,
              row.group(),
              null,
              Message.of(
                  PlanMessages.BUNDLE,
                  fitsOwn ? "published.window-rate" : "published.window-rate.fails",
                  row.group(),
                  window.toString(),
                  row.headcount(),
                  window.minutes(),
                  rate.toPlainString())));
      if (!fits(planner, group, window, station)) {
        long need = PlanMessages.minutesUp(station.seconds(group.headcount()));
        findings.add(
            Finding.of(
                "R9.published.station-rate",
                Severity.WARNING,
                row.group(),
                null,
                Message.of(
                    PlanMessages.BUNDLE,
                    "published.station-rate",
                    row.group(),
                    need,
                    window.toString(),
                    window.minutes(),
                    station.throughput().toString(),
                    station.cameras())));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        ScheduleRow a = rows.get(i);
        ScheduleRow b = rows.get(j);
        boolean overlap =
            a.date().equals(b.date())
                && a.startInclusive().isBefore(b.endExclusive())
                && b.startInclusive().isBefore(a.endExclusive());
        if (!overlap) {
          continue;
        }
        if (a.station().equals(b.station())) {
          findings.add(
              Finding.of(
                  "R9.published.station-overlap",
                  Severity.BLOCKING,
                  a.group(),
                  null,
                  Message.of(
                      PlanMessages.BUNDLE,
                      "published.station-overlap",
                      a.group(),
                      b.group(),
                      a.date().toString())));
        }
        for (String person : a.responsible()) {
          if (b.responsible().contains(person)) {
            findings.add(
                Finding.of(
                    "R9.published.person-overlap",
                    Severity.BLOCKING,
                    person,
                    null,
                    Message.of(
                        PlanMessages.BUNDLE,
                        "published.person-overlap",
                        person,
                        a.group(),
                        b.group(),
                        a.date().toString())));
          }
        }
      }
    }
    BigDecimal average =
        minutes == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(students)
                .divide(BigDecimal.valueOf(minutes), 2, RoundingMode.HALF_UP);
    findings.add(
        Finding.of(
            "R9.published.summary",
            Severity.INFO,
            null,
            null,
            Message.of(
                PlanMessages.BUNDLE,
                "published.summary",
                students,
                minutes,
                average.toPlainString(),
                minRate == null ? "-" : minRate.toPlainString(),
                maxRate == null ? "-" : maxRate.toPlainString())));
    return findings;
  }

  private static boolean fits(
      CapturePlanner planner, CaptureGroup group, CaptureWindow window, Station station) {
    CaptureProblem alone =
        new CaptureProblem(
            List.of(group.withPin(Pin.window(window))),
            List.of(window),
            List.of(),
            List.of(station),
            Duration.ofMinutes(5),
            Order.FIXED,
            Weights.DEFAULT);
    return planner.plan(alone).isComplete();
  }
}
