package io.gradcap.core.roster;

import io.gradcap.core.record.StudentRecord;
import java.util.List;

/**
 * Turns imported roster rows into student records that remember which cell each value came from.
 */
public final class RosterRecords {

  private RosterRecords() {}

  /**
   * The row's values as a record, each field located at its source cell ({@code
   * roster.xlsx!Sheet1!F12}).
   */
  public static StudentRecord toRecord(RosterRow row) {
    StudentRecord.Builder builder = StudentRecord.builder();
    row.values().forEach((field, value) -> builder.set(field, value.text(), value.source()));
    return builder.build();
  }

  /** Every row as a record, in the roster's order. */
  public static List<StudentRecord> toRecords(List<RosterRow> rows) {
    return rows.stream().map(RosterRecords::toRecord).toList();
  }
}
