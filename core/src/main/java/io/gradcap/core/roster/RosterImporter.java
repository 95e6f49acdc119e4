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
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Imports a roster sheet, all or nothing: finds the header below any title rows, maps its columns
 * to record fields by alias in whatever order they come, and coerces every value. The result is
 * every row, or the complete list of located findings and no row. It reads through the SPI's {@link
 * TableReader}; it never opens a file itself.
 */
public final class RosterImporter {

  private static final RecordField[] FIELDS = RecordField.values();

  /**
   * Distinct values remembered per column for sharing (gender, class, major repeat on every row).
   */
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

  /**
   * Imports a sheet of the reader's file; a merged cell's value counts for every cell it covers.
   */
  public RosterImport read(TableReader reader, String sheet) {
    try (Stream<Row> rows = reader.rows(sheet)) {
      return read(rows, () -> reader.mergedRegions(sheet));
    }
  }

  /**
   * Imports rows as a reader streams them.
   *
   * @param rows the sheet's rows in order
   * @param merged the sheet's merged regions: blank cells inside one take its top-left value
   */
  public RosterImport read(Stream<Row> rows, List<CellRange> merged) {
    return read(rows, () -> merged);
  }

  /**
   * Imports a sheet one row at a time, for rosters too large to hold: each row goes to {@code rows}
   * as soon as it is read, while no finding has been made. The import is still all or nothing: once
   * a row is refused, no further row goes to {@code rows}, every finding is counted, and the first
   * {@code keepFindings} are kept in full. The merged regions are asked for first (a streaming
   * reader scans the sheet for them), so a blank cell inside one is settled as its row is read;
   * only the values of the regions' top-left cells are remembered.
   *
   * @return how many rows went to {@code rows} and the findings; accepted when there are none
   */
  public StreamedImport stream(
      TableReader reader, String sheet, int keepFindings, Consumer<RosterRow> rows) {
    Merges merges = new Merges(reader.mergedRegions(sheet));
    try (Stream<Row> stream = reader.rows(sheet)) {
      Iterator<Row> it = stream.iterator();
      List<Finding> rejection = new ArrayList<>();
      Columns columns = prepare(it, rejection);
      if (columns == null) {
        return new StreamedImport(
            0, rejection.subList(0, Math.min(keepFindings, rejection.size())), rejection.size());
      }
      return new RowStream(columns, merges, keepFindings, rows).run(it);
    }
  }

  /** The rows of a streamed import after the header, each settled as it is read. */
  private final class RowStream {
    private final Columns columns;
    private final int[] fieldColumns;
    private final Merges merges;
    private final int keep;
    private final Consumer<RosterRow> sink;
    private final List<Map<String, String>> shared = new ArrayList<>();

    /** The values of merged regions' top-left cells, by {@code row << 20 | column}. */
    private final Map<Long, String> origins = new HashMap<>();

    private final List<Finding> kept = new ArrayList<>();
    private long findings;
    private int emitted;

    RowStream(Columns columns, Merges merges, int keep, Consumer<RosterRow> sink) {
      this.columns = columns;
      this.fieldColumns = columns.layout().fieldColumns();
      this.merges = merges;
      this.keep = keep;
      this.sink = sink;
      for (int i = 0; i < FIELDS.length; i++) {
        shared.add(new HashMap<>());
      }
    }

    StreamedImport run(Iterator<Row> it) {
      boolean any = false;
      while (it.hasNext()) {
        Row row = it.next();
        if (!row.isBlank()) {
          any = true;
          row(row);
        }
      }
      if (!any) {
        add(
            finding(
                "import.rows.none",
                null,
                null,
                columns.header().ref().toString(),
                Message.of(Coercion.BUNDLE, "rows.none")));
      }
      return new StreamedImport(emitted, List.copyOf(kept), findings);
    }

    private void add(Finding finding) {
      findings++;
      if (kept.size() < keep) {
        kept.add(finding);
      }
    }

    private void row(Row row) {
      String[] labels = columns.labels();
      String[] values = new String[FIELDS.length];
      String subject = null;
      List<long[]> blanks = null;
      java.util.SortedMap<Integer, Finding> refused = null;
      for (int ordinal : columns.order()) {
        int column = fieldColumns[ordinal];
        Cell cell = row.cell(column);
        Coercion.Result coerced =
            cell.isBlank()
                ? null
                : Coercion.coerce(cell, columns.kinds()[ordinal], labels[ordinal]);
        if (coerced != null && coerced.text() == null) {
          refused = refused == null ? new java.util.TreeMap<>() : refused;
          refused.put(
              column,
              finding(
                  Objects.requireNonNull(coerced.rule()),
                  subject,
                  FIELDS[ordinal],
                  cell.ref().toString(),
                  Objects.requireNonNull(coerced.message())));
          continue;
        }
        String text = coerced == null ? null : coerced.text();
        if (text == null || text.isEmpty()) {
          blanks = blanks == null ? new ArrayList<>(2) : blanks;
          blanks.add(new long[] {ordinal, column});
        } else {
          Coercion.Kind kind = columns.kinds()[ordinal];
          values[ordinal] =
              kind == Coercion.Kind.IDENTIFIER || kind == Coercion.Kind.CODE
                  ? text
                  : share(shared.get(ordinal), text);
          if (ordinal == RecordField.STUDENT_NUMBER.ordinal()) {
            subject = values[ordinal];
          }
          if (merges.startsAt(row.index(), column)) {
            origins.put(((long) row.index() << 20) | column, values[ordinal]);
          }
        }
      }
      CellRef[] sources = null;
      if (blanks != null) {
        for (long[] blank : blanks) {
          int ordinal = (int) blank[0];
          int column = (int) blank[1];
          CellRange range = merges.covering(row.index(), column);
          String value =
              range == null
                  ? null
                  : origins.get(((long) range.firstRow() << 20) | range.firstColumn());
          if (range != null
              && value != null
              && ordinalOfColumn(fieldColumns, range.firstColumn()) >= 0) {
            values[ordinal] = value;
            sources = sources == null ? new CellRef[FIELDS.length] : sources;
            sources[ordinal] = row.ref().at(range.firstRow(), range.firstColumn());
          } else if (mapping.required().contains(FIELDS[ordinal])) {
            refused = refused == null ? new java.util.TreeMap<>() : refused;
            refused.put(
                column,
                finding(
                    "import.value.required-blank",
                    values[RecordField.STUDENT_NUMBER.ordinal()],
                    FIELDS[ordinal],
                    row.ref().at(row.index(), column).toString(),
                    Message.of(Coercion.BUNDLE, "value.required-blank", labels[ordinal])));
          }
        }
      }
      if (refused != null) {
        refused.values().forEach(this::add);
      }
      if (findings > 0) {
        return;
      }
      RosterRow.Layout layout = columns.layout();
      String[] extras = new String[layout.extraColumns().length];
      for (int i = 0; i < extras.length; i++) {
        String text = Coercion.text(row.cell(layout.extraColumns()[i]).resolved());
        if (!text.isEmpty()) {
          extras[i] = text;
        }
      }
      sink.accept(new RosterRow(layout, row.ref(), values, extras, sources));
      emitted++;
    }
  }

  /**
   * Streams the rows first and asks for the merged regions afterwards: a streaming reader finds
   * them after the last row, so blank cells are settled only once the stream has ended.
   */
  private RosterImport read(Stream<Row> rows, Supplier<List<CellRange>> mergedAfterwards) {
    Iterator<Row> it = rows.iterator();
    List<Finding> rejection = new ArrayList<>();
    Columns columns = prepare(it, rejection);
    if (columns == null) {
      return new RosterImport.Rejected(rejection);
    }
    Row header = columns.header();
    RosterRow.Layout layout = columns.layout();
    int[] fieldColumns = layout.fieldColumns();
    String[] labels = columns.labels();
    int[] order = columns.order();
    Coercion.Kind[] kinds = columns.kinds();
    List<Map<String, String>> shared = new ArrayList<>();
    for (int i = 0; i < FIELDS.length; i++) {
      shared.add(new HashMap<>());
    }
    Rows kept = new Rows();
    Located findings = new Located();
    Blanks blanks = new Blanks();
    while (it.hasNext()) {
      Row row = it.next();
      if (row.isBlank()) {
        continue;
      }
      int position = kept.size();
      String[] values = new String[FIELDS.length];
      String subject = null;
      for (int ordinal : order) {
        int column = fieldColumns[ordinal];
        Cell cell = row.cell(column);
        if (cell.isBlank()) {
          blanks.add(position, ordinal, column);
          continue;
        }
        Coercion.Result coerced = Coercion.coerce(cell, kinds[ordinal], labels[ordinal]);
        if (coerced.text() == null) {
          findings.add(
              row.index(),
              column,
              finding(
                  Objects.requireNonNull(coerced.rule()),
                  subject,
                  FIELDS[ordinal],
                  cell.ref().toString(),
                  Objects.requireNonNull(coerced.message())));
        } else if (coerced.text().isEmpty()) {
          blanks.add(position, ordinal, column);
        } else {
          values[ordinal] =
              kinds[ordinal] == Coercion.Kind.IDENTIFIER || kinds[ordinal] == Coercion.Kind.CODE
                  ? coerced.text()
                  : share(shared.get(ordinal), coerced.text());
          if (ordinal == RecordField.STUDENT_NUMBER.ordinal()) {
            subject = values[ordinal];
          }
        }
      }
      String[] extras = new String[layout.extraColumns().length];
      for (int i = 0; i < extras.length; i++) {
        String text = Coercion.text(row.cell(layout.extraColumns()[i]).resolved());
        if (!text.isEmpty()) {
          extras[i] = text;
        }
      }
      kept.add(row.ref(), values, extras);
    }
    settleBlanks(kept, blanks, findings, new Merges(mergedAfterwards.get()), fieldColumns, labels);
    if (!findings.isEmpty()) {
      return new RosterImport.Rejected(findings.sorted());
    }
    if (kept.size() == 0) {
      return new RosterImport.Rejected(
          List.of(
              finding(
                  "import.rows.none",
                  null,
                  null,
                  header.ref().toString(),
                  Message.of(Coercion.BUNDLE, "rows.none"))));
    }
    List<RosterRow> result = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      result.add(
          new RosterRow(
              layout,
              kept.refs.get(i),
              kept.values.get(i),
              kept.extras.get(i),
              kept.sources == null ? null : kept.sources.get(i)));
    }
    return new RosterImport.Accepted(result);
  }

  /** The header and what it maps, read from the first rows. */
  private record Columns(
      Row header, RosterRow.Layout layout, String[] labels, int[] order, Coercion.Kind[] kinds) {}

  /**
   * Finds the header and maps its columns; null after adding to {@code rejection} why it cannot.
   */
  private @Nullable Columns prepare(Iterator<Row> it, List<Finding> rejection) {
    Row header = null;
    int searched = 0;
    String sheetLocation = null;
    while (it.hasNext()) {
      Row row = it.next();
      sheetLocation = row.ref().sheetLocation();
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
      rejection.add(
          finding(
              "import.header.not-found",
              null,
              null,
              sheetLocation,
              Message.of(Coercion.BUNDLE, "header.not-found", mapping.headerSearchRows())));
      return null;
    }
    RosterRow.Layout layout = layout(header, rejection);
    if (!rejection.isEmpty()) {
      return null;
    }
    int[] fieldColumns = layout.fieldColumns();
    String[] labels = new String[FIELDS.length];
    List<Integer> mappedOrdinals = new ArrayList<>();
    mappedOrdinals.add(RecordField.STUDENT_NUMBER.ordinal());
    for (RecordField field : FIELDS) {
      int column = fieldColumns[field.ordinal()];
      labels[field.ordinal()] =
          column < 0 ? field.label(Locale.CHINESE) : Coercion.clean(header.cell(column).text());
      if (column >= 0 && field != RecordField.STUDENT_NUMBER) {
        mappedOrdinals.add(field.ordinal());
      }
    }
    if (fieldColumns[RecordField.STUDENT_NUMBER.ordinal()] < 0) {
      mappedOrdinals.remove(0);
    }
    int[] order = mappedOrdinals.stream().mapToInt(Integer::intValue).toArray();
    Coercion.Kind[] kinds =
        Arrays.stream(FIELDS).map(Coercion.Kind::of).toArray(Coercion.Kind[]::new);
    return new Columns(header, layout, labels, order, kinds);
  }

  /**
   * Import rule: a blank cell inside a merged region takes the value of the region's top-left cell
   * (a class name merged down its rows); a blank cell of a required field that no merged region
   * fills is reported at that cell.
   */
  private void settleBlanks(
      Rows kept,
      Blanks blanks,
      Located findings,
      Merges merges,
      int[] fieldColumns,
      String[] labels) {
    for (int i = 0; i < blanks.size; i++) {
      int position = blanks.positions[i];
      int ordinal = blanks.ordinals[i];
      int column = blanks.columns[i];
      CellRef rowRef = kept.refs.get(position);
      CellRange range = merges.covering(rowRef.row(), column);
      if (range != null) {
        int originOrdinal = ordinalOfColumn(fieldColumns, range.firstColumn());
        int originPosition = kept.positionOf(range.firstRow());
        String value =
            originOrdinal < 0 || originPosition < 0
                ? null
                : kept.values.get(originPosition)[originOrdinal];
        if (value != null) {
          kept.values.get(position)[ordinal] = value;
          kept.source(position, ordinal, rowRef.at(range.firstRow(), range.firstColumn()));
          continue;
        }
      }
      if (mapping.required().contains(FIELDS[ordinal])) {
        String subject = kept.values.get(position)[RecordField.STUDENT_NUMBER.ordinal()];
        findings.add(
            rowRef.row(),
            column,
            finding(
                "import.value.required-blank",
                subject,
                FIELDS[ordinal],
                rowRef.at(rowRef.row(), column).toString(),
                Message.of(Coercion.BUNDLE, "value.required-blank", labels[ordinal])));
      }
    }
  }

  private static int ordinalOfColumn(int[] fieldColumns, int column) {
    for (int ordinal = 0; ordinal < fieldColumns.length; ordinal++) {
      if (fieldColumns[ordinal] == column) {
        return ordinal;
      }
    }
    return -1;
  }

  private int recognised(Row row) {
    int count = 0;
    for (Cell cell : row.cells()) {
      if (cell.resolved() instanceof io.gradcap.spi.table.TextCell text
          && mapping.aliases().field(text.value()).isPresent()) {
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
          findings.add(
              finding(
                  "import.header.duplicate-column",
                  null,
                  field.get(),
                  cell.ref().toString(),
                  Message.of(
                      Coercion.BUNDLE,
                      "header.duplicate-column",
                      field.get().label(Locale.CHINESE),
                      CellRef.columnName(fieldColumns[ordinal]),
                      CellRef.columnName(column),
                      field.get().label(Locale.ENGLISH))));
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
        findings.add(
            finding(
                "import.header.missing-column",
                null,
                field,
                header.ref().toString(),
                Message.of(
                    Coercion.BUNDLE,
                    "header.missing-column",
                    field.label(Locale.CHINESE),
                    field.label(Locale.ENGLISH),
                    String.join(" / ", mapping.aliases().aliases(field)))));
      }
    }
    return new RosterRow.Layout(
        fieldColumns,
        List.copyOf(extraHeaders),
        extraColumns.stream().mapToInt(Integer::intValue).toArray());
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

  private static Finding finding(
      String rule,
      @Nullable String subject,
      @Nullable RecordField field,
      @Nullable String location,
      Message message) {
    return new Finding(
        rule, Severity.BLOCKING, subject, field == null ? null : field.key(), location, message);
  }

  /** The merged regions of a sheet, by the columns they cover. */
  private static final class Merges {
    private final Map<Integer, List<CellRange>> byColumn = new HashMap<>();

    Merges(List<CellRange> merged) {
      for (CellRange range : merged) {
        if (range.firstRow() == range.lastRow() && range.firstColumn() == range.lastColumn()) {
          continue;
        }
        for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
          byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(range);
        }
      }
    }

    /** Whether a region starts at the cell (its top-left cell holds the region's value). */
    boolean startsAt(int row, int column) {
      List<CellRange> ranges = byColumn.get(column);
      if (ranges == null) {
        return false;
      }
      for (CellRange range : ranges) {
        if (range.firstRow() == row && range.firstColumn() == column) {
          return true;
        }
      }
      return false;
    }

    /** The region that covers the cell without starting at it, if any. */
    @Nullable CellRange covering(int row, int column) {
      List<CellRange> ranges = byColumn.get(column);
      if (ranges == null) {
        return null;
      }
      for (CellRange range : ranges) {
        if (range.contains(row, column)
            && !(range.firstRow() == row && range.firstColumn() == column)) {
          return range;
        }
      }
      return null;
    }
  }

  /** The rows read so far: their cells' texts, in sheet order. */
  private static final class Rows {
    final List<CellRef> refs = new ArrayList<>();
    final List<String[]> values = new ArrayList<>();
    final List<String[]> extras = new ArrayList<>();
    private int[] rowIndexes = new int[1024];
    @Nullable List<CellRef[]> sources;

    int size() {
      return refs.size();
    }

    void add(CellRef ref, String[] rowValues, String[] rowExtras) {
      if (refs.size() == rowIndexes.length) {
        rowIndexes = Arrays.copyOf(rowIndexes, rowIndexes.length * 2);
      }
      rowIndexes[refs.size()] = ref.row();
      refs.add(ref);
      values.add(rowValues);
      extras.add(rowExtras);
    }

    /** The position of the row with the sheet index, or -1. */
    int positionOf(int rowIndex) {
      int found = Arrays.binarySearch(rowIndexes, 0, refs.size(), rowIndex);
      return found < 0 ? -1 : found;
    }

    void source(int position, int ordinal, CellRef source) {
      if (sources == null) {
        sources = new ArrayList<>(java.util.Collections.nCopies(refs.size(), null));
      }
      CellRef[] row = sources.get(position);
      if (row == null) {
        row = new CellRef[FIELDS.length];
        sources.set(position, row);
      }
      row[ordinal] = source;
    }
  }

  /** Blank cells of mapped fields, settled once the merged regions are known. */
  private static final class Blanks {
    int size;
    int[] positions = new int[256];
    int[] ordinals = new int[256];
    int[] columns = new int[256];

    void add(int position, int ordinal, int column) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        ordinals = Arrays.copyOf(ordinals, size * 2);
        columns = Arrays.copyOf(columns, size * 2);
      }
      positions[size] = position;
      ordinals[size] = ordinal;
      columns[size] = column;
      size++;
    }
  }

  /** Findings with the cell they concern, listed in sheet order at the end. */
  private static final class Located {
    private final List<long[]> keys = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    void add(int row, int column, Finding finding) {
      keys.add(new long[] {((long) row << 20) | column, findings.size()});
      findings.add(finding);
    }

    boolean isEmpty() {
      return findings.isEmpty();
    }

    List<Finding> sorted() {
      keys.sort(
          java.util.Comparator.comparingLong((long[] k) -> k[0]).thenComparingLong(k -> k[1]));
      return keys.stream().map(k -> findings.get((int) k[1])).toList();
    }
  }
}
