package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import io.gradcap.spi.host.Lesson;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chunks placed so far and the rules every placement obeys: a chunk lies inside its lane's
 * window (and its group's pin), never overlaps another chunk of the lane, and never overlaps a
 * chunk of a group sharing a responsible person on the same day. It also keeps the running figures
 * the optimiser's cost is made of (load and chunks per day, clashes), updated on every attach and
 * detach, so a candidate move costs no full recount.
 */
final class Placement {

  final PlanModel model;

  /**
   * Per person, per day: the chunks of the person's groups, so a clash check looks at one day only.
   */
  private final List<Chunk>[][] busy;

  /** Per lane: its longest free stretch, recomputed when stale; no chunk longer fits the lane. */
  private final long[] laneFree;

  private final boolean[] laneStale;

  /** Per day: the longest free stretch of its lanes, recomputed when stale. */
  private final long[] dayFree;

  private final boolean[] dayStale;
  private final List<List<Chunk>> chunksOf;

  /** Seconds of chunks per capture day. */
  private final long[] dayLoad;

  private final int[] dayChunks;
  private long clashSum;

  /** Days in use and the sums of their loads and squared loads, in minutes. */
  private final Totals totals = new Totals();

  Placement(PlanModel model) {
    this.model = model;
    this.chunksOf = new ArrayList<>(model.groups.size());
    for (int g = 0; g < model.groups.size(); g++) {
      chunksOf.add(new ArrayList<>());
    }
    this.dayLoad = new long[model.dayCount()];
    this.dayChunks = new int[model.dayCount()];
    @SuppressWarnings("unchecked")
    List<Chunk>[][] lists = new List[model.personCount()][];
    this.busy = lists;
    this.laneFree = new long[model.lanes.length];
    this.laneStale = new boolean[model.lanes.length];
    Arrays.fill(laneStale, true);
    this.dayFree = new long[model.dayCount()];
    this.dayStale = new boolean[model.dayCount()];
    Arrays.fill(dayStale, true);
  }

  // ---- where a chunk may go ----

  /** The part of the lane the group may use, or null when its pin excludes the lane. */
  @Nullable Span allowed(int g, Lane lane) {
    Pin pin = model.group(g).pin();
    long lo = lane.opens;
    long hi = lane.closes;
    if (pin != null) {
      if (!pin.date().equals(lane.window.date())) {
        return null;
      }
      LocalTime from = pin.startInclusive();
      LocalTime until = pin.endExclusive();
      if (from != null && until != null) {
        lo = Math.max(lo, from.toSecondOfDay());
        hi = Math.min(hi, until.toSecondOfDay());
      }
    }
    return lo < hi ? new Span(lo, hi) : null;
  }

  /**
   * The end of the latest chunk sharing a responsible person that overlaps [s, e) on the lane's
   * day, or -1.
   */
  long personConflict(int g, Lane lane, long s, long e) {
    long result = -1;
    for (int person : model.persons(g)) {
      List<Chunk>[] days = busy[person];
      List<Chunk> sameDay = days == null ? null : days[lane.day];
      if (sameDay == null) {
        continue;
      }
      for (Chunk c : sameDay) {
        if (c.start < e && s < c.end) {
          result = Math.max(result, c.end);
        }
      }
    }
    return result;
  }

  /**
   * The earliest start at or after {@code minStart} where classes [from, to) fit a gap of the lane,
   * or -1.
   */
  long findStart(int g, int from, int to, Lane lane, long minStart) {
    Span range = allowed(g, lane);
    if (range == null) {
      return -1;
    }
    long duration = model.duration(g, from, to, lane);
    if (freeStretch(lane) < duration) {
      return -1;
    }
    long lo = Math.max(range.start(), minStart);
    long prevEnd = range.start();
    for (Chunk c : lane.chunks) {
      long s =
          earliestInGap(g, lane, Math.max(prevEnd, lo), Math.min(c.start, range.end()), duration);
      if (s >= 0) {
        return s;
      }
      prevEnd = Math.max(prevEnd, c.end);
    }
    return earliestInGap(g, lane, Math.max(prevEnd, lo), range.end(), duration);
  }

  /**
   * The earliest start in [s, gapEnd) where {@code duration} fits without a responsible person's
   * clash, or -1.
   */
  private long earliestInGap(int g, Lane lane, long s, long gapEnd, long duration) {
    while (Math.addExact(s, duration) <= gapEnd) {
      long conflictEnd = personConflict(g, lane, s, s + duration);
      if (conflictEnd < 0) {
        return s;
      }
      s = conflictEnd;
    }
    return -1;
  }

  /**
   * For a splittable group: the earliest start and the longest run of classes from {@code from}
   * that fit, or null.
   */
  @Nullable Fit longestPrefix(int g, int from, Lane lane, long minStart) {
    long s = findStart(g, from, from + 1, lane, minStart);
    Span span = allowed(g, lane);
    if (s < 0 || span == null) {
      return null;
    }
    long gapEnd = span.end();
    for (Chunk c : lane.chunks) {
      if (c.start >= s) {
        gapEnd = Math.min(gapEnd, c.start);
        break;
      }
    }
    int n = model.classCount(g);
    int to = from + 1;
    while (to < n) {
      long e = model.classStart(g, from, to + 1, lane, s);
      if (e > gapEnd || personConflict(g, lane, s, e) >= 0) {
        break;
      }
      to++;
    }
    return new Fit(s, to);
  }

  /**
   * Lessons of classes [from, to) that overlap their slots, arrival lead included, if the chunk
   * started at {@code start}.
   */
  int countClashes(int g, int from, int to, Lane lane, long start) {
    if (!model.hasLessons(g)) {
      return 0;
    }
    int count = 0;
    LocalDate date = lane.window.date();
    for (int k = from; k < to; k++) {
      List<Lesson> ls = model.lessons(g, k);
      if (ls.isEmpty()) {
        continue;
      }
      long s = Math.max(0, model.classStart(g, from, k, lane, start) - model.lead);
      long e = model.classStart(g, from, k + 1, lane, start);
      for (Lesson l : ls) {
        if (l.date().equals(date)
            && l.startInclusive().toSecondOfDay() < e
            && s < l.endExclusive().toSecondOfDay()) {
          count++;
        }
      }
    }
    return count;
  }

  // ---- placing and removing ----

  /**
   * Places classes [from, to) of group g in the lane at {@code start}, which the caller found free.
   */
  Chunk place(int g, int from, int to, Lane lane, long start) {
    Chunk c =
        new Chunk(
            g, from, to, lane, start, Math.addExact(start, model.duration(g, from, to, lane)));
    attach(c);
    chunksOf.get(g).add(c);
    return c;
  }

  /** Puts a chunk into its lane and the running figures. */
  void attach(Chunk c) {
    int pos = 0;
    while (pos < c.lane.chunks.size() && c.lane.chunks.get(pos).start < c.start) {
      pos++;
    }
    c.lane.chunks.add(pos, c);
    for (int person : model.persons(c.group)) {
      if (busy[person] == null) {
        @SuppressWarnings("unchecked")
        List<Chunk>[] days = new List[model.dayCount()];
        busy[person] = days;
      }
      if (busy[person][c.lane.day] == null) {
        busy[person][c.lane.day] = new ArrayList<>();
      }
      busy[person][c.lane.day].add(c);
    }
    stale(c.lane);
    c.clashes = countClashes(c.group, c.from, c.to, c.lane, c.start);
    clashSum += c.clashes;
    adjustDay(c.lane.day, c.length(), 1);
  }

  /** Takes a chunk out of its lane and the running figures; it stays one of its group's chunks. */
  void detach(Chunk c) {
    c.lane.chunks.remove(c);
    for (int person : model.persons(c.group)) {
      busy[person][c.lane.day].remove(c);
    }
    stale(c.lane);
    clashSum -= c.clashes;
    adjustDay(c.lane.day, -c.length(), -1);
  }

  /** Gives a detached chunk a new lane and start. */
  void moveTo(Chunk c, Lane lane, long start) {
    c.lane = lane;
    c.start = start;
    c.end = Math.addExact(start, model.duration(c.group, c.from, c.to, lane));
  }

  /** Detaches and forgets every chunk of the group. */
  void removeGroup(int g) {
    for (Chunk c : new ArrayList<>(chunksOf.get(g))) {
      detach(c);
    }
    chunksOf.get(g).clear();
  }

  private void stale(Lane lane) {
    laneStale[lane.index] = true;
    dayStale[lane.day] = true;
  }

  /**
   * The lane's longest free stretch, ignoring pins: a chunk longer than it fits nowhere in the
   * lane.
   */
  long freeStretch(Lane lane) {
    if (laneStale[lane.index]) {
      long longest = 0;
      long prevEnd = lane.opens;
      for (Chunk c : lane.chunks) {
        longest = Math.max(longest, c.start - prevEnd);
        prevEnd = Math.max(prevEnd, c.end);
      }
      laneFree[lane.index] = Math.max(longest, lane.closes - prevEnd);
      laneStale[lane.index] = false;
    }
    return laneFree[lane.index];
  }

  /** The longest free stretch of the day's lanes: classes longer than it fit no lane of the day. */
  long freeStretch(int day) {
    if (dayStale[day]) {
      long longest = 0;
      for (int i = model.lastLaneOfDay(day); i >= 0 && model.lanes[i].day == day; i--) {
        longest = Math.max(longest, freeStretch(model.lanes[i]));
      }
      dayFree[day] = longest;
      dayStale[day] = false;
    }
    return dayFree[day];
  }

  private void adjustDay(int d, long deltaLoad, int deltaChunks) {
    totals.adjust(dayLoad[d], dayChunks[d], deltaLoad, deltaChunks);
    dayLoad[d] += deltaLoad;
    dayChunks[d] += deltaChunks;
  }

  /**
   * The running figures of the cost, in whole seconds so that they depend only on what is placed,
   * never on the order of the moves tried on the way: a what-if ({@link #costIfMoved}) and a real
   * detach and attach then give the same cost to the last bit, and ties between equal moves break
   * the same way however they were found. {@link #attach} and {@link #detach} change them through
   * {@link #adjust}.
   */
  private static final class Totals {
    int usedDays;

    /** Σ of the used days' loads, in seconds. */
    long loadSum;

    /** Σ of the used days' squared loads, in seconds² (at most 86,400² per station and day). */
    long loadSumSq;

    Totals copy() {
      Totals t = new Totals();
      t.usedDays = usedDays;
      t.loadSum = loadSum;
      t.loadSumSq = loadSumSq;
      return t;
    }

    /**
     * A day with {@code load} seconds in {@code chunks} chunks gains {@code deltaLoad} and {@code
     * deltaChunks}.
     */
    void adjust(long load, int chunks, long deltaLoad, int deltaChunks) {
      if (chunks > 0) {
        usedDays--;
        loadSum -= load;
        loadSumSq -= Math.multiplyExact(load, load);
      }
      if (chunks + deltaChunks > 0) {
        usedDays++;
        long after = load + deltaLoad;
        loadSum += after;
        loadSumSq = Math.addExact(loadSumSq, Math.multiplyExact(after, after));
      }
    }

    /** Σ over used days of (load − mean)², in minutes². */
    double squaredMinutes() {
      if (usedDays == 0) {
        return 0;
      }
      double sum = loadSum;
      return Math.max(0, (loadSumSq - sum * sum / usedDays) / 3600.0);
    }

    double cost(Weights w, long clashes) {
      return (double) w.perDay() * usedDays
          + w.perSquaredMinute() * squaredMinutes()
          + (double) w.perClash() * clashes;
    }
  }

  // ---- what is placed ----

  List<Chunk> chunksOf(int g) {
    return chunksOf.get(g);
  }

  /** A chunk local search may move: its group is in one piece. */
  boolean movable(Chunk c) {
    return chunksOf.get(c.group).size() == 1;
  }

  boolean isUsed(int day) {
    return dayChunks[day] > 0;
  }

  long load(int day) {
    return dayLoad[day];
  }

  long clashes() {
    return clashSum;
  }

  int daysUsed() {
    return totals.usedDays;
  }

  /** Σ over used days of (load − mean)², in minutes². */
  double squaredMinutes() {
    return totals.squaredMinutes();
  }

  /** The optimiser's weighted cost of days used, unbalanced days and clashes. */
  double cost(Weights w) {
    return totals.cost(w, clashSum);
  }

  /**
   * The cost {@link #cost} would give after moving an attached chunk without clashes to a lane of
   * another day in use, where it takes {@code length} seconds and clashes with nothing: exactly
   * what detaching and attaching it would give, without moving anything.
   */
  double costIfMoved(Chunk c, int day, long length, Weights w) {
    int from = c.lane.day;
    Preconditions.checkState(
        c.clashes == 0 && day != from && dayChunks[day] > 0,
        "a clash-free move to another day in use");
    Totals t = totals.copy();
    t.adjust(dayLoad[from], dayChunks[from], -c.length(), -1);
    t.adjust(dayLoad[day], dayChunks[day], length, 1);
    return t.cost(w, clashSum);
  }
}
