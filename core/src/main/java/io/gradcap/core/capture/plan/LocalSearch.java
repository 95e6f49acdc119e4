package io.gradcap.core.capture.plan;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Free order, second step: improves a constructed plan by moving whole groups (chunks whose group
 * is in one piece). First it empties the lightest days into the other days' free time while that
 * works, since a day saved outweighs everything else; then, move by move, it takes the chunk whose
 * move off the busiest day (or off a lesson) lowers the weighted cost most, until no move helps or
 * the move budget (one per movable chunk, plus 50) is spent. Every candidate is tried by really
 * detaching and attaching the chunk, so the cost is the running one of {@link Placement}.
 */
final class LocalSearch {

  /** A chunk's original place, to restore it when a day cannot be emptied. */
  private record Origin(Chunk chunk, Lane lane, long start) {}

  /** The best move found so far in one round. */
  private record Move(Chunk chunk, Lane lane, long start) {}

  private final Placement placement;
  private final PlanModel model;

  LocalSearch(Placement placement) {
    this.placement = placement;
    this.model = placement.model;
  }

  /** Empties the lightest days into the others' free time while that works. */
  void reduceDays() {
    boolean progress = true;
    while (progress) {
      progress = false;
      Integer[] byLoad = new Integer[model.dayCount()];
      Arrays.setAll(byLoad, i -> i);
      Arrays.sort(byLoad, Comparator.comparingLong((Integer d) -> placement.load(d)).thenComparing(d -> -d));
      for (int d : byLoad) {
        if (placement.isUsed(d) && tryEmptyDay(d)) {
          progress = true;
          break;
        }
      }
    }
  }

  /** Moves every chunk of day d, longest first, to the first lane of another used day with room; all or nothing. */
  private boolean tryEmptyDay(int d) {
    List<Chunk> on = new ArrayList<>();
    for (Lane lane : model.lanes) {
      if (lane.day == d) {
        on.addAll(lane.chunks);
      }
    }
    for (Chunk c : on) {
      if (!placement.movable(c)) {
        return false;
      }
    }
    on.sort(Comparator.comparingLong((Chunk c) -> -c.length()).thenComparingInt(c -> c.lane.index));
    for (Chunk c : on) {
      placement.detach(c);
    }
    List<Origin> moved = new ArrayList<>();
    boolean ok = true;
    for (Chunk c : on) {
      Lane target = null;
      long s = -1;
      long shortest = model.shortestDuration(c.group, c.from, c.to);
      for (int i = 0; i < model.lanes.length; i++) {
        Lane lane = model.lanes[i];
        if (lane.day == d || !placement.isUsed(lane.day)) {
          continue;
        }
        if (model.opensDay(i) && placement.freeStretch(lane.day) < shortest) {
          i = model.lastLaneOfDay(lane.day);
          continue;
        }
        s = placement.findStart(c.group, c.from, c.to, lane, 0);
        if (s >= 0) {
          target = lane;
          break;
        }
      }
      if (target == null) {
        ok = false;
        break;
      }
      moved.add(new Origin(c, c.lane, c.start));
      placement.moveTo(c, target, s);
      placement.attach(c);
    }
    if (ok) {
      return true;
    }
    for (Origin o : moved) {
      placement.detach(o.chunk());
    }
    for (Origin o : moved) {
      placement.moveTo(o.chunk(), o.lane(), o.start());
    }
    for (Chunk c : on) {
      placement.attach(c);
    }
    return false;
  }

  /** Moves single chunks between used days while that lowers the weighted cost of balance and clashes. */
  void improve(Weights weights) {
    List<Chunk> all = new ArrayList<>();
    for (Lane lane : model.lanes) {
      for (Chunk c : lane.chunks) {
        if (placement.movable(c)) {
          all.add(c);
        }
      }
    }
    int limit = all.size() + 50;
    double current = placement.cost(weights);
    for (int iteration = 0; iteration < limit; iteration++) {
      int heavy = busiestDay();
      if (heavy < 0) {
        return;
      }
      Move best = bestMove(all, heavy, weights, current - 1e-9);
      if (best == null) {
        return;
      }
      placement.detach(best.chunk());
      placement.moveTo(best.chunk(), best.lane(), best.start());
      placement.attach(best.chunk());
      current = placement.cost(weights);
    }
  }

  private int busiestDay() {
    int heavy = -1;
    for (int d = 0; d < model.dayCount(); d++) {
      if (placement.isUsed(d) && (heavy < 0 || placement.load(d) > placement.load(heavy))) {
        heavy = d;
      }
    }
    return heavy;
  }

  /**
   * The move of a chunk on the busiest day (or one with clashes) to another used day that is not
   * made the busiest, costing least and less than {@code bound}; the plan is as it was afterwards.
   */
  private @Nullable Move bestMove(List<Chunk> all, int heavy, Weights weights, double bound) {
    long heavyLoad = placement.load(heavy);
    @Nullable Move best = null;
    double bestCost = bound;
    for (Chunk c : all) {
      if (c.lane.day != heavy && c.clashes == 0) {
        continue;
      }
      Lane oldLane = c.lane;
      long oldStart = c.start;
      placement.detach(c);
      long shortest = model.shortestDuration(c.group, c.from, c.to);
      for (int i = 0; i < model.lanes.length; i++) {
        Lane lane = model.lanes[i];
        if (model.opensDay(i) && placement.freeStretch(lane.day) < shortest) {
          i = model.lastLaneOfDay(lane.day);
          continue;
        }
        if (!placement.isUsed(lane.day) || lane == oldLane
            || (c.clashes == 0 && placement.load(lane.day) + c.length() >= heavyLoad)) {
          continue;
        }
        long s = placement.findStart(c.group, c.from, c.to, lane, 0);
        if (s < 0) {
          continue;
        }
        placement.moveTo(c, lane, s);
        placement.attach(c);
        double candidate = placement.cost(weights);
        if (candidate < bestCost) {
          bestCost = candidate;
          best = new Move(c, lane, s);
        }
        placement.detach(c);
      }
      placement.moveTo(c, oldLane, oldStart);
      placement.attach(c);
    }
    return best;
  }
}
