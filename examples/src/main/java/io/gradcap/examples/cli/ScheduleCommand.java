package io.gradcap.examples.cli;

import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.PlanLimits;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.print.CapturePrint;
import io.gradcap.examples.picture.ScheduleSvg;
import io.gradcap.spi.PortException;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap schedule --groups GROUPS.csv --windows WINDOWS.csv --rate R}: plans the capture
 * schedule (R9, R14) and explains it. Exit 0: every class is placed; 1: not feasible (the reasons
 * are in the explanations); 2: unusable input.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "排定毕业图像采集时间 / plan the capture schedule")
final class ScheduleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--groups",
      paramLabel = "GROUPS.csv",
      required = true,
      description =
          "列：group,college,cohort,class,headcount,responsible（负责人以“、”分隔）/ one row per class")
  Path groups;

  @Option(
      names = "--windows",
      paramLabel = "WINDOWS.csv",
      required = true,
      description = "列：date,start,end（ISO 日期，HH:mm）/ capture windows")
  Path windows;

  @Option(
      names = "--rate",
      paramLabel = "R",
      required = true,
      description = "每个采集点每分钟人数 / students per minute per station")
  String rate;

  @Option(
      names = "--stations",
      paramLabel = "N",
      defaultValue = "1",
      description = "并行采集点数 / stations working at once (default: ${DEFAULT-VALUE})")
  int stations;

  @Option(
      names = "--place",
      defaultValue = "采集点",
      description = "采集地点名称 / the place's name (default: ${DEFAULT-VALUE})")
  String place;

  @Option(
      names = "--out",
      paramLabel = "schedule.xlsx",
      description = "写出时间安排表和各班排队名单 / write the schedule and queue lists")
  Path out;

  @Option(
      names = "--svg",
      paramLabel = "schedule.svg",
      description = "写出甘特图 / write the Gantt chart")
  Path svg;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter stdout = spec.commandLine().getOut();
    boolean json = output.json();
    Throughput throughput;
    try {
      throughput = rate(rate);
      PlanLimits.checkStations(stations);
    } catch (RosterInput.Unusable e) {
      return RosterInput.fail(e, json, stdout, spec.commandLine().getErr());
    } catch (GradcapException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(e.getMessage(locale)),
          json,
          stdout,
          spec.commandLine().getErr());
    }
    ScheduleInput input = ScheduleInput.read(groups, windows, locale);
    if (!input.isUsable()) {
      return RosterInput.fail(
          new RosterInput.Unusable(String.join(System.lineSeparator(), input.problems())),
          json,
          stdout,
          spec.commandLine().getErr());
    }
    CapturePlan plan;
    try {
      CaptureProblem problem = input.problem(throughput, stations, place);
      plan = CapturePlanner.withoutTimetable().plan(problem);
    } catch (GradcapException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(e.getMessage(locale)),
          json,
          stdout,
          spec.commandLine().getErr());
    } catch (IllegalArgumentException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(e.getMessage()), json, stdout, spec.commandLine().getErr());
    }
    try {
      // Both targets are checked before either is written, so a bad --svg leaves no workbook
      // behind.
      if (out != null) {
        OutputPaths.checkFile("--out", out, groups, windows);
      }
      if (svg != null) {
        OutputPaths.checkFile("--svg", svg, groups, windows);
      }
      OutputPaths.checkDistinct("--out", out, "--svg", svg);
      if (svg != null) {
        AtomicFiles.writeString(svg, ScheduleSvg.render(plan, locale));
      }
      if (out != null) {
        Tables.writeXlsx(
            out, List.of(CapturePrint.schedule(plan, locale), CapturePrint.queues(plan, locale)));
      }
    } catch (IOException | PortException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(String.valueOf(e.getMessage())),
          json,
          stdout,
          spec.commandLine().getErr());
    }
    if (json) {
      json(plan, locale, stdout);
    } else {
      text(plan, locale, stdout);
    }
    stdout.flush();
    return plan.isComplete() ? GradcapCommand.OK : GradcapCommand.BLOCKING_FINDINGS;
  }

  /**
   * The {@code --rate}: a number of students a minute inside {@link PlanLimits}, or unusable with
   * what is wrong, the allowed range and what to do.
   */
  private Throughput rate(String text) throws RosterInput.Unusable {
    BigDecimal perMinute;
    try {
      perMinute = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new RosterInput.Unusable(
          Message.of(ScheduleInput.BUNDLE, "input.rate", "--rate", text).format(output.locale()));
    }
    try {
      PlanLimits.checkRate(perMinute, text);
      return Throughput.perMinute(perMinute);
    } catch (GradcapException e) {
      throw new RosterInput.Unusable("--rate: " + e.getMessage(output.locale()));
    }
  }

  /**
   * The plan as one JSON line, written slot by slot: a province's plan is never held as one text.
   */
  static void json(CapturePlan plan, Locale locale, PrintWriter out) {
    ObjectNode fields = Output.object();
    fields.put("feasible", plan.isComplete());
    Iterator<ObjectNode> slots =
        plan.slots().stream()
            .map(
                s -> {
                  ObjectNode slot = Output.object();
                  slot.put("date", s.date().toString());
                  slot.put("start", s.startInclusive().toString());
                  slot.put("end", s.endExclusive().toString());
                  slot.put("station", s.station());
                  slot.put("group", s.groupId());
                  slot.put("class", s.classGroup());
                  slot.put("headcount", s.headcount());
                  return slot;
                })
            .iterator();
    Iterator<ObjectNode> explanations =
        plan.justifications().stream().map(f -> Output.finding(f, locale)).iterator();
    Map<String, Iterator<? extends JsonNode>> arrays = new LinkedHashMap<>();
    arrays.put("slots", slots);
    arrays.put("explanations", explanations);
    Output.line(out, fields, arrays);
  }

  static void text(CapturePlan plan, Locale locale, PrintWriter out) {
    plan.schedule().forEach(row -> out.println(row.toString()));
    for (Finding f : plan.justifications()) {
      out.println(CampaignFiles.line(f, locale));
    }
    out.println(
        plan.isComplete()
            ? CampaignFiles.text(
                locale,
                "可行：全部 " + plan.slots().size() + " 个班已排入",
                "Feasible: all " + plan.slots().size() + " classes placed")
            : CampaignFiles.text(
                locale,
                "不可行：" + plan.unplaced().size() + " 个班未能排入",
                "Not feasible: " + plan.unplaced().size() + " classes not placed"));
  }
}
