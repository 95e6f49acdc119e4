package io.gradcap.core.capture.plan;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The planner's working state: lanes (a station during one effective window), chunks (a run of
 * consecutive classes of one group in one lane) and the rules every placement obeys. Deterministic:
 * every loop runs in list order and ties go to the earlier lane.
 */
final class Engine {

  static final String BUNDLE = "io.gradcap.core.capture.messages";

  static final class Lane {
    final int index;
    final Station station;
    final int stationIndex;
    final CaptureWindow window;
    final int day;
    final int ws;
    final int we;
    final ArrayList<Chunk> chunks = new ArrayList<>();

    Lane(int index, Station station, int stationIndex, CaptureWindow window, int day) {
      this.index = index;
      this.station = station;
      this.stationIndex = stationIndex;
      this.window = window;
      this.day = day;
      this.ws = window.startInclusive().toSecondOfDay();
      this.we = window.endExclusive().toSecondOfDay();
    }

    int cursor() {
      int c = ws;
      for (Chunk k : chunks) {
        c = Math.max(c, k.end);
      }
      return c;
    }
  }

  static final class Chunk {
    final int g;
    final int from;
    final int to;
    Lane lane;
    int start;
    int end;
    int clashes;

    Chunk(int g, int from, int to, Lane lane, int start, int end) {
      this.g = g;
      this.from = from;
      this.to = to;
      this.lane = lane;
      this.start = start;
      this.end = end;
    }
  }

  final CaptureProblem problem;
  final List<CaptureGroup> groups;
  final Lane[] lanes;
  final List<LocalDate> days;
  final long[][] cum;
  final List<List<Lesson>> lessons; // per group, per class index flattened by offset
  final int[] lessonOffset;
  final boolean[] groupHasLessons;
  final int lead;
  final Map<String, List<Chunk>> byPerson = new HashMap<>();
  final List<List<Chunk>> chunksOf;
  final List<Unplaced> unplaced = new ArrayList<>();
  final List<Finding> justifications = new ArrayList<>();
  final long[] dayLoad;
  final int[] dayChunks;
  long clashSum;
  int usedDays;
  double loadSum;
  double loadSumSq;

  Engine(CaptureProblem problem, TeachingTimetable timetable) {
    this.problem = problem;
    this.groups = problem.groups();
    this.lead = (int) problem.arrivalLead().toSeconds();
    List<CaptureWindow> windows = Windows.effective(problem.sessions(), problem.breaks());
    this.days = windows.stream().map(CaptureWindow::date).distinct().sorted().toList();
    List<Lane> list = new ArrayList<>();
    for (CaptureWindow w : windows) {
      for (int i = 0; i < problem.stations().size(); i++) {
        list.add(new Lane(list.size(), problem.stations().get(i), i, w, days.indexOf(w.date())));
      }
    }
    this.lanes = list.toArray(new Lane[0]);
    this.dayLoad = new long[days.size()];
    this.dayChunks = new int[days.size()];
    this.cum = new long[groups.size()][];
    this.lessonOffset = new int[groups.size()];
    this.groupHasLessons = new boolean[groups.size()];
    this.lessons = new ArrayList<>();
    this.chunksOf = new ArrayList<>();
    LocalDate from = days.isEmpty() ? LocalDate.EPOCH : days.get(0);
    LocalDate to = days.isEmpty() ? LocalDate.EPOCH : days.get(days.size() - 1).plusDays(1);
    for (int g = 0; g < groups.size(); g++) {
      List<CaptureClass> classes = groups.get(g).classes();
      long[] c = new long[classes.size() + 1];
      lessonOffset[g] = lessons.size();
      for (int k = 0; k < classes.size(); k++) {
        c[k + 1] = c[k] + classes.get(k).headcount();
        List<Lesson> l = days.isEmpty() ? List.of() : timetable.lessons(classes.get(k).name(), from, to);
        lessons.add(l);
        groupHasLessons[g] |= !l.isEmpty();
      }
      cum[g] = c;
      chunksOf.add(new ArrayList<>());
    }
  }

  // ---- durations and allowed ranges ----

  /**
   * Classes in a chunk follow each other at the station's exact rate; each boundary is rounded up to
   * the second, so every prefix of a chunk takes at least its exact time and rounding never adds up.
   */
  int duration(int g, int from, int to, Lane lane) {
    return (int) lane.station.seconds(cum[g][to] - cum[g][from]);
  }

  /** The part of the lane the group may use, or null when its pin excludes the lane. */
  int @Nullable [] allowed(int g, Lane lane) {
    Pin pin = groups.get(g).pin();
    int lo = lane.ws;
    int hi = lane.we;
    if (pin != null) {
      if (!pin.date().equals(lane.window.date())) {
        return null;
      }
      if (pin.startInclusive() != null) {
        lo = Math.max(lo, pin.startInclusive().toSecondOfDay());
        hi = Math.min(hi, pin.endExclusive().toSecondOfDay());
      }
    }
    return lo < hi ? new int[] {lo, hi} : null;
  }

  /** The end of the latest chunk sharing a responsible person that overlaps [s, e) on the lane's day, or -1. */
  int personConflict(int g, Lane lane, int s, int e) {
    int result = -1;
    for (String person : groups.get(g).responsible()) {
      List<Chunk> busy = byPerson.get(person);
      if (busy == null) {
        continue;
      }
      for (Chunk c : busy) {
        if (c.lane.day == lane.day && c.start < e && s < c.end) {
          result = Math.max(result, c.end);
        }
      }
    }
    return result;
  }

  /** The earliest start at or after {@code minStart} where the chunk fits a gap of the lane, or -1. */
  int findStart(int g, int from, int to, Lane lane, int minStart) {
    int[] range = allowed(g, lane);
    if (range == null) {
      return -1;
    }
    int dur = duration(g, from, to, lane);
    int lo = Math.max(range[0], minStart);
    int prevEnd = range[0];
    for (Chunk c : lane.chunks) {
      int s = tryGap(g, lane, Math.max(prevEnd, lo), Math.min(c.start, range[1]), dur);
      if (s >= 0) {
        return s;
      }
      prevEnd = Math.max(prevEnd, c.end);
    }
    return tryGap(g, lane, Math.max(prevEnd, lo), range[1], dur);
  }

  private int tryGap(int g, Lane lane, int s, int ge, int dur) {
    while (s + dur <= ge) {
      int conflictEnd = personConflict(g, lane, s, s + dur);
      if (conflictEnd < 0) {
        return s;
      }
      s = conflictEnd;
    }
    return -1;
  }

  /** For a splittable group: the earliest start and the longest run of classes from {@code from} that fit, or null. */
  int @Nullable [] longestPrefix(int g, int from, Lane lane, int minStart) {
    int s = findStart(g, from, from + 1, lane, minStart);
    if (s < 0) {
      return null;
    }
    int[] range = allowed(g, lane);
    int gapEnd = range[1];
    for (Chunk c : lane.chunks) {
      if (c.start >= s) {
        gapEnd = Math.min(gapEnd, c.start);
        break;
      }
    }
    int n = groups.get(g).classes().size();
    int to = from + 1;
    while (to < n) {
      int e = s + duration(g, from, to + 1, lane);
      if (e > gapEnd || personConflict(g, lane, s, e) >= 0) {
        break;
      }
      to++;
    }
    return new int[] {s, to};
  }

  // ---- placing and removing ----

  Chunk place(int g, int from, int to, Lane lane, int start) {
    Chunk c = new Chunk(g, from, to, lane, start, start + duration(g, from, to, lane));
    attach(c);
    chunksOf.get(g).add(c);
    return c;
  }

  void attach(Chunk c) {
    int pos = 0;
    while (pos < c.lane.chunks.size() && c.lane.chunks.get(pos).start < c.start) {
      pos++;
    }
    c.lane.chunks.add(pos, c);
    for (String person : groups.get(c.g).responsible()) {
      byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(c);
    }
    c.clashes = groupHasLessons[c.g] ? countClashes(c.g, c.from, c.to, c.lane, c.start) : 0;
    clashSum += c.clashes;
    adjustDay(c.lane.day, c.end - c.start, 1);
  }

  private void adjustDay(int d, long deltaLoad, int deltaChunks) {
    if (dayChunks[d] > 0) {
      usedDays--;
      double m = dayLoad[d] / 60.0;
      loadSum -= m;
      loadSumSq -= m * m;
    }
    dayLoad[d] += deltaLoad;
    dayChunks[d] += deltaChunks;
    if (dayChunks[d] > 0) {
      usedDays++;
      double m = dayLoad[d] / 60.0;
      loadSum += m;
      loadSumSq += m * m;
    }
  }

  void detach(Chunk c) {
    c.lane.chunks.remove(c);
    for (String person : groups.get(c.g).responsible()) {
      byPerson.get(person).remove(c);
    }
    clashSum -= c.clashes;
    adjustDay(c.lane.day, -(c.end - c.start), -1);
  }

  int classStart(int g, int from, int k, Lane lane, int start) {
    return start + duration(g, from, k, lane);
  }

  int countClashes(int g, int from, int to, Lane lane, int start) {
    if (!groupHasLessons[g]) {
      return 0;
    }
    int count = 0;
    LocalDate date = lane.window.date();
    for (int k = from; k < to; k++) {
      List<Lesson> ls = lessons.get(lessonOffset[g] + k);
      if (ls.isEmpty()) {
        continue;
      }
      int s = Math.max(0, classStart(g, from, k, lane, start) - lead);
      int e = classStart(g, from, k + 1, lane, start);
      for (Lesson l : ls) {
        if (l.date().equals(date) && l.startInclusive().toSecondOfDay() < e && s < l.endExclusive().toSecondOfDay()) {
          count++;
        }
      }
    }
    return count;
  }

  // ---- fixed order: first-fit ----

  void planFixed() {
    int frontier = 0;
    for (int g = 0; g < groups.size(); g++) {
      CaptureGroup group = groups.get(g);
      int n = group.classes().size();
      int from = 0;
      int minLane = group.pin() == null ? frontier : 0;
      while (from < n) {
        // First fit: the earliest window with room; among its stations, the earliest start.
        Lane best = null;
        int bestStart = -1;
        int bestTo = -1;
        for (int i = minLane; i < lanes.length; i++) {
          Lane lane = lanes[i];
          if (best != null && !sameWindow(best, lane)) {
            break;
          }
          int start;
          int to;
          if (group.splittable()) {
            int[] prefix = longestPrefix(g, from, lane, lane.cursor());
            start = prefix == null ? -1 : prefix[0];
            to = prefix == null ? -1 : prefix[1];
          } else {
            start = findStart(g, 0, n, lane, lane.cursor());
            to = n;
          }
          if (start >= 0 && (best == null || start < bestStart)) {
            best = lane;
            bestStart = start;
            bestTo = to;
          }
        }
        if (best == null) {
          unplace(g, from, minLane);
          break;
        }
        place(g, from, bestTo, best, bestStart);
        from = bestTo;
        minLane = best.index + 1;
        if (group.pin() == null && chunksOf.get(g).size() == 1) {
          frontier = firstLaneOfWindow(best);
        }
      }
    }
  }

  private static boolean sameWindow(Lane a, Lane b) {
    return a.window.equals(b.window);
  }

  private int firstLaneOfWindow(Lane lane) {
    int i = lane.index;
    while (i > 0 && sameWindow(lanes[i - 1], lane)) {
      i--;
    }
    return i;
  }

  // ---- free order: construction, then local search ----

  void planFree(Weights weights) {
    Integer[] order = new Integer[groups.size()];
    Arrays.setAll(order, i -> i);
    Lane reference = lanes.length == 0 ? null : lanes[0];
    Arrays.sort(order, Comparator
        .comparing((Integer g) -> groups.get(g).pin() == null)
        .thenComparing(g -> groups.get(g).splittable())
        .thenComparing(g -> reference == null ? 0L : -(long) duration(g, 0, groups.get(g).classes().size(), reference))
        .thenComparing(g -> g));
    for (int g : order) {
      insert(g, weights, -1);
    }
    reduceDays();
    improve(weights);
  }

  /** Inserts a whole group at its cheapest place, splitting it if allowed, else records it unplaced. */
  void insert(int g, Weights weights, int avoidDay) {
    CaptureGroup group = groups.get(g);
    int n = group.classes().size();
    Lane best = null;
    int bestStart = -1;
    long bestCost = Long.MAX_VALUE;
    for (Lane lane : lanes) {
      if (lane.day == avoidDay) {
        continue;
      }
      int s = findStart(g, 0, n, lane, 0);
      if (s < 0) {
        continue;
      }
      long cost = (dayChunks[lane.day] == 0 ? weights.perDay() : 0)
          + weights.perClash() * countClashes(g, 0, n, lane, s);
      if (cost < bestCost) {
        best = lane;
        bestStart = s;
        bestCost = cost;
        if (cost == 0) {
          break;
        }
      }
    }
    if (group.splittable() && (best == null || dayChunks[best.day] == 0) && fillUsedDays(g, avoidDay)) {
      return;
    }
    if (best != null) {
      place(g, 0, n, best, bestStart);
      return;
    }
    if (!group.splittable()) {
      unplace(g, 0);
      return;
    }
    int from = 0;
    int minLane = 0;
    while (from < n) {
      boolean placed = false;
      for (int i = minLane; i < lanes.length && !placed; i++) {
        int[] prefix = longestPrefix(g, from, lanes[i], 0);
        if (prefix != null) {
          place(g, from, prefix[1], lanes[i], prefix[0]);
          from = prefix[1];
          minLane = i + 1;
          placed = true;
        }
      }
      if (!placed) {
        unplace(g, from);
        return;
      }
    }
  }

  /** Splits a group at class boundaries into the free time of days already in use, one part per lane; all or nothing. */
  private boolean fillUsedDays(int g, int avoidDay) {
    int n = groups.get(g).classes().size();
    int from = 0;
    for (int i = 0; i < lanes.length && from < n; i++) {
      Lane lane = lanes[i];
      if (dayChunks[lane.day] == 0 || lane.day == avoidDay) {
        continue;
      }
      int[] prefix = longestPrefix(g, from, lane, 0);
      if (prefix != null) {
        place(g, from, prefix[1], lane, prefix[0]);
        from = prefix[1];
      }
    }
    if (from == n) {
      return true;
    }
    for (Chunk c : chunksOf.get(g)) {
      detach(c);
    }
    chunksOf.get(g).clear();
    return false;
  }

  private boolean movable(Chunk c) {
    return chunksOf.get(c.g).size() == 1;
  }

  /** Empties the lightest days into the others' free time while that works. */
  void reduceDays() {
    boolean progress = true;
    while (progress) {
      progress = false;
      Integer[] byLoad = new Integer[days.size()];
      Arrays.setAll(byLoad, i -> i);
      Arrays.sort(byLoad, Comparator.comparingLong((Integer d) -> dayLoad[d]).thenComparing(d -> -d));
      for (int d : byLoad) {
        if (dayChunks[d] == 0 || !tryEmptyDay(d)) {
          continue;
        }
        progress = true;
        break;
      }
    }
  }

  private boolean tryEmptyDay(int d) {
    List<Chunk> on = new ArrayList<>();
    for (Lane lane : lanes) {
      if (lane.day == d) {
        on.addAll(lane.chunks);
      }
    }
    for (Chunk c : on) {
      if (!movable(c)) {
        return false;
      }
    }
    on.sort(Comparator.comparingInt((Chunk c) -> -(c.end - c.start)).thenComparingInt(c -> c.lane.index));
    List<Chunk> moved = new ArrayList<>();
    List<Lane> oldLanes = new ArrayList<>();
    List<Integer> oldStarts = new ArrayList<>();
    for (Chunk c : on) {
      detach(c);
    }
    boolean ok = true;
    for (Chunk c : on) {
      Lane target = null;
      int s = -1;
      for (Lane lane : lanes) {
        if (lane.day == d || dayChunks[lane.day] == 0) {
          continue;
        }
        s = findStart(c.g, c.from, c.to, lane, 0);
        if (s >= 0) {
          target = lane;
          break;
        }
      }
      if (target == null) {
        ok = false;
        break;
      }
      oldLanes.add(c.lane);
      oldStarts.add(c.start);
      moveTo(c, target, s);
      attach(c);
      moved.add(c);
    }
    if (ok) {
      return true;
    }
    for (Chunk c : moved) {
      detach(c);
    }
    for (int i = 0; i < moved.size(); i++) {
      moveTo(moved.get(i), oldLanes.get(i), oldStarts.get(i));
    }
    for (Chunk c : on) {
      attach(c);
    }
    return false;
  }

  private void moveTo(Chunk c, Lane lane, int start) {
    c.lane = lane;
    c.start = start;
    c.end = start + duration(c.g, c.from, c.to, lane);
  }

  long totalClashes() {
    return clashSum;
  }

  /** Σ over used days of (load − mean)², in minutes². */
  double squaredMinutes() {
    return usedDays == 0 ? 0 : Math.max(0, loadSumSq - loadSum * loadSum / usedDays);
  }

  int daysUsed() {
    return usedDays;
  }

  double cost(Weights w) {
    return (double) w.perDay() * usedDays + w.perSquaredMinute() * squaredMinutes() + (double) w.perClash() * clashSum;
  }

  /** Moves single chunks between used days while that lowers the weighted cost of balance and clashes. */
  void improve(Weights weights) {
    List<Chunk> all = new ArrayList<>();
    for (Lane lane : lanes) {
      for (Chunk c : lane.chunks) {
        if (movable(c)) {
          all.add(c);
        }
      }
    }
    int limit = all.size() + 50;
    double current = cost(weights);
    for (int iteration = 0; iteration < limit; iteration++) {
      int heavy = -1;
      for (int d = 0; d < days.size(); d++) {
        if (dayChunks[d] > 0 && (heavy < 0 || dayLoad[d] > dayLoad[heavy])) {
          heavy = d;
        }
      }
      if (heavy < 0) {
        return;
      }
      long heavyLoad = dayLoad[heavy];
      Chunk bestChunk = null;
      Lane bestLane = null;
      int bestStart = -1;
      double bestCost = current - 1e-9;
      for (Chunk c : all) {
        if (c.lane.day != heavy && c.clashes == 0) {
          continue;
        }
        Lane oldLane = c.lane;
        int oldStart = c.start;
        detach(c);
        for (Lane lane : lanes) {
          if (dayChunks[lane.day] == 0 || lane == oldLane
              || (c.clashes == 0 && dayLoad[lane.day] + (c.end - c.start) >= heavyLoad)) {
            continue;
          }
          int s = findStart(c.g, c.from, c.to, lane, 0);
          if (s < 0) {
            continue;
          }
          moveTo(c, lane, s);
          attach(c);
          double candidate = cost(weights);
          if (candidate < bestCost) {
            bestCost = candidate;
            bestChunk = c;
            bestLane = lane;
            bestStart = s;
          }
          detach(c);
        }
        moveTo(c, oldLane, oldStart);
        attach(c);
      }
      if (bestChunk == null) {
        return;
      }
      detach(bestChunk);
      moveTo(bestChunk, bestLane, bestStart);
      attach(bestChunk);
      current = cost(weights);
    }
  }

  // ---- re-planning ----

  /** Keeps every group whose classes and slots are still valid exactly where it was; re-inserts the rest. */
  void replan(CapturePlan previous, Weights weights) {
    Map<String, ClassSlot> before = new HashMap<>();
    for (ClassSlot s : previous.slots()) {
      before.put(s.classGroup(), s);
    }
    Map<String, CaptureGroup> previousGroups = new HashMap<>();
    for (CaptureGroup g : previous.problem().groups()) {
      previousGroups.put(g.id(), g);
    }
    List<Integer> affected = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      CaptureGroup group = groups.get(g);
      CaptureGroup old = previousGroups.get(group.id());
      if (old == null || !old.classes().equals(group.classes()) || !keep(g, before)) {
        affected.add(g);
      }
    }
    int moved = 0;
    for (int g : affected) {
      if (!stay(g, before)) {
        insert(g, weights, -1);
        moved += groups.get(g).classes().size();
      }
    }
    justifications.add(Finding.of("R9.capture.replan", Severity.INFO, null, null,
        Message.of(BUNDLE, "plan.replan", affected.size(), moved)));
  }

  /** Places the group's chunks as the previous slots had them, if every one still fits; else nothing. */
  private boolean keep(int g, Map<String, ClassSlot> before) {
    CaptureGroup group = groups.get(g);
    List<int[]> runs = new ArrayList<>();
    List<Lane> runLanes = new ArrayList<>();
    int n = group.classes().size();
    int k = 0;
    while (k < n) {
      ClassSlot first = before.get(group.classes().get(k).name());
      if (first == null) {
        return false;
      }
      Lane lane = laneOf(first);
      if (lane == null) {
        return false;
      }
      int to = k + 1;
      while (to < n) {
        ClassSlot next = before.get(group.classes().get(to).name());
        if (next == null || laneOf(next) != lane) {
          break;
        }
        to++;
      }
      runs.add(new int[] {k, to, first.startInclusive().toSecondOfDay()});
      runLanes.add(lane);
      k = to;
    }
    for (int i = 0; i < runs.size(); i++) {
      int[] r = runs.get(i);
      if (findStart(g, r[0], r[1], runLanes.get(i), r[2]) != r[2]) {
        for (Chunk c : new ArrayList<>(chunksOf.get(g))) {
          detach(c);
        }
        chunksOf.get(g).clear();
        return false;
      }
      place(g, r[0], r[1], runLanes.get(i), r[2]);
    }
    return true;
  }

  /** A changed group stays where it started if it still fits there; otherwise it must move. */
  private boolean stay(int g, Map<String, ClassSlot> before) {
    CaptureGroup group = groups.get(g);
    ClassSlot first = null;
    for (CaptureClass c : group.classes()) {
      first = before.get(c.name());
      if (first != null) {
        break;
      }
    }
    if (first == null) {
      return false;
    }
    Lane lane = laneOf(first);
    if (lane == null) {
      return false;
    }
    int start = first.startInclusive().toSecondOfDay();
    int n = group.classes().size();
    if (findStart(g, 0, n, lane, start) != start) {
      return false;
    }
    place(g, 0, n, lane, start);
    return true;
  }

  private @Nullable Lane laneOf(ClassSlot slot) {
    for (Lane lane : lanes) {
      if (lane.station.name().equals(slot.station()) && lane.window.date().equals(slot.date())
          && lane.ws <= slot.startInclusive().toSecondOfDay() && slot.endExclusive().toSecondOfDay() <= lane.we) {
        return lane;
      }
    }
    return null;
  }

  // ---- explanations ----

  void unplace(int g, int from) {
    unplace(g, from, -1);
  }

  /** Records the rest of a group from class {@code from} as unplaced; {@code minLane} ≥ 0 in requested order. */
  void unplace(int g, int from, int minLane) {
    CaptureGroup group = groups.get(g);
    int n = group.classes().size();
    int to = group.splittable() ? from + 1 : n;
    Message reason = reason(g, from, to, minLane);
    for (int k = from; k < n; k++) {
      CaptureClass c = group.classes().get(k);
      unplaced.add(new Unplaced(group.id(), c.name(), c.headcount(), reason));
    }
    justifications.add(Finding.of("R9.capture.unplaceable", Severity.BLOCKING, group.name(), null, reason));
  }

  private Message reason(int g, int from, int to, int minLane) {
    CaptureGroup group = groups.get(g);
    Lane roomiest = null;
    int roomiestFree = -1;
    int longest = -1;
    Lane longestLane = null;
    for (Lane lane : lanes) {
      int[] range = allowed(g, lane);
      if (range == null) {
        continue;
      }
      if (range[1] - range[0] > longest) {
        longest = range[1] - range[0];
        longestLane = lane;
      }
      int free = largestGap(lane, range);
      if (free > roomiestFree) {
        roomiestFree = free;
        roomiest = lane;
      }
    }
    if (roomiest == null) {
      return Message.of(BUNDLE, "plan.unplaceable.no-window", group.name(), String.valueOf(group.pin()));
    }
    int need = duration(g, from, to, longestLane);
    String what = to - from == 1 && group.splittable() ? group.classes().get(from).name() : group.name();
    if (need > longest) {
      return Message.of(BUNDLE, "plan.unplaceable.too-long", what, minutesUp(need), longest / 60,
          longestLane.window.toString(), longestLane.station.throughput().toString());
    }
    if (minLane >= 0) {
      // In the requested order only the time after what is already placed, from the current window on, counts.
      Lane tail = null;
      int tailFree = -1;
      for (int i = minLane; i < lanes.length; i++) {
        int[] range = allowed(g, lanes[i]);
        if (range == null) {
          continue;
        }
        int free = range[1] - Math.max(range[0], lanes[i].cursor());
        if (free > tailFree) {
          tailFree = free;
          tail = lanes[i];
        }
      }
      if (tail == null) {
        return Message.of(BUNDLE, "plan.unplaceable.no-window-in-order", what);
      }
      return Message.of(BUNDLE, "plan.unplaceable.no-room-in-order", what, minutesUp(need), Math.max(0, tailFree) / 60,
          tail.window.toString(), tail.station.name());
    }
    return Message.of(BUNDLE, "plan.unplaceable.no-room", what, minutesUp(need), roomiestFree / 60,
        roomiest.window.toString(), roomiest.station.name());
  }

  private int largestGap(Lane lane, int[] range) {
    int best = 0;
    int prevEnd = range[0];
    for (Chunk c : lane.chunks) {
      best = Math.max(best, Math.min(c.start, range[1]) - prevEnd);
      prevEnd = Math.max(prevEnd, c.end);
    }
    return Math.max(best, range[1] - prevEnd);
  }

  static long minutesUp(long seconds) {
    return (seconds + 59) / 60;
  }

  // ---- output ----

  CapturePlan result() {
    List<ClassSlot> slots = new ArrayList<>();
    List<ScheduleRow> rows = new ArrayList<>();
    List<Clash> clashes = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(justifications);
    long busy = 0;
    for (Lane lane : lanes) {
      for (Chunk c : lane.chunks) {
        CaptureGroup group = groups.get(c.g);
        busy += c.end - c.start;
        for (int k = c.from; k < c.to; k++) {
          CaptureClass cls = group.classes().get(k);
          int s = classStart(c.g, c.from, k, lane, c.start);
          int e = classStart(c.g, c.from, k + 1, lane, c.start);
          List<StudentNumber> queue = cls.queue();
          ClassSlot slot = new ClassSlot(group.id(), group.college(), cls.name(), lane.station.name(),
              lane.station.room(), lane.window, time(s), time(e), time(Math.max(0, s - lead)), queue);
          slots.add(slot);
          if (groupHasLessons[c.g]) {
            for (Lesson l : lessons.get(lessonOffset[c.g] + k)) {
              if (l.overlaps(lane.window.date(), slot.arrival(), slot.endExclusive())) {
                clashes.add(new Clash(cls.name(), slot, l));
                findings.add(Finding.of("R10.capture.clash", Severity.WARNING, cls.name(), null,
                    Message.of(BUNDLE, "plan.clash", cls.name(), l.course(), l.teacher(), l.date().toString(),
                        l.startInclusive().toString(), l.endExclusive().toString(), slot.arrival().toString(),
                        slot.endExclusive().toString())));
              }
            }
          }
        }
        List<Chunk> parts = chunksOf.get(c.g);
        String note = group.note();
        if (parts.size() > 1) {
          note = (note.isEmpty() ? "" : note + " ") + (parts.indexOf(c) + 1) + "/" + parts.size();
        }
        rows.add(new ScheduleRow(lane.window.date(), time(c.start), time(c.end), lane.station.name(), group.id(),
            group.name(), (int) (cum[c.g][c.to] - cum[c.g][c.from]), group.responsible(), note));
      }
    }
    rows.sort(Comparator.comparing(ScheduleRow::date).thenComparing(ScheduleRow::startInclusive)
        .thenComparing(ScheduleRow::station));
    for (int g = 0; g < groups.size(); g++) {
      if (chunksOf.get(g).size() > 1) {
        findings.add(Finding.of("R9.capture.split", Severity.INFO, groups.get(g).name(), null,
            Message.of(BUNDLE, "plan.split", groups.get(g).name(), chunksOf.get(g).size())));
      }
    }
    long placed = 0;
    for (ClassSlot slot : slots) {
      placed += slot.headcount();
    }
    // The stations' combined rate as an exact fraction num/den students a minute.
    long den = 1;
    for (Station s : problem.stations()) {
      den = den / com.google.common.math.LongMath.gcd(den, s.throughput().minutes()) * s.throughput().minutes();
    }
    long num = 0;
    for (Station s : problem.stations()) {
      num += s.throughput().students() * s.cameras() * (den / s.throughput().minutes());
    }
    // In station-seconds, like busy time: every station working at the stations' average rate.
    long lowerBound = com.google.common.math.LongMath.divide(placed * 60 * den * problem.stations().size(), num,
        java.math.RoundingMode.CEILING);
    Weights w = problem.weights();
    double sq = squaredMinutes();
    long spread = spreadMinutes();
    Score score = new Score(daysUsed(), Math.round(sq), spread, clashes.size(),
        Math.round(w.perDay() * (double) daysUsed() + w.perSquaredMinute() * sq + w.perClash() * (double) clashes.size()));
    long[] capacity = new long[days.size()];
    for (Lane lane : lanes) {
      capacity[lane.day] += lane.we - lane.ws;
    }
    for (int d = 0; d < days.size(); d++) {
      if (dayChunks[d] > 0) {
        findings.add(Finding.of("R9.capture.day-load", Severity.INFO, days.get(d).toString(), null,
            Message.of(BUNDLE, "plan.day-load", days.get(d).toString(), minutesUp(dayLoad[d]), capacity[d] / 60,
                (capacity[d] - dayLoad[d]) / 60)));
      }
    }
    findings.add(Finding.of("R9.capture.days", Severity.INFO, null, null,
        Message.of(BUNDLE, "plan.days", score.daysUsed(), spread, clashes.size())));
    findings.add(Finding.of("R9.capture.lower-bound", Severity.INFO, null, null,
        Message.of(BUNDLE, "plan.lower-bound", minutesUp(busy), minutesUp(lowerBound), placed,
            minutesUp(Math.max(0, busy - lowerBound)))));
    return new CapturePlan(problem, slots, rows, unplaced, clashes, findings, score, busy, lowerBound);
  }

  private long spreadMinutes() {
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int d = 0; d < days.size(); d++) {
      if (dayChunks[d] > 0) {
        max = Math.max(max, dayLoad[d]);
        min = Math.min(min, dayLoad[d]);
      }
    }
    return max == Long.MIN_VALUE ? 0 : (max - min) / 60;
  }

  private static LocalTime time(int secondOfDay) {
    return LocalTime.ofSecondOfDay(secondOfDay);
  }

  /** Days in use, for callers that report per day. */
  TreeMap<LocalDate, Long> loads() {
    TreeMap<LocalDate, Long> m = new TreeMap<>();
    for (int d = 0; d < days.size(); d++) {
      m.put(days.get(d), dayLoad[d]);
    }
    return m;
  }
}
