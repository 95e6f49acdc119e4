package io.gradcap.core.capture.plan;

import static io.gradcap.core.capture.plan.PlanMessages.BUNDLE;
import static io.gradcap.core.capture.plan.PlanMessages.minutesUp;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Why what did not fit did not fit, said when it happens: the classes left out, each with the same
 * reason, and the justifications the plan carries before its summary. A reason names the tightest
 * constraint: no window on the pinned day, a chunk longer than any window, or the most free time
 * left (in the requested order, only what remains after the groups before it).
 */
final class Explanations {

  private final Placement placement;
  private final PlanModel model;
  final List<Unplaced> unplaced = new ArrayList<>();
  final List<Finding> justifications = new ArrayList<>();

  Explanations(Placement placement) {
    this.placement = placement;
    this.model = placement.model;
  }

  /** Records the rest of group g from class {@code from} as unplaced, in free order. */
  void unplace(int g, int from) {
    unplace(g, from, -1);
  }

  /**
   * Records the rest of group g from class {@code from} as unplaced; {@code minLane} ≥ 0 in
   * requested order.
   */
  void unplace(int g, int from, int minLane) {
    CaptureGroup group = model.group(g);
    int n = group.classes().size();
    int to = group.splittable() ? from + 1 : n;
    Message reason = reason(g, from, to, minLane);
    for (int k = from; k < n; k++) {
      CaptureClass c = group.classes().get(k);
      unplaced.add(new Unplaced(group.id(), c.name(), c.headcount(), reason));
    }
    justifications.add(
        Finding.of("R9.capture.unplaceable", Severity.BLOCKING, group.name(), null, reason));
  }

  /** What a re-plan changed. */
  void replanned(int affectedGroups, int movedClasses) {
    justifications.add(
        Finding.of(
            "R9.capture.replan",
            Severity.INFO,
            null,
            null,
            Message.of(BUNDLE, "plan.replan", affectedGroups, movedClasses)));
  }

  private Message reason(int g, int from, int to, int minLane) {
    CaptureGroup group = model.group(g);
    Lane roomiest = null;
    long roomiestFree = -1;
    long longest = -1;
    Lane longestLane = null;
    for (Lane lane : model.lanes) {
      Span range = placement.allowed(g, lane);
      if (range == null) {
        continue;
      }
      if (range.length() > longest) {
        longest = range.length();
        longestLane = lane;
      }
      // Without a pin the group may use the whole lane, whose longest gap the placement keeps.
      long free = group.pin() == null ? placement.freeStretch(lane) : largestGap(lane, range);
      if (free > roomiestFree) {
        roomiestFree = free;
        roomiest = lane;
      }
    }
    if (roomiest == null || longestLane == null) {
      return Message.of(
          BUNDLE, "plan.unplaceable.no-window", group.name(), String.valueOf(group.pin()));
    }
    long need = model.duration(g, from, to, longestLane);
    String what =
        to - from == 1 && group.splittable() ? group.classes().get(from).name() : group.name();
    if (need > longest) {
      return Message.of(
          BUNDLE,
          "plan.unplaceable.too-long",
          what,
          minutesUp(need),
          longest / 60,
          longestLane.window.toString(),
          longestLane.station.throughput().toString());
    }
    if (minLane >= 0) {
      return inOrder(g, minLane, what, need);
    }
    return Message.of(
        BUNDLE,
        "plan.unplaceable.no-room",
        what,
        minutesUp(need),
        roomiestFree / 60,
        roomiest.window.toString(),
        roomiest.station.name());
  }

  /**
   * In the requested order only the time after what is already placed, from the current window on,
   * counts.
   */
  private Message inOrder(int g, int minLane, String what, long need) {
    Lane tail = null;
    long tailFree = -1;
    for (int i = minLane; i < model.lanes.length; i++) {
      Span range = placement.allowed(g, model.lanes[i]);
      if (range == null) {
        continue;
      }
      long free = range.end() - Math.max(range.start(), model.lanes[i].cursor());
      if (free > tailFree) {
        tailFree = free;
        tail = model.lanes[i];
      }
    }
    if (tail == null) {
      return Message.of(BUNDLE, "plan.unplaceable.no-window-in-order", what);
    }
    return Message.of(
        BUNDLE,
        "plan.unplaceable.no-room-in-order",
        what,
        minutesUp(need),
        Math.max(0, tailFree) / 60,
        tail.window.toString(),
        tail.station.name());
  }

  private static long largestGap(Lane lane, Span range) {
    long best = 0;
    long prevEnd = range.start();
    for (Chunk c : lane.chunks) {
      best = Math.max(best, Math.min(c.start, range.end()) - prevEnd);
      prevEnd = Math.max(prevEnd, c.end);
    }
    return Math.max(best, range.end() - prevEnd);
  }
}
