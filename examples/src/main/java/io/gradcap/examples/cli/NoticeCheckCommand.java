package io.gradcap.examples.cli;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import io.gradcap.core.campaign.NoticeSelfCheck;
import io.gradcap.core.finding.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gradcap notice-check CAMPAIGN}: reads a campaign definition and checks the notice against
 * itself. Exit 0: no blocking finding; 1: blocking findings; 2: the file cannot be read or is
 * invalid (every problem is listed).
 */
@Command(
    name = "notice-check",
    mixinStandardHelpOptions = true,
    description = "检查通知自身的一致性 / check a campaign notice against itself")
final class NoticeCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "CAMPAIGN",
      description = "活动定义文件（.yaml/.yml/.json）/ campaign definition file")
  Path campaign;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter out = spec.commandLine().getOut();
    String name = String.valueOf(campaign.getFileName());
    CampaignFormat fileFormat = CampaignFiles.formatOf(name);
    String text;
    try {
      text = CampaignFiles.read(campaign);
    } catch (IOException e) {
      String message =
          CampaignFiles.text(locale, "无法读取文件 ", "Cannot read the file ")
              + campaign
              + ": "
              + e.getMessage();
      return fail(out, "io", message);
    }
    Campaign definition;
    try {
      definition = CampaignCodec.read(text, fileFormat, name);
    } catch (GradcapException e) {
      if (output.json() && e.code() == ErrorCode.INVALID_CAMPAIGN) {
        CampaignCodec.problems(text, fileFormat, name)
            .forEach(p -> out.println(CampaignFiles.json(p, locale)));
        return fail(out, e.code().code(), e.getMessage(locale));
      }
      return fail(out, e.code().code(), e.getMessage(locale));
    }
    List<Finding> findings = NoticeSelfCheck.check(definition);
    for (Finding finding : findings) {
      out.println(
          output.json()
              ? CampaignFiles.json(finding, locale)
              : CampaignFiles.line(finding, locale));
    }
    if (!output.json()) {
      out.println(CampaignFiles.summary(findings, locale));
    }
    out.flush();
    return findings.stream().anyMatch(Finding::isBlocking)
        ? GradcapCommand.BLOCKING_FINDINGS
        : GradcapCommand.OK;
  }

  private int fail(PrintWriter out, String code, String message) {
    out.flush();
    throw new CommandFailure(code, message);
  }
}
