package io.gradcap.examples.cli;

import io.gradcap.core.record.IdNumber;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code gradcap} in process and parses its JSON lines. */
record CliRun(int exit, List<JsonNode> lines, String out, String err) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * An 18- or 15-character ID-shaped run not inside a longer run of digits, as a reader would spot
   * it.
   */
  static final Pattern UNMASKED_ID =
      Pattern.compile(
          "(?<![0-9\uFF10-\uFF19])([0-9\uFF10-\uFF19]{17}|[0-9\uFF10-\uFF19]{14})[0-9\uFF10-\uFF19Xx\uFF38\uFF58](?![0-9\uFF10-\uFF19])");

  static CliRun of(String... args) {
    return of(GradcapCommand.commandLine(), args);
  }

  /**
   * Runs a command line built by {@link GradcapCommand#commandLine()} (perhaps with a subcommand
   * added).
   */
  static CliRun of(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    if (List.of(args).contains("json")) {
      out.toString().lines().forEach(line -> lines.add(JSON.readTree(line)));
    }
    return new CliRun(exit, lines, out.toString(), err.toString());
  }

  /** Everything printed, standard output then standard error. */
  String all() {
    return out + err;
  }

  /** Whether anything printed holds an ID number in full. */
  boolean showsAnIdNumber() {
    return UNMASKED_ID.matcher(all()).find();
  }

  /** Whether anything printed looks like a Java stack trace. */
  boolean showsAStackTrace() {
    return all().contains("\tat ") || all().contains("Exception in thread");
  }

  /** A valid ID number from its first 17 digits. */
  static String id(String first17) {
    return first17 + IdNumber.checkCharacter(first17);
  }

  /**
   * A roster in CSV: a header the importer recognises and one line per student. Each student is
   * {@code number, name, gender, birth, id, college, class}.
   */
  static String roster(String[]... students) {
    StringBuilder csv =
        new StringBuilder("学号,姓名,性别,出生日期,身份证号,政治面貌,民族,学院,专业,层次,学制,学习形式,入学日期,班级,预计毕业日期\n");
    for (String[] s : students) {
      csv.append(s[0])
          .append(',')
          .append(s[1])
          .append(',')
          .append(s[2])
          .append(',')
          .append(s[3])
          .append(',')
          .append(s[4])
          .append(",共青团员,汉族,")
          .append(s[5])
          .append(",软件技术,专科,3,普通全日制,2021-09-01,")
          .append(s[6])
          .append(",2024-06-30\n");
    }
    return csv.toString();
  }
}
