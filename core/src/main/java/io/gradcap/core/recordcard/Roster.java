package io.gradcap.core.recordcard;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The students whose record cards are expected, by class. A student number listed twice keeps its
 * first entry and is reported by {@link #findings()}.
 */
public final class Roster {

  private final Map<StudentNumber, RosterEntry> byStudent;
  private final SortedMap<ClassRef, List<RosterEntry>> byClass;
  private final List<Finding> findings;

  private Roster(
      Map<StudentNumber, RosterEntry> byStudent,
      SortedMap<ClassRef, List<RosterEntry>> byClass,
      List<Finding> findings) {
    this.byStudent = byStudent;
    this.byClass = byClass;
    this.findings = findings;
  }

  /** The roster of these entries, in any order. */
  public static Roster of(Collection<RosterEntry> entries) {
    Map<StudentNumber, RosterEntry> byStudent = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    for (RosterEntry entry : entries) {
      RosterEntry first = byStudent.putIfAbsent(entry.student(), entry);
      if (first != null) {
        findings.add(uniqueStudentNumbers(entry));
      }
    }
    SortedMap<ClassRef, List<RosterEntry>> byClass = new TreeMap<>();
    for (RosterEntry entry : byStudent.values()) { // sorted by student number already
      byClass.computeIfAbsent(entry.classRef(), k -> new ArrayList<>()).add(entry);
    }
    byClass.replaceAll((k, v) -> List.copyOf(v));
    return new Roster(
        Collections.unmodifiableMap(byStudent),
        Collections.unmodifiableSortedMap(byClass),
        List.copyOf(findings));
  }

  /** R8: a student number appears once on the roster, or the register cannot be sorted by it. */
  private static Finding uniqueStudentNumbers(RosterEntry duplicate) {
    return Finding.of(
        "R8.roster.unique-student-number",
        Severity.WARNING,
        duplicate.student().value(),
        "student",
        Message.of(
            RecordCards.BUNDLE, "roster.duplicate", duplicate.student(), duplicate.classRef()));
  }

  public Optional<RosterEntry> entry(StudentNumber student) {
    return Optional.ofNullable(byStudent.get(student));
  }

  /** Every class on the roster, sorted by college, then class. */
  public List<ClassRef> classes() {
    return List.copyOf(byClass.keySet());
  }

  /** The students of a class, sorted by student number; empty for a class not on the roster. */
  public List<RosterEntry> students(ClassRef classRef) {
    return byClass.getOrDefault(classRef, List.of());
  }

  public int size() {
    return byStudent.size();
  }

  /** What is wrong with the roster itself (student numbers listed twice). */
  public List<Finding> findings() {
    return findings;
  }
}
