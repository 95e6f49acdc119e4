package io.gradcap.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gradcap} command: subcommands for registry staff who have no SIS integration yet. */
@Command(
    name = "gradcap",
    mixinStandardHelpOptions = true,
    version = "gradcap 0.1.0-SNAPSHOT",
    description = "毕业生学籍核对与图像采集工作 / graduation campaign: records, capture, confirmation",
    subcommands = {DemoCommand.class, NoticeCheckCommand.class, IdCheckCommand.class, VerifyCommand.class,
        SheetsCommand.class, ScheduleCommand.class, CertificatesCommand.class, ProgressCommand.class,
        CommandLine.HelpCommand.class})
public final class GradcapCommand {

  /** Exit code: everything fine. */
  public static final int OK = 0;
  /** Exit code: the input was read and has blocking findings. */
  public static final int BLOCKING_FINDINGS = 1;
  /** Exit code: unreadable input or bad usage. */
  public static final int UNUSABLE_INPUT = 2;

  /** Builds the command line with gradcap's exit-code conventions. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GradcapCommand());
    cli.setExitCodeExceptionMapper(e -> UNUSABLE_INPUT);
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
