package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.spi.PortException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * {@code gradcap sheets ROSTER --out DIR [--campaign FILE]}: per-class sign-off sheets (R2), one
 * workbook per college. The return deadline is the campaign's (the seed campaign's without {@code
 * --campaign}). Exit 0: every student is on a sheet; 1: some rows lack a student number, college or
 * class and were left off; 2: unusable input.
 */
@Command(
    name = "sheets",
    mixinStandardHelpOptions = true,
    description =
        "生成各班学籍核对签名表（每个学院一个工作簿）/ write per-class sign-off sheets, one workbook per college")
final class SheetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROSTER", description = "名单文件（.xlsx/.xls/.csv）/ roster file")
  Path roster;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "输出目录 / output directory")
  Path out;

  @Option(
      names = "--campaign",
      paramLabel = "FILE",
      description = "活动定义文件（交回期限）；默认示例活动 / campaign file (return deadline); default: the seed")
  Path campaign;

  @Mixin OutputOptions output;

  /** Creates the --out directory, or says which directory cannot be created and why. */
  private void createOut(Locale locale) throws IOException, RosterInput.Unusable {
    if (Files.isRegularFile(out)) {
      throw new java.nio.file.FileAlreadyExistsException(out.toString());
    }
    try {
      Files.createDirectories(out);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw e;
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : e.getClass().getSimpleName();
      throw new RosterInput.Unusable(
          CampaignFiles.text(
              locale,
              "无法创建 --out 目录 " + out + "（" + reason + "）：请指定一个可写的目录",
              "Cannot create the --out directory "
                  + out
                  + " ("
                  + reason
                  + "): name a directory you can write to"));
    }
  }

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter stdout = spec.commandLine().getOut();
    boolean json = output.json();
    List<SignOffFiles.Written> written;
    int skipped;
    try {
      Campaign definition =
          campaign == null ? CampaignFiles.seed() : RosterInput.campaign(campaign, locale);
      ReturnDeadline deadline =
          RosterCheck.returnDeadline(definition)
              .orElseThrow(
                  () ->
                      new RosterInput.Unusable(
                          CampaignFiles.text(
                              locale,
                              "活动定义中没有签名表交回日期（或不在教学周内）",
                              "The campaign has no sign-off return date within its teaching weeks")));
      List<StudentRecord> records = RosterInput.records(roster, json, stdout, locale);
      skipped = records.size() - SignOffFiles.placeable(records).size();
      createOut(locale);
      written = SignOffFiles.write(records, deadline, out, locale);
    } catch (RosterInput.Unusable e) {
      return RosterInput.fail(e, json, stdout, spec.commandLine().getErr());
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(
              CampaignFiles.text(
                  locale,
                  "--out 应为目录，但 " + out + " 是一个文件；请指定一个目录（不存在时会自动创建）",
                  "--out must be a directory, but "
                      + out
                      + " is a file; name a directory (it is created if missing)")),
          json,
          stdout,
          spec.commandLine().getErr());
    } catch (IOException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(Guard.FileProblems.describe(e, locale)),
          json,
          stdout,
          spec.commandLine().getErr());
    } catch (PortException e) {
      return RosterInput.fail(
          new RosterInput.Unusable(String.valueOf(e.getMessage())),
          json,
          stdout,
          spec.commandLine().getErr());
    } catch (OutOfMemoryError e) {
      return RosterInput.fail(
          RosterInput.outOfMemory(roster, locale), json, stdout, spec.commandLine().getErr());
    }
    for (SignOffFiles.Written w : written) {
      if (json) {
        ObjectNode node = Output.object();
        node.put("file", w.file().toString());
        node.put("college", w.college());
        node.put("classes", w.classes());
        node.put("students", w.students());
        stdout.println(Output.line(node));
      } else {
        stdout.println(
            w.file()
                + CampaignFiles.text(
                    locale,
                    "：" + w.classes() + " 个班，" + w.students() + " 人",
                    ": " + w.classes() + " classes, " + w.students() + " students"));
      }
    }
    if (skipped > 0) {
      String message =
          CampaignFiles.text(
              locale,
              skipped + " 行缺少学号、学院或班级，未列入签名表（请先运行 verify）",
              skipped
                  + " rows lack a student number, college or class and are not on any sheet (run verify)");
      if (json) {
        ObjectNode node = Output.object();
        node.put("skipped", skipped);
        node.put("message", message);
        stdout.println(Output.line(node));
      } else {
        stdout.println(message);
      }
    }
    stdout.flush();
    return skipped > 0 ? GradcapCommand.BLOCKING_FINDINGS : GradcapCommand.OK;
  }
}
