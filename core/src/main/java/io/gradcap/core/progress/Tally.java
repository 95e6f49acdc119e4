package io.gradcap.core.progress;

/** A count being rolled up: done, expected, complete. */
record Tally(int done, int expected, boolean complete) {
  static final Tally NONE = new Tally(0, 0, true);

  Tally plus(Tally other) {
    return new Tally(done + other.done, expected + other.expected, complete && other.complete);
  }
}
