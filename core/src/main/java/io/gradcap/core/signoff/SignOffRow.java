package io.gradcap.core.signoff;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Map;

/**
 * One row of a sign-off sheet: a student's values as printed, with an empty signature cell and an
 * empty "wrong" cell for the student to fill in.
 *
 * @param number the printed row number, from 1
 * @param key the stable key that matches the row back to its student
 * @param student the student number
 * @param values the printed text per column, in the sheet's column order
 */
public record SignOffRow(
    int number, RowKey key, StudentNumber student, Map<RecordField, String> values) {

  public SignOffRow {
    values =
        values.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(values));
  }

  /** The printed text of the columns, in order. */
  public List<String> cells(List<RecordField> columns) {
    return columns.stream().map(f -> values.getOrDefault(f, "")).toList();
  }

  /** {@code 3 2021010103 [K7QX2M4P]}: the row's place, student and key, never its values. */
  @Override
  public String toString() {
    return number + " " + student + " [" + key + "]";
  }
}
