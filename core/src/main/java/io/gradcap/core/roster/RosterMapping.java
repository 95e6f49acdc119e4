package io.gradcap.core.roster;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.RecordField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a roster sheet is mapped: which header texts name which field, which columns must be there
 * (and filled on every row), what happens to the other columns, and how far down to look for the
 * header (title rows come first in most registry sheets).
 *
 * @param aliases header texts per field
 * @param required fields whose column must be present and whose value must not be blank
 * @param extraColumns whether unrecognised columns are kept or ignored
 * @param headerSearchRows how many non-blank rows from the top may hold the header
 */
public record RosterMapping(
    HeaderAliases aliases,
    Set<RecordField> required,
    ExtraColumns extraColumns,
    int headerSearchRows) {

  public RosterMapping {
    required = Set.copyOf(required);
    Preconditions.checkArgument(
        headerSearchRows >= 1, "headerSearchRows must be positive: %s", headerSearchRows);
  }

  /**
   * Default aliases; student number, name and ID number required; extra columns kept; header in the
   * first 10 rows.
   */
  public static RosterMapping defaults() {
    return new RosterMapping(
        HeaderAliases.defaults(),
        EnumSet.of(RecordField.STUDENT_NUMBER, RecordField.NAME, RecordField.ID_NUMBER),
        ExtraColumns.KEEP,
        10);
  }

  public RosterMapping withRequired(RecordField... fields) {
    return new RosterMapping(aliases, Set.copyOf(List.of(fields)), extraColumns, headerSearchRows);
  }

  public RosterMapping withExtraColumns(ExtraColumns extra) {
    return new RosterMapping(aliases, required, extra, headerSearchRows);
  }

  public RosterMapping withAliases(RecordField field, String... more) {
    return new RosterMapping(aliases.with(field, more), required, extraColumns, headerSearchRows);
  }

  public RosterMapping withHeaderSearchRows(int rows) {
    return new RosterMapping(aliases, required, extraColumns, rows);
  }
}
