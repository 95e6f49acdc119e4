package io.gradcap.examples.demo;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.PublishedWindow;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.PublishedSchedule;
import io.gradcap.core.capture.plan.ScheduleRow;
import io.gradcap.core.capture.plan.Sizing;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.print.CapturePrint;
import io.gradcap.core.print.PrintedSheet;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.examples.picture.ScheduleSvg;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The capture plan (R9, R10): the smallest rate one camera needs for Attachment 1's groups in its
 * order, how many cameras a realistic rate needs, the plan beside the published schedule, the
 * published schedule checked at the plan's rate, and the plan written as printable sheets and a
 * Gantt chart.
 */
final class CapturePlanExample {

  static final String SCHEDULE = "capture-schedule.xlsx";
  static final String SCHEDULE_SVG = "capture-schedule.svg";

  private CapturePlanExample() {}

  static CapturePlan run(DemoOutput out, List<StudentRecord> records, DemoRoster roster)
      throws IOException {
    Campaign campaign = out.campaign();
    List<CaptureGroup> groups = CaptureGroups.of(campaign, records, roster);
    String room = campaign.capture().room();
    Station station = new Station(room, room, 1, Throughput.perMinute("2.5"));
    CaptureProblem problem =
        CaptureProblem.of(groups, sessions(campaign), List.of(station), Order.FIXED);
    CapturePlanner planner = CapturePlanner.withoutTimetable();
    Sizing sizing = planner.smallestThroughput(problem, new BigDecimal("0.01")).orElseThrow();
    out.say("capture-plan.smallest", sizing.value());
    sizing.verdict().forEach(f -> out.detail(f.message(out.locale())));
    Station realistic = station.withThroughput(Throughput.perMinute("1.5"));
    planner
        .fewestCameras(problem.withStations(s -> realistic), 3)
        .ifPresent(
            two -> {
              out.say("capture-plan.cameras", two.value());
              two.verdict().forEach(f -> out.detail(f.message(out.locale())));
            });
    CapturePlan plan = sizing.plan();
    Station used = plan.problem().stations().get(0);
    out.say("capture-plan.beside");
    List<ScheduleRow> published = CaptureGroups.published(campaign, groups);
    Map<String, List<ScheduleRow>> planned =
        plan.schedule().stream()
            .collect(
                Collectors.groupingBy(ScheduleRow::groupId, TreeMap::new, Collectors.toList()));
    for (ScheduleRow p : published) {
      String left =
          planned.getOrDefault(p.groupId(), List.of()).stream()
              .map(r -> r.date() + " " + r.startInclusive() + "–" + r.endExclusive())
              .collect(Collectors.joining(", "));
      out.detail(
          pad(p.group(), 34)
              + pad(left, 30)
              + " | "
              + p.date()
              + " "
              + p.startInclusive()
              + "–"
              + p.endExclusive()
              + "  "
              + p.headcount());
    }
    out.say("capture-plan.checked", used.throughput());
    for (Finding f : PublishedSchedule.check(published, groups, used)) {
      if (f.severity() != Severity.INFO) {
        out.detail(f);
      }
    }
    write(out, plan);
    return plan;
  }

  /** Each capture day's morning (from its earliest published start) and afternoon. */
  private static List<CaptureWindow> sessions(Campaign campaign) {
    List<CaptureWindow> sessions = new ArrayList<>();
    for (LocalDate day : campaign.captureDays()) {
      LocalTime morning =
          campaign.captureSchedule().stream()
              .filter(w -> w.date().equals(day) && w.isMorning())
              .map(PublishedWindow::startInclusive)
              .min(LocalTime::compareTo)
              .orElse(LocalTime.of(8, 10));
      sessions.add(CaptureWindow.of(day, morning, LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(day, LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    return sessions;
  }

  /** The plan as printable sheets ({@link CapturePrint}: schedule and queues) and an SVG chart. */
  private static void write(DemoOutput out, CapturePlan plan) throws IOException {
    Path file = out.file(SCHEDULE);
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      for (PrintedSheet sheet :
          List.of(
              CapturePrint.schedule(plan, out.locale()), CapturePrint.queues(plan, out.locale()))) {
        writer.writeSheet(sheet.layout(), sheet.stream());
      }
    }
    out.wrote(file);
    Path svg = out.file(SCHEDULE_SVG);
    Files.writeString(svg, ScheduleSvg.render(plan, out.locale()), StandardCharsets.UTF_8);
    out.wrote(svg);
  }

  /** Pads to a display width, counting CJK characters as two columns; at least one space. */
  static String pad(String text, int width) {
    return Columns.pad(text, width, 1);
  }
}
