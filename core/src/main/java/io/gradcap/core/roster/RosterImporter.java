package io.gradcap.core.roster;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRange;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Imports a roster sheet, all or nothing: finds the header below any title rows, maps its
 * columns to record fields by alias in whatever order they come, and coerces every value. The
 * result is every row, or the complete list of located findings and no row. It reads through the
 * SPI's {@link TableReader}; it never opens a file itself.
 */
public final class RosterImporter {

  private static final RecordField[] FIELDS = RecordField.values();

  /** Distinct values remembered per column for sharing (gender, class, major repeat on every row). */
  private static final int SHARED_VALUES_PER_COLUMN = 4096;

  private final RosterMapping mapping;

  private RosterImporter(RosterMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  public static RosterImporter of(RosterMapping mapping) {
    return new RosterImporter(mapping);
  }

  /** Imports the first sheet of the reader's file, merged cells included. */
  public RosterImport read(TableReader reader) {
    return read(reader, reader.sheetNames().get(0));
  }

  /** Imports a sheet of the reader's file; a merged cell's value counts for every cell it covers. */
  public RosterImport read(TableReader reader, String sheet) {
    List<CellRange> merged = reader.mergedRegions(sheet);
    try (Stream<Row> rows = reader.rows(sheet)) {
      return read(rows, merged);
    }
  }

  /**
   * Imports rows as a reader streams them.
   *
   * @param rows the sheet's rows in order
   * @param merged the sheet's merged regions: blank cells inside one take its top-left value
   */
  public RosterImport read(Stream<Row> rows, List<CellRange> merged) {
    Iterator<Row> it = rows.iterator();
    Merges merges = new Merges(merged);
    Row header = null;
    int searched = 0;
    String sheetLocation = null;
    while (it.hasNext()) {
      Row row = it.next();
      sheetLocation = row.ref().sheetLocation();
      merges.remember(row);
      if (row.isBlank()) {
        continue;
      }
      if (recognised(row) >= 2) {
        header = row;
        break;
      }
      if (++searched >= mapping.headerSearchRows()) {
        break;
      }
    }
    if (header == null) {
      return new RosterImport.Rejected(List.of(finding("import.header.not-found", null, null, sheetLocation,
          Message.of(Coercion.BUNDLE, "header.not-found", mapping.headerSearchRows()))));
    }
    List<Finding> findings = new ArrayList<>();
    RosterRow.Layout layout = layout(header, findings);
    if (!findings.isEmpty()) {
      return new RosterImport.Rejected(findings);
    }
    String[] labels = new String[FIELDS.length];
    for (RecordField field : FIELDS) {
      int column = layout.fieldColumns()[field.ordinal()];
      labels[field.ordinal()] = column < 0 ? field.label(Locale.CHINESE) : Coercion.clean(header.cell(column).text());
    }
    Coercion.Kind[] kinds = Arrays.stream(FIELDS).map(Coercion.Kind::of).toArray(Coercion.Kind[]::new);
    List<Map<String, String>> shared = new ArrayList<>();
    for (int i = 0; i < FIELDS.length; i++) {
      shared.add(new HashMap<>());
    }
    List<RosterRow> result = new ArrayList<>();
    while (it.hasNext()) {
      Row row = it.next();
      merges.remember(row);
      if (row.isBlank() && !merges.covers(row.index())) {
        continue;
      }
      String[] values = new String[FIELDS.length];
      CellRef[] sources = null;
      List<Finding> rowFindings = null;
      boolean anyValue = false;
      String subject = null;
      for (int pass = 0; pass < 2; pass++) {
        for (RecordField field : FIELDS) {
          int ordinal = field.ordinal();
          int column = layout.fieldColumns()[ordinal];
          boolean studentNumber = field == RecordField.STUDENT_NUMBER;
          if (column < 0 || (pass == 0) != studentNumber) {
            continue;
          }
          Cell cell = row.cell(column);
          if (cell.isBlank()) {
            Cell origin = merges.origin(row.index(), column);
            if (origin != null) {
              cell = origin;
              if (sources == null) {
                sources = new CellRef[FIELDS.length];
              }
              sources[ordinal] = origin.ref();
            }
          }
          Coercion.Result coerced = Coercion.coerce(cell, kinds[ordinal], labels[ordinal]);
          String location = cell.ref().toString();
          if (coerced.text() == null) {
            anyValue = true;
            rowFindings = add(rowFindings, finding(coerced.rule(), subject, field, location, coerced.message()));
          } else if (coerced.text().isEmpty()) {
            if (mapping.required().contains(field)) {
              rowFindings = add(rowFindings, finding("import.value.required-blank", subject, field, location,
                  Message.of(Coercion.BUNDLE, "value.required-blank", labels[ordinal])));
            }
          } else {
            values[ordinal] = share(shared.get(ordinal), coerced.text());
            anyValue = true;
            if (studentNumber) {
              subject = values[ordinal];
            }
          }
        }
      }
      String[] extras = new String[layout.extraColumns().length];
      for (int i = 0; i < extras.length; i++) {
        String text = Coercion.text(row.cell(layout.extraColumns()[i]).resolved());
        if (!text.isEmpty()) {
          extras[i] = text;
          anyValue = true;
        }
      }
      if (!anyValue) {
        continue;
      }
      if (rowFindings != null) {
        findings.addAll(rowFindings);
      } else if (findings.isEmpty()) {
        result.add(new RosterRow(layout, row.ref(), values, extras, sources));
      }
      if (!findings.isEmpty()) {
        result.clear();
      }
    }
    if (!findings.isEmpty()) {
      return new RosterImport.Rejected(findings);
    }
    if (result.isEmpty()) {
      return new RosterImport.Rejected(List.of(finding("import.rows.none", null, null, header.ref().toString(),
          Message.of(Coercion.BUNDLE, "rows.none"))));
    }
    return new RosterImport.Accepted(result);
  }

  private int recognised(Row row) {
    int count = 0;
    for (Cell cell : row.cells()) {
      if (cell.resolved() instanceof io.gradcap.spi.table.TextCell text && mapping.aliases().field(text.value()).isPresent()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Import rule: the header names each required field once; a field named twice, or a required
   * field not named, rejects the import with the header row located.
   */
  private RosterRow.Layout layout(Row header, List<Finding> findings) {
    int[] fieldColumns = new int[FIELDS.length];
    Arrays.fill(fieldColumns, -1);
    List<String> extraHeaders = new ArrayList<>();
    List<Integer> extraColumns = new ArrayList<>();
    for (Cell cell : header.cells()) {
      String text = Coercion.clean(cell.resolved().text());
      if (text.isEmpty()) {
        continue;
      }
      int column = cell.ref().column();
      var field = mapping.aliases().field(text);
      if (field.isPresent()) {
        int ordinal = field.get().ordinal();
        if (fieldColumns[ordinal] >= 0) {
          findings.add(finding("import.header.duplicate-column", null, field.get(), cell.ref().toString(),
              Message.of(Coercion.BUNDLE, "header.duplicate-column", field.get().label(Locale.CHINESE),
                  CellRef.columnName(fieldColumns[ordinal]), CellRef.columnName(column), field.get().label(Locale.ENGLISH))));
        } else {
          fieldColumns[ordinal] = column;
        }
      } else if (mapping.extraColumns() == ExtraColumns.KEEP) {
        String name = text;
        for (int n = 2; extraHeaders.contains(name); n++) {
          name = text + " (" + n + ")";
        }
        extraHeaders.add(name);
        extraColumns.add(column);
      }
    }
    for (RecordField field : FIELDS) {
      if (mapping.required().contains(field) && fieldColumns[field.ordinal()] < 0) {
        findings.add(finding("import.header.missing-column", null, field, header.ref().toString(),
            Message.of(Coercion.BUNDLE, "header.missing-column", field.label(Locale.CHINESE), field.label(Locale.ENGLISH),
                String.join(" / ", mapping.aliases().aliases(field)))));
      }
    }
    return new RosterRow.Layout(fieldColumns, List.copyOf(extraHeaders), extraColumns.stream().mapToInt(Integer::intValue).toArray());
  }

  private static String share(Map<String, String> seen, String text) {
    String previous = seen.get(text);
    if (previous != null) {
      return previous;
    }
    if (seen.size() < SHARED_VALUES_PER_COLUMN) {
      seen.put(text, text);
    }
    return text;
  }

  private static List<Finding> add(@Nullable List<Finding> list, Finding finding) {
    List<Finding> out = list == null ? new ArrayList<>(2) : list;
    out.add(finding);
    return out;
  }

  private static Finding finding(String rule, @Nullable String subject, @Nullable RecordField field,
      @Nullable String location, Message message) {
    return new Finding(rule, Severity.BLOCKING, subject, field == null ? null : field.key(), location, message);
  }

  /** The merged regions of a sheet and the top-left cells seen so far. */
  private static final class Merges {
    private final Map<Integer, List<CellRange>> byColumn = new HashMap<>();
    private final Map<Integer, List<CellRange>> byFirstRow = new HashMap<>();
    private final Map<Long, Cell> origins = new HashMap<>();
    private int lastCoveredRow = -1;

    Merges(List<CellRange> merged) {
      for (CellRange range : merged) {
        if (range.firstRow() == range.lastRow() && range.firstColumn() == range.lastColumn()) {
          continue;
        }
        for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
          byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(range);
        }
        byFirstRow.computeIfAbsent(range.firstRow(), k -> new ArrayList<>()).add(range);
        lastCoveredRow = Math.max(lastCoveredRow, range.lastRow());
      }
    }

    void remember(Row row) {
      List<CellRange> starting = byFirstRow.get(row.index());
      if (starting != null) {
        for (CellRange range : starting) {
          origins.put(key(range.firstRow(), range.firstColumn()), row.cell(range.firstColumn()));
        }
      }
    }

    boolean covers(int row) {
      return row <= lastCoveredRow && !byColumn.isEmpty();
    }

    @Nullable Cell origin(int row, int column) {
      List<CellRange> ranges = byColumn.get(column);
      if (ranges == null) {
        return null;
      }
      for (CellRange range : ranges) {
        if (range.contains(row, column) && !(range.firstRow() == row && range.firstColumn() == column)) {
          return origins.get(key(range.firstRow(), range.firstColumn()));
        }
      }
      return null;
    }

    private static long key(int row, int column) {
      return ((long) row << 20) | column;
    }
  }
}
