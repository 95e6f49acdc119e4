package io.gradcap.core.capture.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
  private record Move(Chunk chunk, Lane lane, long start, double cost) {}

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
      Arrays.sort(
          byLoad,
          Comparator.comparingLong((Integer d) -> placement.load(d)).thenComparing(d -> -d));
      for (int d : byLoad) {
        if (placement.isUsed(d) && tryEmptyDay(d)) {
          progress = true;
          break;
        }
      }
    }
  }

  /**
   * Moves every chunk of day d, longest first, to the first lane of another used day with room; all
   * or nothing.
   */
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

  /**
   * Moves single chunks between used days while that lowers the weighted cost of balance and
   * clashes.
   */
  void improve(Weights weights) {
    List<Chunk> all = new ArrayList<>();
    for (Lane lane : model.lanes) {
      for (Chunk c : lane.chunks) {
        if (placement.movable(c)) {
          all.add(c);
        }
      }
    }
    for (int i = 0; i < all.size(); i++) {
      all.get(i).rank = i;
    }
    int limit = all.size() + 50;
    double current = placement.cost(weights);
    for (int iteration = 0; iteration < limit; iteration++) {
      int heavy = busiestDay();
      if (heavy < 0) {
        return;
      }
      Move best = bestMove(candidates(all, heavy), heavy, weights, current - 1e-9);
      if (best == null) {
        return;
      }
      placement.detach(best.chunk());
      placement.moveTo(best.chunk(), best.lane(), best.start());
      placement.attach(best.chunk());
      current = placement.cost(weights);
    }
  }

  /**
   * The chunks {@link #bestMove} may move, in the list's order: with no clash left, only those on
   * the busiest day, found through its lanes rather than by walking every chunk of the plan.
   */
  private List<Chunk> candidates(List<Chunk> all, int heavy) {
    if (placement.clashes() > 0) {
      return all;
    }
    List<Chunk> on = new ArrayList<>();
    for (int i = model.lastLaneOfDay(heavy); i >= 0 && model.lanes[i].day == heavy; i--) {
      for (Chunk c : model.lanes[i].chunks) {
        if (c.rank >= 0) {
          on.add(c);
        }
      }
    }
    on.sort(Comparator.comparingInt((Chunk c) -> c.rank));
    return on;
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
    int @Nullable [] targets = null;
    for (Chunk c : all) {
      if (c.lane.day != heavy && c.clashes == 0) {
        continue;
      }
      if (c.clashes == 0 && !model.hasLessons(c.group) && model.uniformStations) {
        if (targets == null) {
          targets = targetDays(heavy, weights);
        }
        Move move = bestDay(c, targets, heavyLoad, weights, bestCost);
        if (move != null) {
          best = move;
          bestCost = move.cost();
        }
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
        if (!placement.isUsed(lane.day)
            || lane == oldLane
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
          best = new Move(c, lane, s, candidate);
        }
        placement.detach(c);
      }
      placement.moveTo(c, oldLane, oldStart);
      placement.attach(c);
    }
    return best;
  }

  /**
   * {@link #bestMove} for a chunk on the busiest day that clashes with nothing, where stations are
   * alike. Every lane of another day then costs the move the same ({@link Placement#costIfMoved}),
   * and that cost grows with the day's load: so the days are tried lightest first (in lane order
   * among equals, or in lane order alone when balance costs nothing), and the first lane with room
   * on the first day that has some is the move the lane-by-lane search would keep. Nothing is
   * moved: the chunk on its own day changes no other day's room or people.
   *
   * @param days the used days other than the busiest, in the order to try them
   */
  private @Nullable Move bestDay(
      Chunk c, int[] days, long heavyLoad, Weights weights, double bound) {
    long length = c.length();
    for (int day : days) {
      if (placement.load(day) + length >= heavyLoad) {
        if (weights.perSquaredMinute() > 0) {
          return null; // the rest are as heavy or heavier
        }
        continue;
      }
      int first = firstLaneOfDay(day);
      long duration = model.duration(c.group, c.from, c.to, model.lanes[first]);
      if (placement.freeStretch(day) < duration) {
        continue;
      }
      double cost = placement.costIfMoved(c, day, duration, weights);
      if (cost >= bound) {
        return null; // no later day costs less
      }
      for (int i = first; i <= model.lastLaneOfDay(day); i++) {
        long s = placement.findStart(c.group, c.from, c.to, model.lanes[i], 0);
        if (s >= 0) {
          return new Move(c, model.lanes[i], s, cost);
        }
      }
    }
    return null;
  }

  /**
   * The used days other than {@code heavy}: by load, then lane order; by lane order alone when
   * balance is free.
   */
  private int[] targetDays(int heavy, Weights weights) {
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d < model.dayCount(); d++) {
      if (d != heavy && placement.isUsed(d)) {
        days.add(d);
      }
    }
    if (weights.perSquaredMinute() > 0) {
      days.sort(
          Comparator.comparingLong((Integer d) -> placement.load(d)).thenComparingInt(d -> d));
    }
    return days.stream().mapToInt(Integer::intValue).toArray();
  }

  private int firstLaneOfDay(int day) {
    int i = model.lastLaneOfDay(day);
    while (i > 0 && model.lanes[i - 1].day == day) {
      i--;
    }
    return i;
  }
}
