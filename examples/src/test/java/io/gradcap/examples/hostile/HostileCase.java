package io.gradcap.examples.hostile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * One hostile input and what the command line must answer to it.
 *
 * @param name what the input is, shown in the test's name
 * @param family the kind of input
 * @param origin the issue finding it reproduces, or that it guards behaviour already right
 * @param input writes the input files into the case's working directory
 * @param args the command line after {@code gradcap}, paths relative to the working directory
 * @param exits the documented exit codes that count as a clean answer (usually exactly one)
 * @param timeout how long the run may take before it counts as hanging
 * @param checks what else the answer must show
 */
record HostileCase(
    String name,
    Family family,
    Origin origin,
    Input input,
    List<String> args,
    Set<Integer> exits,
    Duration timeout,
    List<Check> checks) {

  /**
   * The default bound on one run: a JVM start and a small input take about a second on a quiet
   * 2-core machine, but a shared build machine can be ten times slower; only a hang takes longer.
   */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  /** Writes a case's input files. */
  @FunctionalInterface
  interface Input {
    void write(Path work) throws Exception;
  }

  /** One more property of the answer, recorded into {@code softly}. */
  @FunctionalInterface
  interface Check {
    void verify(Outcome outcome, Path work, SoftAssertions softly) throws Exception;
  }

  HostileCase {
    args = List.copyOf(args);
    exits = Set.copyOf(exits);
    checks = List.copyOf(checks);
  }

  /** A case with no input files yet, no arguments, exit 2 expected and the default timeout. */
  static HostileCase of(Family family, Origin origin, String name) {
    return new HostileCase(
        name, family, origin, work -> {}, List.of(), Set.of(2), TIMEOUT, List.of());
  }

  HostileCase input(Input writer) {
    return new HostileCase(name, family, origin, writer, args, exits, timeout, checks);
  }

  HostileCase command(String... arguments) {
    return new HostileCase(name, family, origin, input, List.of(arguments), exits, timeout, checks);
  }

  /** The exit codes accepted; more than one only where the issue leaves the choice open. */
  HostileCase exit(Integer... codes) {
    return new HostileCase(name, family, origin, input, args, Set.of(codes), timeout, checks);
  }

  HostileCase timeout(Duration bound) {
    return new HostileCase(name, family, origin, input, args, exits, bound, checks);
  }

  HostileCase check(Check check) {
    List<Check> all = new ArrayList<>(checks);
    all.add(check);
    return new HostileCase(name, family, origin, input, args, exits, timeout, all);
  }

  /** The paths the command may write: the values of {@code --out} and {@code --svg}. */
  List<String> outputs() {
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--out") || args.get(i).equals("--svg")) {
        outputs.add(args.get(i + 1));
      }
    }
    return outputs;
  }

  boolean json() {
    int format = args.indexOf("--format");
    return format >= 0 && format + 1 < args.size() && args.get(format + 1).equals("json");
  }

  @Override
  public String toString() {
    return "[" + origin + "] " + name;
  }
}
