package io.gradcap.core.capture.plan;

/**
 * A half-open stretch of one day, {@code [start, end)} in seconds of the day.
 *
 * @param start the first second
 * @param end the second after the last
 */
record Span(long start, long end) {

  long length() {
    return end - start;
  }
}
