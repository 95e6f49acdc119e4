package io.gradcap.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code gradcap} command: subcommands for registry staff who have no SIS integration yet. */
@Command(
    name = "gradcap",
    mixinStandardHelpOptions = true,
    version = "gradcap 0.1.0-SNAPSHOT",
    description = "毕业生学籍核对与图像采集工作 / graduation campaign: records, capture, confirmation",
    subcommands = {
      DemoCommand.class,
      NoticeCheckCommand.class,
      IdCheckCommand.class,
      VerifyCommand.class,
      SheetsCommand.class,
      ScheduleCommand.class,
      CertificatesCommand.class,
      ProgressCommand.class,
      CommandLine.HelpCommand.class
    })
public final class GradcapCommand implements Runnable {

  /** Exit code: everything fine. */
  public static final int OK = 0;

  /** Exit code: the input was read and has blocking findings. */
  public static final int BLOCKING_FINDINGS = 1;

  /** Exit code: unreadable input or bad usage. */
  public static final int UNUSABLE_INPUT = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "出错时打印堆栈，供报告问题 / print the stack trace of a failure, for a bug report")
  boolean debug;

  /** {@code gradcap} alone: bad usage, reported like any other. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "缺少子命令 / missing subcommand");
  }

  /**
   * Builds the command line with gradcap's exit-code conventions and its guard ({@link Guard}):
   * every line printed masked and escaped, every failure one message (and a JSON error object under
   * {@code --format json}), exit {@link #UNUSABLE_INPUT}, a stack trace only with {@code --debug}.
   */
  public static CommandLine commandLine() {
    return Guard.install(new CommandLine(new GradcapCommand()));
  }

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine().execute(args);
    } catch (
        OutOfMemoryError
            e) { // the guard reports it; this is for memory running out in the report itself
      System.err.println("gradcap: out of memory / 内存不足 (-Xmx)");
      exit = UNUSABLE_INPUT;
    }
    System.exit(exit);
  }
}
