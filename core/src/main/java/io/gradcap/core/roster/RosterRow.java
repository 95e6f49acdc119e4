package io.gradcap.core.roster;

import io.gradcap.core.record.RecordField;
import io.gradcap.spi.table.CellRef;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One imported row: the coerced value of each record field the sheet has, with the cell it came
 * from, and the extra columns if the mapping keeps them. Blank cells of optional fields have no
 * value. Compact: the texts are held in arrays, locations are derived from the row and column.
 */
public final class RosterRow {

  private static final RecordField[] FIELDS = RecordField.values();

  private final Layout layout;
  private final CellRef ref;
  private final String[] values;
  private final String[] extras;
  private final CellRef @Nullable [] mergedSources;

  /** The column of each field and the extra columns, shared by every row of one import. */
  record Layout(int[] fieldColumns, List<String> extraHeaders, int[] extraColumns) {}

  RosterRow(
      Layout layout,
      CellRef ref,
      String[] values,
      String[] extras,
      CellRef @Nullable [] mergedSources) {
    this.layout = layout;
    this.ref = ref;
    this.values = values;
    this.extras = extras;
    this.mergedSources = mergedSources;
  }

  /** The row's cell in column {@code A}: its file, sheet and row. */
  public CellRef ref() {
    return ref;
  }

  /** The row as people count it, 1-based. */
  public int rowNumber() {
    return ref.row() + 1;
  }

  /** The field's text, if the sheet has the column and the cell is not blank. */
  public Optional<String> text(RecordField field) {
    return Optional.ofNullable(values[field.ordinal()]);
  }

  /** The field's value with its source cell. */
  public Optional<RosterValue> value(RecordField field) {
    String text = values[field.ordinal()];
    return text == null
        ? Optional.empty()
        : Optional.of(new RosterValue(text, source(field.ordinal())));
  }

  private CellRef source(int ordinal) {
    if (mergedSources != null && mergedSources[ordinal] != null) {
      return mergedSources[ordinal];
    }
    return ref.at(ref.row(), layout.fieldColumns()[ordinal]);
  }

  /** Every field with a value, in field order. */
  public Map<RecordField, RosterValue> values() {
    Map<RecordField, RosterValue> map = new EnumMap<>(RecordField.class);
    for (RecordField field : FIELDS) {
      value(field).ifPresent(v -> map.put(field, v));
    }
    return Collections.unmodifiableMap(map);
  }

  /** The extra columns' non-blank values by header text, in column order. */
  public Map<String, RosterValue> extras() {
    Map<String, RosterValue> map = new LinkedHashMap<>();
    for (int i = 0; i < extras.length; i++) {
      if (extras[i] != null) {
        map.put(
            layout.extraHeaders().get(i),
            new RosterValue(extras[i], ref.at(ref.row(), layout.extraColumns()[i])));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RosterRow that
        && ref.equals(that.ref)
        && values().equals(that.values())
        && extras().equals(that.extras());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ref, values(), extras());
  }

  /** The row's location and student number; never the ID number. */
  @Override
  public String toString() {
    return "RosterRow["
        + ref
        + ", "
        + RecordField.STUDENT_NUMBER.key()
        + "="
        + text(RecordField.STUDENT_NUMBER).orElse("")
        + ", "
        + Arrays.stream(FIELDS).filter(f -> values[f.ordinal()] != null).count()
        + " fields]";
  }
}
