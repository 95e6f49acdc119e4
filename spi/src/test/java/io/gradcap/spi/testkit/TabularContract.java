package io.gradcap.spi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.FormulaCell;
import io.gradcap.spi.table.MediaType;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.TableWriterProvider;
import io.gradcap.spi.table.TextCell;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of the tabular ports, for every adapter to extend: what is written is read back with
 * the same text at the same coordinates, text never turns into a formula, and unreadable input
 * fails with a typed error that names the file, the sheet and the cell.
 *
 * <p>A subclass names its format and providers; formats that keep no types (CSV) or have no writer
 * of their own (a read-only format) override the hooks below.
 */
public abstract class TabularContract {

  /** A fresh folder per test. */
  @TempDir protected Path dir;

  /** The provider of the reader under test. */
  protected abstract TableReaderProvider readerProvider();

  /** The provider of a writer of the same format, used to make the files read. */
  protected abstract TableWriterProvider writerProvider();

  /** The format under test. */
  protected abstract TableFormat format();

  /** Whether numbers and dates read back as numbers and dates (CSV reads everything as text). */
  protected boolean keepsTypes() {
    return true;
  }

  /** Whether the format writes title rows (CSV writes the header and the values only). */
  protected boolean keepsTitles() {
    return true;
  }

  /** The text that written text which looks like a formula reads back as. */
  protected String inertReadBack(String written) {
    return written;
  }

  /**
   * Whether arbitrary bytes are refused when the file is opened or read (CSV reads most bytes as
   * text).
   */
  protected boolean refusesArbitraryBytes() {
    return true;
  }

  /**
   * The sheet name a reader lists for a sheet written under {@code layoutName} into {@code file}.
   */
  protected String sheetNameAfterWriting(String layoutName, String file) {
    return layoutName;
  }

  /** Writes one sheet into the file; a format without a writer of its own converts here. */
  protected void write(Path file, SheetLayout layout, List<SheetRow> rows) {
    try (TableWriter writer = writerProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(layout, rows.stream());
    }
  }

  protected final Path file(String stem) {
    return dir.resolve(stem + "." + format().extensions().get(0));
  }

  protected final TableReader open(Path file) {
    return readerProvider().open(Location.of(file.toString()));
  }

  protected final TableReader open(Path file, ReadLimits limits) {
    return readerProvider().open(Location.of(file.toString(), ReadLimits.class, limits));
  }

  protected static List<Row> rows(TableReader reader) {
    try (Stream<Row> rows = reader.rows()) {
      return rows.toList();
    }
  }

  private static final SheetLayout ROSTER =
      SheetLayout.of(
              "名单",
              List.of(
                  Column.of("学号"),
                  Column.of("姓名"),
                  Column.of("出生日期"),
                  Column.of("学制"),
                  Column.of("备注")))
          .withTitleRows("2024届毕业生名单");

  private List<SheetRow> rosterRows() {
    return List.of(
        SheetRow.values("2021010101", "张三", LocalDate.of(2003, 4, 17), 3, "转专业"),
        SheetRow.values("2021010102", "阿依古丽·买买提", LocalDate.of(2002, 12, 1), 3, null),
        SheetRow.values("2021010103", "李四", null, 2.5, "=1+2"));
  }

  /** The rows below the header, whatever the format writes above it. */
  private List<Row> dataRows(List<Row> rows) {
    int header =
        IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).cell(0).text().equals("学号"))
            .findFirst()
            .orElseThrow();
    return rows.subList(header + 1, rows.size());
  }

  @Test
  void what_is_written_reads_back_as_the_same_text() {
    Path file = file("roster");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      List<Row> data = dataRows(rows(reader));
      assertThat(data).hasSize(3);
      assertThat(data.get(0).cell(0).text()).isEqualTo("2021010101");
      assertThat(data.get(0).cell(1).text()).isEqualTo("张三");
      assertThat(data.get(0).cell(2).text()).isEqualTo("2003-04-17");
      assertThat(data.get(0).cell(3).text()).isEqualTo("3");
      assertThat(data.get(1).cell(1).text()).isEqualTo("阿依古丽·买买提");
      assertThat(data.get(1).cell(4).isBlank()).isTrue();
      assertThat(data.get(2).cell(2)).isInstanceOf(BlankCell.class);
      assertThat(data.get(2).cell(3).text()).isEqualTo("2.5");
    }
  }

  @Test
  void numbers_and_dates_keep_their_types_where_the_format_has_types() {
    Path file = file("typed");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      List<Row> data = dataRows(rows(reader));
      assertThat(data.get(0).cell(0)).isInstanceOf(TextCell.class);
      if (keepsTypes()) {
        assertThat(data.get(0).cell(2))
            .isEqualTo(
                new DateCell(data.get(0).cell(2).ref(), LocalDate.of(2003, 4, 17).atStartOfDay()));
        assertThat(data.get(2).cell(3)).isInstanceOf(NumberCell.class);
        assertThat(((NumberCell) data.get(2).cell(3)).value()).isEqualTo(2.5);
      } else {
        assertThat(data.get(0).cell(2)).isInstanceOf(TextCell.class);
      }
    }
  }

  @Test
  void every_cell_knows_its_file_sheet_row_and_column() {
    Path file = file("located");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      String sheet = reader.sheetNames().get(0);
      List<Row> all = rows(reader);
      for (Row row : all) {
        for (int column = 0; column < row.cells().size(); column++) {
          Cell cell = row.cells().get(column);
          assertThat(cell.ref())
              .isEqualTo(CellRef.of(file.getFileName().toString(), sheet, row.index(), column));
        }
      }
      Row last = all.get(all.size() - 1);
      int expectedIndex = keepsTitles() ? 4 : 3;
      assertThat(last.index()).isEqualTo(expectedIndex);
      assertThat(last.cell(1).ref().toString())
          .isEqualTo(file.getFileName() + "!" + sheet + "!B" + (expectedIndex + 1));
      assertThat(CellRef.parse(last.cell(1).ref().toString())).isEqualTo(last.cell(1).ref());
    }
  }

  @Test
  void title_rows_come_first_where_the_format_has_them() {
    Path file = file("titled");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      Row first = rows(reader).get(0);
      assertThat(first.cell(0).text()).isEqualTo(keepsTitles() ? "2024届毕业生名单" : "学号");
    }
  }

  @Test
  void text_that_looks_like_a_formula_never_becomes_one() {
    Path file = file("inert");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      Cell cell = dataRows(rows(reader)).get(2).cell(4);
      assertThat(cell).isNotInstanceOf(FormulaCell.class);
      assertThat(cell.text()).isEqualTo(inertReadBack("=1+2"));
    }
  }

  @Test
  void the_written_sheet_is_listed() {
    Path file = file("listed");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      assertThat(reader.sheetNames()).contains(sheetNameAfterWriting("名单", "listed"));
      assertThat(reader.file()).isEqualTo(file.getFileName().toString());
    }
  }

  @Test
  void an_unknown_sheet_is_a_typed_error_naming_file_and_sheet() {
    Path file = file("sheets");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      assertThatThrownBy(() -> reader.rows("没有这张表"))
          .isInstanceOf(SheetNotFoundException.class)
          .hasMessageContaining(file.getFileName().toString())
          .hasMessageContaining("没有这张表");
    }
  }

  @Test
  void a_missing_file_is_a_typed_error_naming_it() {
    Path file = file("nowhere");
    assertThatThrownBy(() -> open(file).close())
        .isInstanceOf(UnreadableTableException.class)
        .satisfies(
            e ->
                assertThat(((UnreadableTableException) e).location())
                    .isEqualTo(file.getFileName().toString()));
  }

  @Test
  void arbitrary_bytes_are_refused_with_a_typed_error() throws IOException {
    if (!refusesArbitraryBytes()) {
      return;
    }
    Path file = file("garbage");
    byte[] bytes = new byte[4096];
    new java.util.Random(17).nextBytes(bytes);
    Files.write(file, bytes);
    assertThatThrownBy(
            () -> {
              try (TableReader reader = open(file)) {
                rows(reader);
              }
            })
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining(file.getFileName().toString());
  }

  @Test
  void more_rows_than_the_limit_are_refused_at_the_first_row_too_many() {
    Path file = file("long");
    List<SheetRow> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(SheetRow.values("20210101" + i, "学生" + i));
    }
    write(file, SheetLayout.of("长表", List.of(Column.of("学号"), Column.of("姓名"))), many);
    try (TableReader reader = open(file, ReadLimits.DEFAULT.withMaxRows(5))) {
      assertThatThrownBy(() -> rows(reader))
          .isInstanceOf(TableLimitExceededException.class)
          .hasMessageContaining("!A6")
          .satisfies(
              e -> assertThat(((TableLimitExceededException) e).limit()).isEqualTo("maxRows"));
    }
  }

  @Test
  void more_columns_than_the_limit_are_refused() {
    Path file = file("wide");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file, ReadLimits.DEFAULT.withMaxColumns(3))) {
      assertThatThrownBy(() -> rows(reader))
          .isInstanceOf(TableLimitExceededException.class)
          .satisfies(
              e -> assertThat(((TableLimitExceededException) e).limit()).isEqualTo("maxColumns"));
    }
  }

  @Test
  void the_provider_supports_its_extension_and_media_type_only() {
    String extension = format().extensions().get(0);
    assertThat(readerProvider().supports(Location.of("名单." + extension))).isTrue();
    assertThat(
            readerProvider()
                .supports(Location.of("名单." + extension.toUpperCase(java.util.Locale.ROOT))))
        .isTrue();
    assertThat(
            readerProvider()
                .supports(
                    Location.of(
                        "upload-1", MediaType.class, MediaType.of(format().mediaTypes().get(0)))))
        .isTrue();
    assertThat(readerProvider().supports(Location.of("名单.pdf"))).isFalse();
    assertThat(
            readerProvider()
                .supports(
                    Location.of("upload-1", MediaType.class, MediaType.of("application/pdf"))))
        .isFalse();
    assertThat(readerProvider().portType()).isEqualTo(TableReader.class);
  }

  @Test
  void a_stream_read_in_part_and_closed_leaves_the_reader_usable() {
    Path file = file("partial");
    write(file, ROSTER, rosterRows());
    try (TableReader reader = open(file)) {
      try (Stream<Row> rows = reader.rows()) {
        assertThat(rows.limit(1).count()).isEqualTo(1);
      }
      assertThat(dataRows(rows(reader))).hasSize(3);
    }
  }

  @Test
  void text_is_read_from_an_uploaded_stream_too() throws IOException {
    Path file = file("upload");
    write(file, ROSTER, rosterRows());
    byte[] bytes = Files.readAllBytes(file);
    Location upload =
        Location.of(
            file.getFileName().toString(),
            java.io.InputStream.class,
            new java.io.ByteArrayInputStream(bytes));
    try (TableReader reader = readerProvider().open(upload)) {
      assertThat(dataRows(rows(reader)).get(0).cell(1).text()).isEqualTo("张三");
    }
  }
}
