package io.gradcap.core.capture.plan;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Free order, first step: every group inserted whole at its cheapest place (a day not yet used
 * costs {@link Weights#perDay()}, each clash {@link Weights#perClash()}), pinned groups first, then
 * whole ones before splittable ones, longest first, so the big pieces find room while there is
 * room. A splittable group that would open a new day is first tried split into the free time of
 * days already in use; one that fits nowhere whole is split across the earliest lanes with room.
 */
final class Construction {

  private final Placement placement;
  private final PlanModel model;
  private final Explanations explanations;
  private final Weights weights;

  Construction(Placement placement, Explanations explanations, Weights weights) {
    this.placement = placement;
    this.model = placement.model;
    this.explanations = explanations;
    this.weights = weights;
  }

  /** Inserts every group, in construction order. */
  void insertAll() {
    for (int g : order()) {
      insert(g, -1);
    }
  }

  /**
   * Pinned first, whole before splittable, longest (at the first lane's rate) first, then problem
   * order.
   */
  private Integer[] order() {
    Integer[] order = new Integer[model.groups.size()];
    Arrays.setAll(order, i -> i);
    Lane reference = model.lanes.length == 0 ? null : model.lanes[0];
    Arrays.sort(
        order,
        Comparator.comparing((Integer g) -> model.group(g).pin() == null)
            .thenComparing(g -> model.group(g).splittable())
            .thenComparing(
                g -> reference == null ? 0L : -model.duration(g, 0, model.classCount(g), reference))
            .thenComparing(g -> g));
    return order;
  }

  /**
   * Inserts a whole group at its cheapest place, splitting it if allowed, else records it unplaced.
   */
  void insert(int g, int avoidDay) {
    CaptureGroup group = model.group(g);
    int n = group.classes().size();
    Lane best = null;
    long bestStart = -1;
    long bestCost = Long.MAX_VALUE;
    long shortest = model.shortestDuration(g, 0, n);
    for (int i = 0; i < model.lanes.length; i++) {
      Lane lane = model.lanes[i];
      if (lane.day == avoidDay) {
        continue;
      }
      if (model.opensDay(i) && placement.freeStretch(lane.day) < shortest) {
        i = model.lastLaneOfDay(lane.day); // no lane of the day has room: the same as trying each
        continue;
      }
      long s = placement.findStart(g, 0, n, lane, 0);
      if (s < 0) {
        continue;
      }
      long cost =
          (placement.isUsed(lane.day) ? 0 : weights.perDay())
              + weights.perClash() * placement.countClashes(g, 0, n, lane, s);
      if (cost < bestCost) {
        best = lane;
        bestStart = s;
        bestCost = cost;
        if (cost == 0) {
          break;
        }
      }
    }
    if (group.splittable()
        && (best == null || !placement.isUsed(best.day))
        && fillUsedDays(g, avoidDay)) {
      return;
    }
    if (best != null) {
      placement.place(g, 0, n, best, bestStart);
      return;
    }
    if (!group.splittable()) {
      explanations.unplace(g, 0);
      return;
    }
    splitAcrossLanes(g);
  }

  /** Splits a group at class boundaries into the earliest lanes with room, one part per lane. */
  private void splitAcrossLanes(int g) {
    int n = model.classCount(g);
    int from = 0;
    int minLane = 0;
    while (from < n) {
      boolean placed = false;
      for (int i = minLane; i < model.lanes.length && !placed; i++) {
        Fit prefix = placement.longestPrefix(g, from, model.lanes[i], 0);
        if (prefix != null) {
          placement.place(g, from, prefix.to(), model.lanes[i], prefix.start());
          from = prefix.to();
          minLane = i + 1;
          placed = true;
        }
      }
      if (!placed) {
        explanations.unplace(g, from);
        return;
      }
    }
  }

  /**
   * Splits a group at class boundaries into the free time of days already in use, one part per
   * lane; all or nothing.
   */
  private boolean fillUsedDays(int g, int avoidDay) {
    int n = model.classCount(g);
    int from = 0;
    for (int i = 0; i < model.lanes.length && from < n; i++) {
      Lane lane = model.lanes[i];
      if (!placement.isUsed(lane.day) || lane.day == avoidDay) {
        continue;
      }
      Fit prefix = placement.longestPrefix(g, from, lane, 0);
      if (prefix != null) {
        placement.place(g, from, prefix.to(), lane, prefix.start());
        from = prefix.to();
      }
    }
    if (from == n) {
      return true;
    }
    placement.removeGroup(g);
    return false;
  }
}
