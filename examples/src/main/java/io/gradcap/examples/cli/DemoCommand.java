package io.gradcap.examples.cli;

import static io.gradcap.examples.cli.CampaignFiles.text;

import io.gradcap.core.GradcapException;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CaptureTerms;
import io.gradcap.core.campaign.Milestone;
import io.gradcap.core.campaign.NoticeSelfCheck;
import io.gradcap.core.campaign.PublishedWindow;
import io.gradcap.core.cohort.AcademicCalendar;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.TermCalendar;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.examples.demo.Columns;
import io.gradcap.examples.demo.SeedCampaignDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gradcap demo}: the seed notice's campaign (class of 2024): its cohorts, its calendar in
 * teaching weeks, its milestones and capture schedule, and what the notice gets wrong about itself;
 * then the campaign run end to end on an H2 database in {@code --out} ({@link SeedCampaignDemo}).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "运行示例毕业工作（2024届）/ run the seed campaign (class of 2024)")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      description = "输出目录 / output folder (default: ${DEFAULT-VALUE})",
      defaultValue = "gradcap-demo")
  Path out;

  @Option(
      names = "--lang",
      description = "zh 或 en / zh or en (default: ${DEFAULT-VALUE})",
      defaultValue = "zh")
  OutputOptions.Lang lang;

  @Option(
      names = "--campaign",
      description = "活动定义文件，默认为内置的2024届示例 / campaign file instead of the built-in seed")
  Path campaignFile;

  @Override
  public Integer call() throws IOException {
    Locale locale = CampaignFiles.locale(lang.name());
    PrintWriter w = spec.commandLine().getOut();
    Campaign campaign;
    try {
      campaign =
          campaignFile == null
              ? CampaignFiles.seed()
              : CampaignCodec.read(
                  CampaignFiles.read(campaignFile),
                  CampaignFiles.formatOf(campaignFile.toString()),
                  campaignFile.toString());
    } catch (GradcapException e) {
      spec.commandLine().getErr().println(e.getMessage(locale));
      spec.commandLine().getErr().flush();
      return GradcapCommand.UNUSABLE_INPUT;
    }
    printHeader(w, campaign, locale);
    printCohorts(w, campaign, locale);
    printCalendar(w, campaign, locale);
    printCapture(w, campaign, locale);
    printFindings(w, NoticeSelfCheck.check(campaign), locale);
    w.flush();
    SeedCampaignDemo.run(campaign, out, locale, w);
    w.flush();
    return GradcapCommand.OK;
  }

  private static void printHeader(PrintWriter w, Campaign campaign, Locale locale) {
    w.println(campaign.title());
    w.println(
        text(locale, "学校：", "Institution: ")
            + (CampaignFiles.english(locale)
                ? campaign.institution().englishNameIfAny().orElse(campaign.institution().name())
                : campaign.institution().name()));
    campaign
        .noticeIfAny()
        .flatMap(n -> n.numberIfAny())
        .ifPresent(n -> w.println(text(locale, "文号：", "Document number: ") + n));
    w.println();
  }

  private static void printCohorts(PrintWriter w, Campaign campaign, Locale locale) {
    w.println(
        text(
            locale,
            campaign.graduatingClass() + "毕业生所含年级（R1）：",
            "Cohorts of the class of " + campaign.graduatingClass().year() + " (R1):"));
    for (CohortId cohort : campaign.cohorts()) {
      w.println("  " + pad(cohort.toString(), 20) + " -> " + cohort.graduatingYear());
    }
    w.println();
  }

  private static void printCalendar(PrintWriter w, Campaign campaign, Locale locale) {
    AcademicCalendar calendar = campaign.calendar();
    for (TermCalendar term : calendar.terms()) {
      w.println(
          text(
              locale,
              "校历：" + term.term() + "，第1周星期一为 " + term.firstMonday() + "，共 " + term.weeks() + " 周",
              "Calendar: "
                  + term.term()
                  + ", teaching week 1 began on Monday "
                  + term.firstMonday()
                  + ", "
                  + term.weeks()
                  + " weeks"));
    }
    w.println(text(locale, "工作节点：", "Milestones:"));
    List<Row> rows = new ArrayList<>();
    for (Milestone m : campaign.milestones()) {
      rows.add(new Row(m.date(), m.kind().label(locale), m.placeIfAny().orElse("")));
    }
    campaign
        .captureCodeDeadline()
        .ifPresent(
            deadline ->
                rows.add(
                    new Row(
                        deadline,
                        text(
                            locale,
                            "采集码获取截止（首个采集日前 " + campaign.capture().codeLeadDays() + " 天，R11）",
                            "capture codes due ("
                                + campaign.capture().codeLeadDays()
                                + " days before the first capture day, R11)"),
                        "")));
    rows.sort(Comparator.comparing(Row::date));
    for (Row row : rows) {
      w.println(
          ("  "
                  + row.date()
                  + "  "
                  + pad(teachingDay(calendar, row.date(), locale), dayWidth(locale))
                  + "  "
                  + row.label()
                  + (row.place().isEmpty() ? "" : "  " + row.place()))
              .stripTrailing());
    }
    w.println();
  }

  private static void printCapture(PrintWriter w, Campaign campaign, Locale locale) {
    CaptureTerms terms = campaign.capture();
    w.println(
        text(
            locale,
            "毕业图像采集（"
                + terms.room()
                + "，"
                + terms.centre()
                + "，"
                + terms.fee().toPlainString()
                + " 元/人，提前 "
                + terms.arrivalLeadMinutes()
                + " 分钟按学号排队）：",
            "Graduation image capture ("
                + terms.room()
                + ", "
                + terms.centre()
                + ", "
                + terms.fee().toPlainString()
                + " yuan a student, queue by student number "
                + terms.arrivalLeadMinutes()
                + " minutes early):"));
    for (PublishedWindow window : campaign.captureSchedule()) {
      String persons =
          campaign.responsible(window).stream()
              .map(ResponsiblePerson::name)
              .collect(Collectors.joining("、"));
      String cohorts =
          window.cohorts().isEmpty()
              ? ""
              : " "
                  + window.cohorts().stream()
                      .map(CohortId::toString)
                      .collect(Collectors.joining(","));
      w.println(
          "  "
              + window.date()
              + "  "
              + pad(teachingDay(campaign.calendar(), window.date(), locale), dayWidth(locale))
              + "  "
              + window.startInclusive()
              + "–"
              + window.endExclusive()
              + "  "
              + pad(campaign.college(window).name(locale) + cohorts, 38)
              + "  "
              + pad(window.expectedStudents() + text(locale, " 人", " students"), 12)
              + "  "
              + pad(persons, 30)
              + "  "
              + text(locale, "采集码截止 ", "codes due ")
              + campaign.captureCodeDeadline(window));
    }
    w.println(
        text(
            locale,
            "  合计 " + campaign.expectedStudents() + " 人",
            "  Total " + campaign.expectedStudents() + " students"));
    w.println();
  }

  private static void printFindings(PrintWriter w, List<Finding> findings, Locale locale) {
    w.println(text(locale, "通知自检：", "Notice self-check:"));
    for (Finding finding : findings) {
      w.println("  " + CampaignFiles.line(finding, locale));
    }
    w.println("  " + CampaignFiles.summary(findings, locale));
  }

  private static int dayWidth(Locale locale) {
    return CampaignFiles.english(locale) ? 30 : 14;
  }

  private record Row(LocalDate date, String label, String place) {}

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String text, int width) {
    return Columns.pad(text, width, 0);
  }

  private static String teachingDay(AcademicCalendar calendar, LocalDate date, Locale locale) {
    return calendar
        .teachingDay(date)
        .map(day -> day.format(locale))
        .orElse(text(locale, "（校历外）", "(outside the calendar)"));
  }
}
