package io.gradcap.examples.demo;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.PublishedWindow;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.ScheduleRow;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attachment 1's groups as the planner takes them: one group per published window, holding the
 * classes of its college and cohort with their students in student-number order (R14); and the
 * published windows as schedule rows, to compare with a plan.
 */
final class CaptureGroups {

  private CaptureGroups() {}

  static List<CaptureGroup> of(Campaign campaign, List<StudentRecord> records, DemoRoster roster) {
    Map<String, List<StudentNumber>> byClass = new LinkedHashMap<>();
    roster.classColleges().keySet().forEach(c -> byClass.put(c, new ArrayList<>()));
    records.forEach(r -> byClass.get(r.classGroup()).add(r.studentNumber().orElseThrow()));
    List<CaptureGroup> groups = new ArrayList<>();
    for (PublishedWindow window : campaign.captureSchedule()) {
      var cohort = DemoRoster.cohortOf(window);
      List<CaptureClass> classes = new ArrayList<>();
      byClass.forEach(
          (name, students) -> {
            var placement = roster.classes().get(name);
            if (placement.college().equals(window.college()) && placement.cohort().equals(cohort)) {
              classes.add(new CaptureClass(name, students.stream().sorted().toList()));
            }
          });
      List<String> persons = campaign.responsible(window).stream().map(p -> p.name()).toList();
      groups.add(
          new CaptureGroup(
              "g" + (groups.size() + 1),
              window.college() + (window.cohorts().isEmpty() ? "" : " " + cohort),
              window.college(),
              classes,
              persons,
              false,
              null,
              window.noteIfAny().orElse("")));
    }
    return groups;
  }

  /** Attachment 1 as published, one row per window, named after its group. */
  static List<ScheduleRow> published(Campaign campaign, List<CaptureGroup> groups) {
    List<ScheduleRow> rows = new ArrayList<>();
    int g = 0;
    for (PublishedWindow window : campaign.captureSchedule()) {
      CaptureGroup group = groups.get(g++);
      rows.add(
          new ScheduleRow(
              window.date(),
              window.startInclusive(),
              window.endExclusive(),
              campaign.capture().room(),
              group.id(),
              group.name(),
              window.expectedStudents(),
              group.responsible(),
              window.noteIfAny().orElse("")));
    }
    return rows;
  }
}
