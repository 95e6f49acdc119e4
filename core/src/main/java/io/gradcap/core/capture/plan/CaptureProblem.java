package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What to plan: groups, sessions (windows on capture days), optional breaks inside them, stations,
 * the arrival lead (R14: 5 minutes) and how to order. Values outside the ranges of {@link
 * PlanLimits} (a rate of 0.0000005 students a minute, a class of 100,000) are refused with a {@link
 * io.gradcap.core.GradcapException} that names the value, the range and what to do.
 *
 * @param groups the capture groups, in the requested order for {@link Order#FIXED}
 * @param sessions the capture sessions, such as 08:10–11:50 and 14:30–18:00 on each capture day
 * @param breaks times inside sessions when nobody is photographed
 * @param stations the stations working in parallel during every session
 * @param arrivalLead how long before its start a class queues
 * @param order fixed or free
 * @param weights the optimiser's weights for free order
 */
public record CaptureProblem(
    List<CaptureGroup> groups,
    List<CaptureWindow> sessions,
    List<CaptureWindow> breaks,
    List<Station> stations,
    Duration arrivalLead,
    Order order,
    Weights weights) {

  public CaptureProblem {
    groups = List.copyOf(groups);
    sessions = List.copyOf(sessions);
    breaks = List.copyOf(breaks);
    stations = List.copyOf(stations);
    Preconditions.checkArgument(!stations.isEmpty(), "at least one station");
    Preconditions.checkArgument(!arrivalLead.isNegative(), "arrival lead is not negative");
    PlanLimits.check(groups, sessions, stations, arrivalLead);
    Preconditions.checkArgument(
        new HashSet<>(groups.stream().map(CaptureGroup::id).toList()).size() == groups.size(),
        "group ids are unique");
    Preconditions.checkArgument(
        new HashSet<>(stations.stream().map(Station::name).toList()).size() == stations.size(),
        "station names are unique");
    List<CaptureWindow> sorted = sessions.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      Preconditions.checkArgument(
          !sorted.get(i - 1).overlaps(sorted.get(i)),
          "sessions %s and %s overlap",
          sorted.get(i - 1),
          sorted.get(i));
    }
    HashSet<String> classes = new HashSet<>();
    for (CaptureGroup g : groups) {
      for (CaptureClass c : g.classes()) {
        Preconditions.checkArgument(classes.add(c.name()), "class %s is in two groups", c.name());
      }
    }
  }

  /** A problem with no breaks, a 5-minute lead and default weights. */
  public static CaptureProblem of(
      List<CaptureGroup> groups,
      List<CaptureWindow> sessions,
      List<Station> stations,
      Order order) {
    return new CaptureProblem(
        groups, sessions, List.of(), stations, Duration.ofMinutes(5), order, Weights.DEFAULT);
  }

  public CaptureProblem withGroups(List<CaptureGroup> other) {
    return new CaptureProblem(other, sessions, breaks, stations, arrivalLead, order, weights);
  }

  public CaptureProblem withSessions(List<CaptureWindow> other) {
    return new CaptureProblem(groups, other, breaks, stations, arrivalLead, order, weights);
  }

  public CaptureProblem withStations(UnaryOperator<Station> change) {
    return new CaptureProblem(
        groups,
        sessions,
        breaks,
        stations.stream().map(change).toList(),
        arrivalLead,
        order,
        weights);
  }

  public CaptureProblem withOrder(Order other) {
    return new CaptureProblem(groups, sessions, breaks, stations, arrivalLead, other, weights);
  }

  public CaptureProblem withWeights(Weights other) {
    return new CaptureProblem(groups, sessions, breaks, stations, arrivalLead, order, other);
  }

  public int headcount() {
    return groups.stream().mapToInt(CaptureGroup::headcount).reduce(0, Math::addExact);
  }

  /** Minutes of all sessions, breaks removed. */
  public long sessionMinutes() {
    return Windows.effective(sessions, breaks).stream().mapToLong(CaptureWindow::minutes).sum();
  }

  @Override
  public String toString() {
    return order
        + " groups="
        + groups
        + " sessions="
        + sessions
        + " breaks="
        + breaks
        + " stations="
        + stations;
  }
}
