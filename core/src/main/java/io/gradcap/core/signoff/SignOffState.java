package io.gradcap.core.signoff;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign-off of one class: the sheet as printed, which fields are critical, the students' current
 * records (with direct corrections applied) and what was recorded per student. The fold of the
 * class's {@link SignOffEvent}s over {@link #open}.
 *
 * @param sheet the sheet as printed
 * @param fieldClasses which fields only change through a change request
 * @param records each student's current record, with direct corrections applied
 * @param outcomes what was recorded per student
 */
public record SignOffState(
    SignOffSheet sheet,
    FieldClasses fieldClasses,
    Map<StudentNumber, StudentRecord> records,
    Map<StudentNumber, StudentOutcome> outcomes) {

  public SignOffState {
    records = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(records));
    outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
  }

  /** The state before anything is recorded: the sheet's students with their records as printed. */
  public static SignOffState open(
      SignOffSheet sheet, List<StudentRecord> records, FieldClasses fieldClasses) {
    Map<StudentNumber, StudentRecord> byStudent = new LinkedHashMap<>();
    for (StudentRecord r : records) {
      r.studentNumber().ifPresent(n -> byStudent.put(n, r));
    }
    Map<StudentNumber, StudentOutcome> outcomes = new LinkedHashMap<>();
    for (StudentNumber n : sheet.students()) {
      Preconditions.checkArgument(byStudent.containsKey(n), "no record for %s on the sheet", n);
      outcomes.put(n, StudentOutcome.pending(n));
    }
    byStudent.keySet().retainAll(outcomes.keySet());
    return new SignOffState(sheet, fieldClasses, byStudent, outcomes);
  }

  /** The student's current record. */
  public StudentRecord record(StudentNumber student) {
    StudentRecord r = records.get(student);
    Preconditions.checkArgument(r != null, "%s is not on the sheet", student);
    return r;
  }

  /** What was recorded for the student. */
  public StudentOutcome outcome(StudentNumber student) {
    StudentOutcome o = outcomes.get(student);
    Preconditions.checkArgument(o != null, "%s is not on the sheet", student);
    return o;
  }
}
