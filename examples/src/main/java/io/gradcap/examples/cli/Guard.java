package io.gradcap.examples.cli;

import io.gradcap.core.GradcapException;
import io.gradcap.spi.PortException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's top-level guard: whatever a subcommand prints goes through {@link SafeWriter}
 * (ID numbers masked, control characters escaped), and whatever stops it (a {@link CommandFailure},
 * a {@link GradcapException}, an unreadable file, bad usage, anything unexpected, even running out
 * of memory) becomes exit {@link GradcapCommand#UNUSABLE_INPUT} with one message on standard error,
 * a JSON error object ({@code {"error":…,"message":…}}) on standard output under {@code --format
 * json}, and the stack trace only with {@code --debug}.
 */
final class Guard {

  private Guard() {}

  /** Installs the guard on the root command line; subcommands inherit it. */
  static CommandLine install(CommandLine cli) {
    cli.setExecutionStrategy(Guard::execute);
    cli.setExecutionExceptionHandler(Guard::onFailure);
    cli.setParameterExceptionHandler(Guard::onBadUsage);
    cli.setExitCodeExceptionMapper(e -> GradcapCommand.UNUSABLE_INPUT);
    // Input may hold escape sequences; they are shown escaped, so gradcap prints none of its own.
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    return cli;
  }

  private static int execute(ParseResult parseResult) {
    CommandLine root = parseResult.commandSpec().commandLine();
    PrintWriter out = root.getOut();
    PrintWriter err = root.getErr();
    PrintWriter safeOut = SafeWriter.wrap(out);
    PrintWriter safeErr = SafeWriter.wrap(err);
    root.setOut(safeOut);
    root.setErr(safeErr);
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (ExecutionException | ParameterException e) {
      throw e;
    } catch (Throwable e) { // NOPMD: out of memory and every other error end here, never as a trace
      throw new ExecutionException(root, e.getClass().getName(), e);
    } finally {
      safeOut.flush();
      safeErr.flush();
      root.setOut(out);
      root.setErr(err);
    }
  }

  private static int onFailure(Exception exception, CommandLine command, ParseResult parseResult) {
    Throwable cause =
        exception instanceof ExecutionException && exception.getCause() != null
            ? exception.getCause()
            : exception;
    Invocation invocation = Invocation.of(parseResult);
    Problem problem = Problem.of(cause, invocation.locale());
    report(command, problem, invocation, cause);
    return GradcapCommand.UNUSABLE_INPUT;
  }

  private static int onBadUsage(ParameterException exception, String[] args) {
    Invocation invocation = Invocation.of(List.of(args));
    CommandLine command = exception.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String message =
        CampaignFiles.text(
            invocation.locale(),
            "用法错误：" + exception.getMessage() + "（用法见 " + name + " --help）",
            "Bad usage: " + exception.getMessage() + " (see " + name + " --help)");
    report(command, new Problem("usage", message), invocation, exception);
    return GradcapCommand.UNUSABLE_INPUT;
  }

  private static void report(
      CommandLine command, Problem problem, Invocation invocation, Throwable cause) {
    PrintWriter out = SafeWriter.wrap(command.getOut());
    PrintWriter err = SafeWriter.wrap(command.getErr());
    if (invocation.json()) {
      out.println(CampaignFiles.jsonError(problem.code(), problem.message()));
      out.flush();
    }
    err.println(problem.message());
    if (invocation.debug()) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** What the user asked for that changes how a failure is reported. */
  record Invocation(Locale locale, boolean json, boolean debug) {

    /**
     * From a parse that succeeded: the options of the subcommand that ran, {@code --debug} at any
     * level.
     */
    static Invocation of(ParseResult parseResult) {
      boolean debug = false;
      ParseResult last = parseResult;
      for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
        debug |= level.hasMatchedOption("--debug");
        last = level;
      }
      String format = String.valueOf(last.matchedOptionValue("--format", (Object) "text"));
      String lang = String.valueOf(last.matchedOptionValue("--lang", (Object) "zh"));
      return new Invocation(CampaignFiles.locale(lang), "json".equals(format), debug);
    }

    /** From the raw arguments, when they did not parse. */
    static Invocation of(List<String> args) {
      boolean json = false;
      boolean debug = false;
      String lang = "zh";
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String next = i + 1 < args.size() ? args.get(i + 1) : "";
        json |= arg.equals("--format=json") || (arg.equals("--format") && next.equals("json"));
        debug |= arg.equals("--debug");
        if (arg.startsWith("--lang=")) {
          lang = arg.substring("--lang=".length());
        } else if (arg.equals("--lang")) {
          lang = next;
        }
      }
      return new Invocation(CampaignFiles.locale(lang), json, debug);
    }
  }

  /** A failure as the user reads it: the JSON error object's code and one message. */
  record Problem(String code, String message) {

    static Problem of(Throwable failure, Locale locale) {
      Throwable cause =
          failure instanceof UncheckedIOException && failure.getCause() != null
              ? failure.getCause()
              : failure;
      if (cause instanceof CommandFailure f) {
        return new Problem(f.code(), f.message(locale));
      }
      if (cause instanceof GradcapException e) {
        return new Problem(e.code().code(), e.getMessage(locale));
      }
      if (cause instanceof PortException e) {
        return new Problem("unusable-input", String.valueOf(e.getMessage()));
      }
      if (cause instanceof OutOfMemoryError) {
        return new Problem(
            "out-of-memory",
            CampaignFiles.text(
                locale,
                "内存不足：输入太大，超出了 Java 可用的内存。请用更大的 -Xmx 运行（如 java -Xmx2g -jar gradcap.jar …）或把输入拆成几份",
                "Out of memory: the input is too large for the memory Java was given. Run with a larger -Xmx "
                    + "(such as java -Xmx2g -jar gradcap.jar ...) or split the input"));
      }
      if (cause instanceof IOException e) {
        return new Problem("io", FileProblems.describe(e, locale));
      }
      if (cause instanceof InvalidPathException e) {
        return new Problem(
            "io",
            CampaignFiles.text(
                locale,
                "无效的路径“" + e.getInput() + "”：" + e.getReason() + "。请换一个路径",
                "Invalid path \"" + e.getInput() + "\": " + e.getReason() + ". Use another path"));
      }
      String what =
          cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
      return new Problem(
          "internal",
          CampaignFiles.text(
                  locale,
                  "意外错误（" + what + "）。请加 --debug 重新运行查看详情，并报告此问题",
                  "Unexpected error ("
                      + what
                      + "). Run again with --debug for the details and report it")
              .replace('\n', ' '));
    }
  }

  /** Messages for file-system failures that name the file and say what to do. */
  static final class FileProblems {

    private FileProblems() {}

    static String describe(IOException e, Locale locale) {
      String file =
          e instanceof FileSystemException fs && fs.getFile() != null
              ? fs.getFile()
              : String.valueOf(e.getMessage());
      if (e instanceof NoSuchFileException) {
        return CampaignFiles.text(
            locale,
            "找不到文件或目录：" + file + "。请检查路径和文件名",
            "File not found: " + file + ". Check the path and the file name");
      }
      if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
        return CampaignFiles.text(
            locale,
            file + " 已存在，但不是目录：这里需要一个目录。请换一个路径，或先移走该文件",
            file
                + " exists and is not a directory: a directory is needed there. Use another path or move the file away");
      }
      if (e instanceof AccessDeniedException) {
        return CampaignFiles.text(
            locale,
            "无权访问 " + file + "：请检查文件权限",
            "Permission denied: " + file + ". Check the file's permissions");
      }
      if (e instanceof CharacterCodingException) {
        return CampaignFiles.text(
            locale,
            "输入不是 UTF-8 文本：请用 UTF-8 编码另存后重试",
            "The input is not UTF-8 text: save it as UTF-8 and try again");
      }
      String reason =
          e instanceof FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : String.valueOf(e.getMessage());
      return CampaignFiles.text(
          locale, "无法读写 " + file + "：" + reason, "Cannot read or write " + file + ": " + reason);
    }
  }
}
