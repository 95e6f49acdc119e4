package io.gradcap.core.capture.plan;

/**
 * A run of consecutive classes {@code [from, to)} of one group, photographed back to back in one
 * lane from {@code start} to {@code end} (seconds of the day). Local search moves a chunk between
 * lanes, so its lane and times change; its classes never do.
 */
final class Chunk {

  final int group;
  final int from;
  final int to;
  Lane lane;
  long start;
  long end;

  /**
   * Lessons of its classes that overlap their slots (arrival lead included), counted when attached.
   */
  int clashes;

  /**
   * Its place in local search's list of movable chunks, which orders the moves tried; -1 if not
   * movable.
   */
  int rank = -1;

  Chunk(int group, int from, int to, Lane lane, long start, long end) {
    this.group = group;
    this.from = from;
    this.to = to;
    this.lane = lane;
    this.start = start;
    this.end = end;
  }

  long length() {
    return end - start;
  }
}
