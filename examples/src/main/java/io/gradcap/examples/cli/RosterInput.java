package io.gradcap.examples.cli;

import io.gradcap.core.GradcapException;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.core.roster.RosterRecords;
import io.gradcap.core.roster.RosterRow;
import io.gradcap.core.roster.StreamedImport;
import io.gradcap.spi.PortException;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reading a roster and an optional campaign for a subcommand, reporting what stops it. */
final class RosterInput {

  /** Why the input could not be used: the exit code is {@link GradcapCommand#UNUSABLE_INPUT}. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  private RosterInput() {}

  static @Nullable Campaign campaign(@Nullable Path file, Locale locale) throws Unusable {
    if (file == null) {
      return null;
    }
    String name = String.valueOf(file.getFileName());
    try {
      return CampaignCodec.read(CampaignFiles.read(file), CampaignFiles.formatOf(name), name);
    } catch (IOException e) {
      throw new Unusable(
          CampaignFiles.text(locale, "无法读取文件 ", "Cannot read the file ")
              + file
              + ": "
              + e.getMessage());
    } catch (GradcapException e) {
      throw new Unusable(e.getMessage(locale));
    }
  }

  /**
   * The roster's records, each value located at its cell; a rejected import prints its findings
   * (JSON or text) and is unusable.
   */
  static List<StudentRecord> records(Path roster, boolean json, PrintWriter out, Locale locale)
      throws Unusable {
    RosterImport result;
    try {
      result = Tables.readRoster(roster);
    } catch (PortException e) {
      throw new Unusable(e.getMessage());
    }
    if (result instanceof RosterImport.Rejected rejected) {
      for (Finding f : rejected.findings()) {
        out.println(json ? CampaignFiles.json(f, locale) : CampaignFiles.line(f, locale));
      }
      out.flush();
      throw new Unusable(
          CampaignFiles.text(locale, "名单无法导入：", "The roster cannot be imported: ")
              + CampaignFiles.summary(rejected.findings(), locale));
    }
    return RosterRecords.toRecords(((RosterImport.Accepted) result).rows());
  }

  /**
   * How many findings of a rejected import or a verification are printed in full; the rest are
   * counted.
   */
  static final int FINDINGS_SHOWN = 10_000;

  /**
   * Streams the roster's rows to {@code rows} as they are imported, for rosters too large to hold.
   * A rejected import prints its first findings (JSON or text) and how many more there are, and is
   * unusable; rows handed out before the first finding must then be disregarded.
   */
  static void stream(
      Path roster, Consumer<RosterRow> rows, boolean json, PrintWriter out, Locale locale)
      throws Unusable {
    StreamedImport result;
    try (TableReader reader = Tables.open(roster)) {
      result =
          RosterImporter.of(RosterMapping.defaults()).stream(
              reader, reader.sheetNames().get(0), FINDINGS_SHOWN, rows);
    } catch (PortException e) {
      throw new Unusable(e.getMessage());
    }
    if (!result.isAccepted()) {
      for (Finding f : result.findings()) {
        out.println(json ? CampaignFiles.json(f, locale) : CampaignFiles.line(f, locale));
      }
      out.flush();
      throw new Unusable(
          CampaignFiles.text(locale, "名单无法导入：", "The roster cannot be imported: ")
              + CampaignFiles.text(
                  locale,
                  "共 " + result.findingCount() + " 条问题",
                  result.findingCount() + " finding(s)")
              + (result.omitted() == 0
                  ? ""
                  : CampaignFiles.text(
                      locale,
                      "（只列出前 " + result.findings().size() + " 条）",
                      " (the first " + result.findings().size() + " listed)")));
    }
  }

  /**
   * The input needs more memory than the Java VM was given: never reported as findings. Called
   * where the command's large structures are already unreachable, so the message can be built.
   */
  static Unusable outOfMemory(Path input, Locale locale) {
    return new Unusable(
        input
            + CampaignFiles.text(
                locale,
                "：内存不足，无法处理该文件；请用更大的 -Xmx 运行（如 java -Xmx1g -jar gradcap.jar …）",
                ": not enough memory to process the file; run with a larger -Xmx (such as java -Xmx1g -jar gradcap.jar ...)"));
  }

  /**
   * Stops the command: the guard prints the message (and a JSON error object under {@code --format
   * json}).
   */
  static int fail(Unusable e, boolean json, PrintWriter out, PrintWriter err) {
    out.flush();
    throw new CommandFailure("unusable-input", e.getMessage());
  }
}
