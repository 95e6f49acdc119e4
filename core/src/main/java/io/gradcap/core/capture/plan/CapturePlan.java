package io.gradcap.core.capture.plan;

import io.gradcap.core.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A capture plan: per-class slots, the schedule in Attachment 1's shape, what could not be placed,
 * the remaining teaching clashes, and the plan's justifications (every infeasibility and soft cost
 * as a finding).
 *
 * @param problem what was planned
 * @param slots one slot per placed class, by station, date and time
 * @param schedule the published schedule's rows
 * @param unplaced the classes left out, each with its reason
 * @param clashes remaining clashes with teaching (R10)
 * @param justifications why the plan is as it is, as findings
 * @param score the soft costs
 * @param busySeconds the stations' total busy time, in station-seconds
 * @param lowerBoundSeconds the placed headcount at the stations' average rate, in station-seconds:
 *     no plan of those students is busy for less
 */
public record CapturePlan(
    CaptureProblem problem,
    List<ClassSlot> slots,
    List<ScheduleRow> schedule,
    List<Unplaced> unplaced,
    List<Clash> clashes,
    List<Finding> justifications,
    Score score,
    long busySeconds,
    long lowerBoundSeconds) {

  public CapturePlan {
    slots = List.copyOf(slots);
    schedule = List.copyOf(schedule);
    unplaced = List.copyOf(unplaced);
    clashes = List.copyOf(clashes);
    justifications = List.copyOf(justifications);
  }

  /** Whether every class has a slot. */
  public boolean isComplete() {
    return unplaced.isEmpty();
  }

  public Optional<ClassSlot> slotOf(String classGroup) {
    return slots.stream().filter(s -> s.classGroup().equals(classGroup)).findFirst();
  }

  @Override
  public String toString() {
    return "CapturePlan["
        + score
        + ", "
        + slots.size()
        + " slots, "
        + unplaced.size()
        + " unplaced, schedule="
        + schedule
        + ", unplaced="
        + unplaced
        + "]";
  }
}
