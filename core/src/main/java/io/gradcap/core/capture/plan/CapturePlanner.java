package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.spi.host.TeachingTimetable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Plans capture slots (R9, R10, R14). Fixed order is first-fit: each group, in the requested order,
 * goes to the earliest window with room, and a splittable group fills each window class by class,
 * so no window is left with more idle time than the class that did not fit. Free order is a
 * deterministic optimiser: largest groups first into the cheapest window (a new day costs most,
 * then clashes), then days emptied into the others' free time, then single groups moved while that
 * lowers the weighted cost of unbalanced days and clashes. The same problem always gives the same
 * plan.
 *
 * <p>How it works, and why. The planner fills lanes (one station during one session with its breaks
 * cut out) with chunks (consecutive classes of one group, back to back at the station's exact rate,
 * each class boundary rounded up to the second). Every placement obeys the same rules: inside the
 * lane and the group's pin, no overlap in the lane, and no responsible person in two places at
 * once. Exact optimisation of days, balance and clashes is a bin-packing problem, too slow for a
 * province; so a plan is <em>constructed</em> greedily, biggest pieces first while there is room
 * for them, and then <em>improved by local search</em>: whole days are emptied when their groups
 * fit elsewhere (a day saved is worth most), then single groups are moved off the busiest day or
 * off a lesson while the weighted cost ({@link Weights}) goes down, trying each move for real on
 * running totals so that a move costs no recount. Every loop runs in list order and ties go to the
 * earlier lane, which makes the result deterministic. After a schedule is published, people have
 * been told their times, so {@link #replan} does not plan afresh: it keeps everything still valid
 * exactly where it was and re-inserts only what must move, at its cheapest place
 * (<em>minimal-change re-planning</em>). What does not fit is explained by its tightest constraint
 * rather than dropped. Times are {@code long} seconds with overflow checked, and the problem's
 * values lie in the ranges of {@link PlanLimits}.
 */
public final class CapturePlanner {

  private final TeachingTimetable timetable;

  private CapturePlanner(TeachingTimetable timetable) {
    this.timetable = Objects.requireNonNull(timetable, "timetable");
  }

  /** A planner that avoids the lessons of the host's timetable where it can. */
  public static CapturePlanner of(TeachingTimetable timetable) {
    return new CapturePlanner(timetable);
  }

  /** A planner that knows no lessons. */
  public static CapturePlanner withoutTimetable() {
    return new CapturePlanner(TeachingTimetable.none());
  }

  /** Plans the problem. Never throws on an infeasible problem: what does not fit is reported. */
  public CapturePlan plan(CaptureProblem problem) {
    Placement placement = new Placement(new PlanModel(problem, timetable));
    Explanations explanations = new Explanations(placement);
    if (problem.order() == Order.FIXED) {
      new FirstFit(placement, explanations).plan();
    } else {
      new Construction(placement, explanations, problem.weights()).insertAll();
      LocalSearch search = new LocalSearch(placement);
      search.reduceDays();
      search.improve(problem.weights());
    }
    return new PlanAssembly(placement, explanations).result();
  }

  /**
   * Re-plans after publishing with minimal change: every group whose classes are unchanged and
   * whose slots still exist keeps its exact slots; a changed group stays at its start if it still
   * fits there; only the rest move, each to its cheapest free place.
   */
  public CapturePlan replan(CapturePlan published, CaptureProblem changed) {
    Placement placement = new Placement(new PlanModel(changed, timetable));
    Explanations explanations = new Explanations(placement);
    Construction construction = new Construction(placement, explanations, changed.weights());
    new Replanning(placement, construction, explanations).replan(published);
    return new PlanAssembly(placement, explanations).result();
  }

  /**
   * The smallest per-camera throughput, in steps of {@code step} students a minute, with which
   * every class of the problem gets a slot, and the plan at the next smaller step with its reasons.
   * Empty when no throughput up to 1,000 students a minute fits (a pin on a day without sessions).
   * Only rates inside {@link PlanLimits} are tried.
   */
  public Optional<Sizing> smallestThroughput(CaptureProblem problem, BigDecimal step) {
    Preconditions.checkArgument(step.signum() > 0, "step is positive");
    long minutes = Math.max(1, problem.sessionMinutes());
    long cameras = problem.stations().stream().mapToLong(Station::cameras).sum();
    BigDecimal lowerRate =
        BigDecimal.valueOf(problem.headcount())
            .divide(BigDecimal.valueOf(minutes * cameras), 10, RoundingMode.DOWN);
    // Only rates inside PlanLimits are tried: k steps with least <= k <= max.
    long least = Math.max(1, PlanLimits.MIN_RATE.divide(step, 0, RoundingMode.UP).longValueExact());
    long lo = Math.max(least - 1, lowerRate.divide(step, 0, RoundingMode.DOWN).longValueExact());
    long hi = lo + 1;
    long max = PlanLimits.MAX_RATE.divide(step, 0, RoundingMode.DOWN).longValueExact();
    CapturePlan fitting = null;
    while (hi <= max) {
      fitting = plan(at(problem, step, hi));
      if (fitting.isComplete()) {
        break;
      }
      lo = hi;
      hi *= 2;
    }
    if (fitting == null || !fitting.isComplete()) {
      return Optional.empty();
    }
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      CapturePlan p = plan(at(problem, step, mid));
      if (p.isComplete()) {
        hi = mid;
        fitting = p;
      } else {
        lo = mid;
      }
    }
    // The search assumes more speed never hurts; step down while a smaller rate still fits so the
    // claim holds.
    CapturePlan failing = hi > least ? plan(at(problem, step, hi - 1)) : null;
    while (failing != null && failing.isComplete()) {
      hi--;
      fitting = failing;
      failing = hi > least ? plan(at(problem, step, hi - 1)) : null;
    }
    Throughput found = rate(step, hi);
    Throughput smaller = hi > least ? rate(step, hi - 1) : null;
    return Optional.of(
        new Sizing(
            found.toString(),
            fitting,
            failing,
            verdict(
                "sizing.throughput",
                found.perMinute().toPlainString(),
                smaller == null ? "" : smaller.perMinute().toPlainString(),
                failing)));
  }

  /**
   * The fewest cameras per station, up to {@code maxCameras} and {@link PlanLimits#MAX_CAMERAS},
   * with which every class gets a slot.
   */
  public Optional<Sizing> fewestCameras(CaptureProblem problem, int maxCameras) {
    CapturePlan failing = null;
    for (int n = 1; n <= Math.min(maxCameras, PlanLimits.MAX_CAMERAS); n++) {
      int cameras = n;
      CapturePlan p = plan(problem.withStations(s -> s.withCameras(cameras)));
      if (p.isComplete()) {
        return Optional.of(
            new Sizing(
                String.valueOf(n),
                p,
                failing,
                verdict("sizing.cameras", String.valueOf(n), String.valueOf(n - 1), failing)));
      }
      failing = p;
    }
    return Optional.empty();
  }

  private static List<Finding> verdict(
      String key, String found, String smaller, @Nullable CapturePlan failing) {
    List<Finding> result = new ArrayList<>();
    if (failing == null) {
      result.add(
          Finding.of(
              "R9.capture.sizing",
              Severity.INFO,
              null,
              null,
              Message.of(PlanMessages.BUNDLE, key + ".minimum", found)));
      return result;
    }
    List<Finding> why = failing.justifications().stream().filter(Finding::isBlocking).toList();
    result.add(
        Finding.of(
            "R9.capture.sizing",
            Severity.INFO,
            null,
            null,
            Message.of(PlanMessages.BUNDLE, key, found, smaller, why.size())));
    result.addAll(why);
    return result;
  }

  private static CaptureProblem at(CaptureProblem problem, BigDecimal step, long k) {
    Throughput t = rate(step, k);
    return problem.withStations(s -> s.withThroughput(t));
  }

  private static Throughput rate(BigDecimal step, long k) {
    return Throughput.perMinute(step.multiply(BigDecimal.valueOf(k)));
  }
}
