package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A written file is whole or absent: a write that fails leaves nothing behind, not even a temporary
 * file.
 */
class AtomicOutputTest {

  @TempDir Path dir;

  private static final SheetLayout LAYOUT =
      SheetLayout.of("名单", List.of(Column.of("学号"), Column.of("姓名")));

  private static Stream<SheetRow> rowsWithATooLongName() {
    return Stream.of(
        SheetRow.values("2021010101", "张三"), SheetRow.values("2021010102", "李".repeat(40_000)));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.toList();
    }
  }

  @Test
  void an_xlsx_whose_sheet_fails_is_not_written_at_all() throws IOException {
    Path file = dir.resolve("签名表.xlsx");
    assertThatThrownBy(
            () -> {
              try (TableWriter writer =
                  new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
                writer.writeSheet(LAYOUT, rowsWithATooLongName());
              }
            })
        .isInstanceOf(TableWriteException.class)
        .hasMessageContaining("签名表.xlsx!名单!B3");
    assertThat(files()).isEmpty();
  }

  @Test
  void a_failed_write_leaves_the_previous_file_as_it_was() throws IOException {
    Path file = Files.writeString(dir.resolve("签名表.xlsx"), "the previous version");
    assertThatThrownBy(
            () -> {
              try (TableWriter writer =
                  new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
                writer.writeSheet(
                    LAYOUT,
                    Stream.of(SheetRow.values("x", "y"))
                        .map(
                            r -> {
                              throw new IllegalStateException("the caller's rows fail");
                            }));
              }
            })
        .isInstanceOf(IllegalStateException.class);
    assertThat(files()).containsExactly(file);
    assertThat(Files.readString(file)).isEqualTo("the previous version");
  }

  @Test
  void a_csv_whose_rows_fail_is_not_written_at_all() throws IOException {
    Path file = dir.resolve("名单.csv");
    assertThatThrownBy(
            () -> {
              try (TableWriter writer =
                  new CsvTableWriterProvider().open(Location.of(file.toString()))) {
                writer.writeSheet(
                    LAYOUT,
                    Stream.concat(
                        Stream.of(SheetRow.values("2021010101", "张三")),
                        Stream.<SheetRow>of(SheetRow.values("x"))
                            .map(
                                r -> {
                                  throw new IllegalStateException("the caller's rows fail");
                                })));
              }
            })
        .isInstanceOf(IllegalStateException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void a_written_file_appears_whole_and_no_temporary_file_stays() throws IOException {
    Path file = dir.resolve("签名表.xlsx");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(LAYOUT, Stream.of(SheetRow.values("2021010101", "张三")));
      assertThat(file).doesNotExist();
    }
    assertThat(files()).containsExactly(file);
    assertThat(Files.size(file)).isPositive();
  }
}
