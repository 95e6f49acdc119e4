package io.gradcap.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link HostileCase} in its own temporary working directory and checks the answer every
 * case owes: its documented exit code, no stack trace, no full ID number, no file outside {@code
 * --out}, nothing half-written on failure, JSON lines under {@code --format json}, then the case's
 * own checks. Every violated property is reported at once.
 */
final class HostileRunner {

  /**
   * An ID number's shape: 18 characters (17 digits and a digit or X) or 15 digits, ASCII or
   * full-width, standing alone and not the fraction of a decimal ({@code 0.000000586733137}, as the
   * library's masking reads it). The masked form {@code 110105********002X} does not match.
   */
  static final Pattern ID_SHAPE =
      Pattern.compile(
          "(?<![0-9A-Za-z０-９Ｘｘ])(?<![0-9０-９][.．])(?:[0-9０-９]{17}[0-9０-９XxＸｘ]|[0-9０-９]{15})(?![0-9A-Za-z０-９Ｘｘ])");

  /** What betrays a stack trace or an internal class name in front of the user. */
  private static final List<String> TRACE_MARKS =
      List.of(
          "\tat ",
          "Exception in thread",
          "Caused by:",
          "java.lang.",
          "java.io.",
          "java.nio.",
          "java.util.",
          "org.apache.",
          "com.fasterxml.",
          "tools.jackson.",
          "org.h2.",
          "org.flywaydb.",
          "OutOfMemoryError");

  /** File names that are a writer's leftovers, never a finished output. */
  private static final Pattern TEMP_NAME = Pattern.compile("(~$|\\.tmp\\d*$|\\.part$|^~\\$)");

  /** The JDK's own font-configuration cache under the home directory: the JVM's, not gradcap's. */
  private static final String JDK_CACHE = "home/.java/";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HostileRunner() {}

  /** Runs the case and asserts everything it owes; deletes its files afterwards. */
  static void run(HostileCase c) throws Exception {
    Path root =
        Files.createTempDirectory(
            "hostile-" + c.family().name().toLowerCase(java.util.Locale.ROOT) + "-");
    try {
      Path work = Files.createDirectory(root.resolve("work"));
      Path tmp = Files.createDirectory(root.resolve("tmp"));
      Path home = Files.createDirectory(root.resolve("home"));
      c.input().write(work);
      TreeSnapshot before = TreeSnapshot.of(root);
      Outcome outcome = GradcapProcess.run(work, tmp, home, c.args(), c.timeout());
      TreeSnapshot after = TreeSnapshot.of(root);
      SoftAssertions softly = new SoftAssertions();
      String seen = outcome.describe();
      softly
          .assertThat(outcome.timedOut())
          .as("finished within %s\n%s", c.timeout(), seen)
          .isFalse();
      softly.assertThat(outcome.exit()).as("exit code\n%s", seen).isIn(c.exits().toArray());
      softly
          .assertThat(traces(outcome.output()))
          .as("stack trace or class names in the output\n%s", seen)
          .isEmpty();
      softly
          .assertThat(unmaskedIds(outcome.output()))
          .as("unmasked ID numbers in the output\n%s", seen)
          .isEmpty();
      if (c.json() && !outcome.timedOut()) {
        json(outcome, softly);
      }
      files(c, root, work, before, after, outcome, softly);
      for (HostileCase.Check check : c.checks()) {
        check.verify(outcome, work, softly);
      }
      softly.assertAll();
    } finally {
      delete(root);
    }
  }

  /** The lines of {@code text} that show a trace or an internal class name. */
  static List<String> traces(String text) {
    return text.lines()
        .filter(line -> TRACE_MARKS.stream().anyMatch(line::contains))
        .limit(5)
        .toList();
  }

  /** Every ID-shaped number in {@code text}. */
  static List<String> unmaskedIds(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ID_SHAPE.matcher(text);
    while (m.find() && found.size() < 5) {
      found.add(m.group());
    }
    return found;
  }

  /**
   * Under {@code --format json}: one object a line, and an error object when the input is unusable.
   */
  private static void json(Outcome outcome, SoftAssertions softly) {
    List<JsonNode> objects = new ArrayList<>();
    for (String line : outcome.stdout().lines().filter(l -> !l.isBlank()).toList()) {
      try {
        JsonNode node = JSON.readTree(line);
        softly
            .assertThat(node.isObject())
            .as("JSON line is an object: %s", abbreviated(line))
            .isTrue();
        objects.add(node);
      } catch (RuntimeException e) {
        softly.fail(
            "stdout line is not JSON under --format json (%s): %s",
            e.getMessage(), abbreviated(line));
      }
    }
    if (outcome.exit() == 2) {
      softly
          .assertThat(objects)
          .as("a JSON error object for exit 2\n%s", outcome.describe())
          .anyMatch(node -> node.has("error"));
    }
  }

  private static String abbreviated(String line) {
    return line.length() <= 2_000
        ? line
        : line.substring(0, 1_000) + " ... " + line.substring(line.length() - 1_000);
  }

  /**
   * Nothing outside the outputs; on failure nothing at all; no writer's leftovers in the outputs.
   */
  private static void files(
      HostileCase c,
      Path root,
      Path work,
      TreeSnapshot before,
      TreeSnapshot after,
      Outcome outcome,
      SoftAssertions softly) {
    List<String> changes =
        after.changesSince(before).stream()
            .filter(change -> !change.substring(1).startsWith(JDK_CACHE))
            .toList();
    if (outcome.exit() != 0 && outcome.exit() != 1) {
      softly
          .assertThat(changes)
          .as("nothing written or changed on a failing exit (%s)", outcome.exit())
          .isEmpty();
      return;
    }
    List<String> outputs =
        c.outputs().stream()
            .map(o -> root.relativize(work.resolve(o).normalize()).toString())
            .toList();
    List<String> outside =
        changes.stream()
            .filter(change -> outputs.stream().noneMatch(o -> isUnder(change.substring(1), o)))
            .toList();
    softly
        .assertThat(outside)
        .as("files created, changed or removed outside --out/--svg %s", c.outputs())
        .isEmpty();
    List<String> leftovers =
        changes.stream()
            .map(change -> Path.of(change.substring(1)).getFileName().toString())
            .filter(name -> TEMP_NAME.matcher(name).find())
            .toList();
    softly.assertThat(leftovers).as("temporary files left behind").isEmpty();
  }

  private static boolean isUnder(String path, String output) {
    return !output.startsWith("..") && (path.equals(output) || path.startsWith(output + "/"));
  }

  static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
