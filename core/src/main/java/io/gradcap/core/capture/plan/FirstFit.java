package io.gradcap.core.capture.plan;

import org.jspecify.annotations.Nullable;

/**
 * Fixed order: each group, in the requested order, goes to the earliest window with room and, among
 * that window's stations, to the earliest start. A splittable group fills each window class by
 * class, so no window is left with more idle time than the class that did not fit. An unpinned
 * group never starts in a window before the one where the previous unpinned group started.
 */
final class FirstFit {

  /** Where a chunk would go: the lane, its start and the class after its last. */
  private record Candidate(Lane lane, long start, int to) {}

  private final Placement placement;
  private final PlanModel model;
  private final Explanations explanations;

  FirstFit(Placement placement, Explanations explanations) {
    this.placement = placement;
    this.model = placement.model;
    this.explanations = explanations;
  }

  void plan() {
    int frontier = 0;
    for (int g = 0; g < model.groups.size(); g++) {
      CaptureGroup group = model.group(g);
      int n = group.classes().size();
      int from = 0;
      int minLane = group.pin() == null ? frontier : 0;
      while (from < n) {
        Candidate best = earliest(g, from, minLane);
        if (best == null) {
          explanations.unplace(g, from, minLane);
          break;
        }
        placement.place(g, from, best.to(), best.lane(), best.start());
        from = best.to();
        minLane = best.lane().index + 1;
        if (group.pin() == null && placement.chunksOf(g).size() == 1) {
          frontier = firstLaneOfWindow(best.lane());
        }
      }
    }
  }

  /**
   * The earliest window with room from lane {@code minLane} on; among its stations, the earliest
   * start.
   */
  private @Nullable Candidate earliest(int g, int from, int minLane) {
    CaptureGroup group = model.group(g);
    int n = group.classes().size();
    @Nullable Candidate best = null;
    for (int i = minLane; i < model.lanes.length; i++) {
      Lane lane = model.lanes[i];
      if (best != null && !best.lane().sameWindow(lane)) {
        break;
      }
      long start;
      int to;
      if (group.splittable()) {
        Fit prefix = placement.longestPrefix(g, from, lane, lane.cursor());
        start = prefix == null ? -1 : prefix.start();
        to = prefix == null ? -1 : prefix.to();
      } else {
        start = placement.findStart(g, 0, n, lane, lane.cursor());
        to = n;
      }
      if (start >= 0 && (best == null || start < best.start())) {
        best = new Candidate(lane, start, to);
      }
    }
    return best;
  }

  private int firstLaneOfWindow(Lane lane) {
    int i = lane.index;
    while (i > 0 && model.lanes[i - 1].sameWindow(lane)) {
      i--;
    }
    return i;
  }
}
