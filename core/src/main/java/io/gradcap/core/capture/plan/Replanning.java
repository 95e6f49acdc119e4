package io.gradcap.core.capture.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Minimal-change re-planning after a schedule is published: people have been told their times, so a
 * change should move as few classes as it can. Every group whose classes are unchanged and whose
 * slots are still free keeps its exact slots; a changed group stays where it started if it still
 * fits there as a whole; only the rest are inserted again, each at its cheapest place.
 */
final class Replanning {

  /**
   * Classes [from, to) of a group, kept in one lane from {@code start} as the published plan had
   * them.
   */
  private record Run(int from, int to, Lane lane, long start) {}

  private final Placement placement;
  private final PlanModel model;
  private final Construction construction;
  private final Explanations explanations;

  Replanning(Placement placement, Construction construction, Explanations explanations) {
    this.placement = placement;
    this.model = placement.model;
    this.construction = construction;
    this.explanations = explanations;
  }

  /**
   * Keeps every group whose classes and slots are still valid exactly where it was; re-inserts the
   * rest.
   */
  void replan(CapturePlan previous) {
    Map<String, ClassSlot> before = new HashMap<>();
    for (ClassSlot s : previous.slots()) {
      before.put(s.classGroup(), s);
    }
    Map<String, CaptureGroup> previousGroups = new HashMap<>();
    for (CaptureGroup g : previous.problem().groups()) {
      previousGroups.put(g.id(), g);
    }
    List<Integer> affected = new ArrayList<>();
    for (int g = 0; g < model.groups.size(); g++) {
      CaptureGroup group = model.group(g);
      CaptureGroup old = previousGroups.get(group.id());
      if (old == null || !old.classes().equals(group.classes()) || !keep(g, before)) {
        affected.add(g);
      }
    }
    int moved = 0;
    for (int g : affected) {
      if (!stay(g, before)) {
        construction.insert(g, -1);
        moved += model.classCount(g);
      }
    }
    explanations.replanned(affected.size(), moved);
  }

  /**
   * Places the group's chunks as the previous slots had them, if every one still fits; else
   * nothing.
   */
  private boolean keep(int g, Map<String, ClassSlot> before) {
    List<Run> runs = publishedRuns(g, before);
    if (runs == null) {
      return false;
    }
    for (Run r : runs) {
      if (placement.findStart(g, r.from(), r.to(), r.lane(), r.start()) != r.start()) {
        placement.removeGroup(g);
        return false;
      }
      placement.place(g, r.from(), r.to(), r.lane(), r.start());
    }
    return true;
  }

  /**
   * The group's classes as runs of consecutive classes in one lane, or null when a class had no
   * slot or lane.
   */
  private @Nullable List<Run> publishedRuns(int g, Map<String, ClassSlot> before) {
    List<CaptureClass> classes = model.group(g).classes();
    List<Run> runs = new ArrayList<>();
    int n = classes.size();
    int k = 0;
    while (k < n) {
      ClassSlot first = before.get(classes.get(k).name());
      if (first == null) {
        return null;
      }
      Lane lane = laneOf(first);
      if (lane == null) {
        return null;
      }
      int to = k + 1;
      while (to < n) {
        ClassSlot next = before.get(classes.get(to).name());
        if (next == null || laneOf(next) != lane) {
          break;
        }
        to++;
      }
      runs.add(new Run(k, to, lane, first.startInclusive().toSecondOfDay()));
      k = to;
    }
    return runs;
  }

  /** A changed group stays where it started if it still fits there; otherwise it must move. */
  private boolean stay(int g, Map<String, ClassSlot> before) {
    ClassSlot first = null;
    for (CaptureClass c : model.group(g).classes()) {
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
    long start = first.startInclusive().toSecondOfDay();
    int n = model.classCount(g);
    if (placement.findStart(g, 0, n, lane, start) != start) {
      return false;
    }
    placement.place(g, 0, n, lane, start);
    return true;
  }

  /**
   * The lane of the station and window the slot lies in, or null when the problem no longer has it.
   */
  private @Nullable Lane laneOf(ClassSlot slot) {
    for (Lane lane : model.lanes) {
      if (lane.station.name().equals(slot.station())
          && lane.window.date().equals(slot.date())
          && lane.opens <= slot.startInclusive().toSecondOfDay()
          && slot.endExclusive().toSecondOfDay() <= lane.closes) {
        return lane;
      }
    }
    return null;
  }
}
