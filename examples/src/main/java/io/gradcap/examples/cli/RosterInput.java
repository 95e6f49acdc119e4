package io.gradcap.examples.cli;

import io.gradcap.core.GradcapException;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterRecords;
import io.gradcap.spi.PortException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
      throw new Unusable(CampaignFiles.text(locale, "无法读取文件 ", "Cannot read the file ") + file + ": " + e.getMessage());
    } catch (GradcapException e) {
      throw new Unusable(e.getMessage(locale));
    }
  }

  /**
   * The roster's records, each value located at its cell; a rejected import prints its findings
   * (JSON or text) and is unusable.
   */
  static List<StudentRecord> records(Path roster, boolean json, PrintWriter out, Locale locale) throws Unusable {
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
      throw new Unusable(CampaignFiles.text(locale, "名单无法导入：", "The roster cannot be imported: ")
          + CampaignFiles.summary(rejected.findings(), locale));
    }
    return RosterRecords.toRecords(((RosterImport.Accepted) result).rows());
  }

  /** Stops the command: the guard prints the message (and a JSON error object under {@code --format json}). */
  static int fail(Unusable e, boolean json, PrintWriter out, PrintWriter err) {
    out.flush();
    throw new CommandFailure("unusable-input", e.getMessage());
  }
}
