package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.roster.RosterRecords;
import io.gradcap.core.verification.FindingTally;
import io.gradcap.core.verification.VerificationStream;
import io.gradcap.core.verification.Verifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap verify ROSTER [--campaign FILE]}: imports a roster and verifies every record. Exit
 * 0: no blocking finding; 1: blocking findings; 2: the roster or campaign cannot be used.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "导入并核验毕业生名单 / import a roster (.xlsx, .xls, .csv) and verify its records")
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROSTER", description = "名单文件（.xlsx/.xls/.csv）/ roster file")
  Path roster;

  @Option(
      names = "--campaign",
      paramLabel = "FILE",
      description = "活动定义文件：按其毕业年份和班级核验 / campaign file: check graduating year and classes")
  Path campaign;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter out = spec.commandLine().getOut();
    boolean json = output.json();
    Output.Progress progress =
        new Output.Progress(
            spec.commandLine().getErr(), CampaignFiles.text(locale, "核验", "verifying"));
    FindingTally tally = FindingTally.keepingFirst(RosterInput.FINDINGS_SHOWN);
    int records;
    try {
      progress.step(0, 3);
      Campaign definition = RosterInput.campaign(campaign, locale);
      progress.step(1, 3);
      // One pass, one row at a time: each record is verified as it is read and then forgotten.
      VerificationStream verification =
          Verifier.withBuiltInRules().stream(
              RosterCheck.context(definition, Clock.systemDefaultZone()), tally);
      RosterInput.stream(
          roster, row -> verification.accept(RosterRecords.toRecord(row)), json, out, locale);
      records = verification.records();
      progress.step(2, 3);
    } catch (RosterInput.Unusable e) {
      return RosterInput.fail(e, json, out, spec.commandLine().getErr());
    } catch (OutOfMemoryError e) {
      return RosterInput.fail(
          RosterInput.outOfMemory(roster, locale), json, out, spec.commandLine().getErr());
    }
    for (Finding f : tally.kept()) {
      out.println(json ? json(f, locale) : CampaignFiles.line(f, locale));
    }
    if (tally.omitted() > 0) {
      String more =
          CampaignFiles.text(
                  locale,
                  "另有 " + tally.omitted() + " 条问题未列出；各规则共计：",
                  tally.omitted() + " more findings not listed; by rule: ")
              + tally.countByRule();
      if (json) {
        ObjectNode node = Output.object();
        node.put("omitted", tally.omitted());
        ObjectNode counts = node.putObject("countByRule");
        tally.countByRule().forEach(counts::put);
        node.put("message", more);
        out.println(Output.line(node));
      } else {
        out.println(more);
      }
    }
    if (!json) {
      out.println(
          CampaignFiles.text(locale, "共 " + records + " 条记录；", records + " records; ")
              + summary(tally, locale));
    }
    out.flush();
    progress.step(3, 3);
    return tally.blocking() == 0 ? GradcapCommand.OK : GradcapCommand.BLOCKING_FINDINGS;
  }

  /** How many findings, how many blocking: the last line of the text output. */
  static String summary(FindingTally tally, Locale locale) {
    if (tally.total() == 0) {
      return CampaignFiles.text(locale, "未发现问题", "No findings");
    }
    return CampaignFiles.text(
        locale,
        "共 " + tally.total() + " 条，其中阻断 " + tally.blocking() + " 条",
        tally.total() + " finding(s), " + tally.blocking() + " blocking");
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
