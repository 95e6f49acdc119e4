package io.gradcap.core.capture.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One station during one effective window (a session with its breaks cut out): the unit the planner
 * fills. Its chunks are kept sorted by start. Times are seconds of the day.
 */
final class Lane {

  final int index;
  final Station station;
  final CaptureWindow window;

  /** The index of the window's date among the problem's capture days. */
  final int day;

  final long opens;
  final long closes;
  final List<Chunk> chunks = new ArrayList<>();

  Lane(int index, Station station, CaptureWindow window, int day) {
    this.index = index;
    this.station = station;
    this.window = window;
    this.day = day;
    this.opens = window.startInclusive().toSecondOfDay();
    this.closes = window.endExclusive().toSecondOfDay();
  }

  /** The end of the lane's last chunk, or its opening when it is empty. */
  long cursor() {
    // Chunks never overlap and are sorted by start, so the last one ends last.
    return chunks.isEmpty() ? opens : Math.max(opens, chunks.get(chunks.size() - 1).end);
  }

  boolean sameWindow(Lane other) {
    return window.equals(other.window);
  }
}
