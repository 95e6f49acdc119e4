package io.gradcap.examples.hostile;

import java.time.Duration;

/**
 * What one run of the command line left behind.
 *
 * @param exit the exit code, or -1 when it was killed at its timeout
 * @param stdout standard output, decoded as UTF-8
 * @param stderr standard error, decoded as UTF-8
 * @param elapsed wall time of the run
 */
record Outcome(int exit, String stdout, String stderr, Duration elapsed) {

  boolean timedOut() {
    return exit == -1;
  }

  /** Both streams, for assertions that look at everything the user sees. */
  String output() {
    return stdout + "\n" + stderr;
  }

  /** Shown when an assertion fails, so the report says what the user saw. */
  String describe() {
    return "exit "
        + exit
        + " after "
        + elapsed.toMillis()
        + " ms\n--- stdout ---\n"
        + clip(stdout)
        + "\n--- stderr ---\n"
        + clip(stderr);
  }

  private static String clip(String text) {
    return text.length() <= 4_000
        ? text
        : text.substring(0, 4_000) + "\n… (" + text.length() + " chars)";
  }
}
