package io.gradcap.core.signoff;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Progress of sign-off per class and per college against the return deadline (R2). */
public final class SignOffProgress {

  private SignOffProgress() {}

  /** One class as of an instant; the deadline's day ends at midnight in the zone. */
  public static ClassProgress ofClass(SignOffState state, Instant asOf, ZoneId zone) {
    int signed = 0;
    int corrected = 0;
    int requested = 0;
    List<StudentNumber> missing = new ArrayList<>();
    for (StudentNumber student : state.sheet().students()) {
      switch (state.outcome(student).kindAsOf(asOf)) {
        case SIGNED -> signed++;
        case CORRECTED -> corrected++;
        case CHANGE_REQUESTED -> requested++;
        case MISSING -> missing.add(student);
      }
    }
    SignOffSheet sheet = state.sheet();
    boolean overdue = !missing.isEmpty() && !asOf.isBefore(sheet.deadline().cutoff(zone));
    return new ClassProgress(
        sheet.college(),
        sheet.classGroup(),
        sheet.deadline(),
        sheet.rows().size(),
        signed,
        corrected,
        requested,
        missing.size(),
        missing,
        overdue);
  }

  /** One class at the cutoff: what had come back by the end of the deadline day. */
  public static ClassProgress atCutoff(SignOffState state, ZoneId zone) {
    return ofClass(state, state.sheet().deadline().cutoff(zone).minusNanos(1), zone);
  }

  /** Every class the actor's scope covers, grouped by college, as of an instant. */
  public static List<CollegeProgress> byCollege(
      Collection<SignOffState> states, Instant asOf, ZoneId zone, Actor actor) {
    Map<String, List<ClassProgress>> byCollege = new TreeMap<>();
    for (SignOffState s : states) {
      SignOffSheet sheet = s.sheet();
      if (actor.role() == Role.STUDENT
          || actor.role() == Role.CAPTURE_CENTRE
          || !actor.coversClass(sheet.college(), sheet.classGroup())) {
        continue;
      }
      byCollege
          .computeIfAbsent(sheet.college(), c -> new ArrayList<>())
          .add(ofClass(s, asOf, zone));
    }
    List<CollegeProgress> colleges = new ArrayList<>();
    byCollege.forEach(
        (college, classes) -> {
          classes.sort(Comparator.comparing(ClassProgress::classGroup));
          colleges.add(new CollegeProgress(college, classes));
        });
    return colleges;
  }
}
