package io.gradcap.core.capture.plan;

import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a problem means to the planner, fixed for one run: the lanes (every station during every
 * effective window, in window order, stations in problem order), the capture days, each group's
 * running headcount and each class's lessons in the capture days. Groups and classes are referred
 * to by their index in the problem.
 */
final class PlanModel {

  final CaptureProblem problem;
  final List<CaptureGroup> groups;
  final Lane[] lanes;

  /**
   * Whether every station takes as long for the same students, so every lane of a day costs a chunk
   * alike.
   */
  final boolean uniformStations;

  final List<LocalDate> days;

  /** Seconds a class queues before its slot. */
  final long lead;

  /**
   * Per group: headcounts before each class, so classes [from, to) hold {@code c[to] - c[from]}
   * students.
   */
  private final long[][] studentsBefore;

  /** Per group, per class: its lessons on the capture days. */
  private final List<List<List<Lesson>>> lessons;

  private final boolean[] hasLessons;

  /** Per capture day: the index of its last lane (a day's lanes are consecutive). */
  private final int[] lastLaneOfDay;

  /** Per group: its responsible persons as indexes into one numbering of all persons. */
  private final int[][] persons;

  private final int personCount;

  PlanModel(CaptureProblem problem, TeachingTimetable timetable) {
    this.problem = problem;
    this.groups = problem.groups();
    this.lead = problem.arrivalLead().toSeconds();
    List<CaptureWindow> windows = Windows.effective(problem.sessions(), problem.breaks());
    this.days = windows.stream().map(CaptureWindow::date).distinct().sorted().toList();
    List<Lane> list = new ArrayList<>();
    for (CaptureWindow w : windows) {
      for (Station station : problem.stations()) {
        list.add(new Lane(list.size(), station, w, days.indexOf(w.date())));
      }
    }
    this.lanes = list.toArray(new Lane[0]);
    this.uniformStations =
        problem.stations().stream()
                .map(st -> List.of(st.cameras(), st.throughput()))
                .distinct()
                .count()
            <= 1;
    this.studentsBefore = new long[groups.size()][];
    this.lessons = new ArrayList<>(groups.size());
    this.hasLessons = new boolean[groups.size()];
    LocalDate from = days.isEmpty() ? LocalDate.EPOCH : days.get(0);
    LocalDate to = days.isEmpty() ? LocalDate.EPOCH : days.get(days.size() - 1).plusDays(1);
    for (int g = 0; g < groups.size(); g++) {
      List<CaptureClass> classes = groups.get(g).classes();
      long[] before = new long[classes.size() + 1];
      List<List<Lesson>> perClass = new ArrayList<>(classes.size());
      for (int k = 0; k < classes.size(); k++) {
        before[k + 1] = Math.addExact(before[k], classes.get(k).headcount());
        List<Lesson> l =
            days.isEmpty() ? List.of() : timetable.lessons(classes.get(k).name(), from, to);
        perClass.add(l);
        hasLessons[g] |= !l.isEmpty();
      }
      studentsBefore[g] = before;
      lessons.add(perClass);
    }
    this.lastLaneOfDay = new int[days.size()];
    for (Lane lane : lanes) {
      lastLaneOfDay[lane.day] = lane.index;
    }
    Map<String, Integer> numbering = new HashMap<>();
    this.persons = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      persons[g] =
          groups.get(g).responsible().stream()
              .mapToInt(p -> numbering.computeIfAbsent(p, k -> numbering.size()))
              .toArray();
    }
    this.personCount = numbering.size();
  }

  CaptureGroup group(int g) {
    return groups.get(g);
  }

  int classCount(int g) {
    return groups.get(g).classes().size();
  }

  /** Students in classes [from, to) of group g. */
  long students(int g, int from, int to) {
    return studentsBefore[g][to] - studentsBefore[g][from];
  }

  /**
   * Seconds classes [from, to) of group g take in the lane. Classes follow each other at the
   * station's exact rate; each boundary is rounded up to the second, so every prefix of a chunk
   * takes at least its exact time and rounding never adds up.
   */
  long duration(int g, int from, int to, Lane lane) {
    return lane.station.seconds(students(g, from, to));
  }

  /** When class k starts in a chunk of classes from {@code from} that starts at {@code start}. */
  long classStart(int g, int from, int k, Lane lane, long start) {
    return Math.addExact(start, duration(g, from, k, lane));
  }

  /**
   * The fewest seconds classes [from, to) of group g take at any station: a day whose free time is
   * shorter has no lane for them.
   */
  long shortestDuration(int g, int from, int to) {
    long shortest = Long.MAX_VALUE;
    for (Station station : problem.stations()) {
      shortest = Math.min(shortest, station.seconds(students(g, from, to)));
    }
    return shortest;
  }

  /** Whether lane i is the first of its day. */
  boolean opensDay(int i) {
    return i == 0 || lanes[i - 1].day != lanes[i].day;
  }

  int lastLaneOfDay(int day) {
    return lastLaneOfDay[day];
  }

  int[] persons(int g) {
    return persons[g];
  }

  int personCount() {
    return personCount;
  }

  boolean hasLessons(int g) {
    return hasLessons[g];
  }

  List<Lesson> lessons(int g, int k) {
    return lessons.get(g).get(k);
  }

  int dayCount() {
    return days.size();
  }
}
