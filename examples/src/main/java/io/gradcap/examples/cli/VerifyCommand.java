package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap verify ROSTER [--campaign FILE]}: imports a roster and verifies every record.
 * Exit 0: no blocking finding; 1: blocking findings; 2: the roster or campaign cannot be used.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "导入并核验毕业生名单 / import a roster (.xlsx, .xls, .csv) and verify its records")
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROSTER", description = "名单文件（.xlsx/.xls/.csv）/ roster file")
  Path roster;

  @Option(names = "--campaign", paramLabel = "FILE",
      description = "活动定义文件：按其毕业年份和班级核验 / campaign file: check graduating year and classes")
  Path campaign;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter out = spec.commandLine().getOut();
    boolean json = output.json();
    Output.Progress progress = new Output.Progress(spec.commandLine().getErr(), CampaignFiles.text(locale, "核验", "verifying"));
    VerificationReport report;
    try {
      progress.step(0, 3);
      Campaign definition = RosterInput.campaign(campaign, locale);
      List<StudentRecord> records = RosterInput.records(roster, json, out, locale);
      progress.step(1, 3);
      report = RosterCheck.verify(records, definition, Clock.systemDefaultZone());
      progress.step(2, 3);
    } catch (RosterInput.Unusable e) {
      return RosterInput.fail(e, json, out, spec.commandLine().getErr());
    }
    for (Finding f : report.findings()) {
      out.println(json ? json(f, locale) : CampaignFiles.line(f, locale));
    }
    if (!json) {
      out.println(CampaignFiles.text(locale, "共 " + report.records() + " 条记录；", report.records() + " records; ")
          + CampaignFiles.summary(report.findings(), locale));
    }
    out.flush();
    progress.step(3, 3);
    return report.blocking().isEmpty() ? GradcapCommand.OK : GradcapCommand.BLOCKING_FINDINGS;
  }

  static String json(Finding f, Locale locale) {
    ObjectNode node = Output.object();
    node.put("rule", f.rule());
    node.put("severity", f.severity().name());
    node.put("studentNumber", f.subject());
    node.put("field", f.field());
    node.put("location", f.location());
    node.put("message", f.message(locale));
    return Output.line(node);
  }
}
