package io.gradcap.spi.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.Location;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatTest {

  @Test
  void the_format_comes_from_the_media_type_first_then_the_extension() {
    assertThat(TableFormat.of(Location.of("/data/2024届/名单.XLSX"))).contains(TableFormat.XLSX);
    assertThat(TableFormat.of(Location.of("C:\\data\\roster.csv"))).contains(TableFormat.CSV);
    assertThat(TableFormat.of(Location.of("宏.xlsm"))).contains(TableFormat.XLSM);
    assertThat(TableFormat.of(Location.of("/data.d/roster"))).isEmpty();
    assertThat(
            TableFormat.of(
                Location.of("x.csv", MediaType.class, MediaType.of("application/vnd.ms-excel"))))
        .contains(TableFormat.XLS);
    assertThat(
            TableFormat.of(
                Location.of("upload", MediaType.class, MediaType.of("text/csv; charset=GB18030"))))
        .contains(TableFormat.CSV);
  }

  @Test
  void the_file_name_is_the_last_part_of_the_path() {
    assertThat(TableFormat.fileName(Location.of("/data/2024届/名单.xlsx"))).isEqualTo("名单.xlsx");
    assertThat(TableFormat.fileName(Location.of("C:\\a\\b.xls"))).isEqualTo("b.xls");
  }

  @Test
  void cells_print_their_values_as_plain_text() {
    CellRef ref = CellRef.of("f", "s", 0, 0);
    assertThat(new NumberCell(ref, 2021010101d).text()).isEqualTo("2021010101");
    assertThat(new NumberCell(ref, 4.60102E+17).text()).isEqualTo("460102000000000000");
    assertThat(new NumberCell(ref, 2.5).text()).isEqualTo("2.5");
    assertThat(new DateCell(ref, LocalDate.of(2024, 4, 17).atStartOfDay()).text())
        .isEqualTo("2024-04-17");
    assertThat(new DateCell(ref, LocalDateTime.of(2024, 4, 24, 8, 30)).text())
        .isEqualTo("2024-04-24T08:30");
    assertThat(new FormulaCell(ref, "SUM(A1:A2)", new NumberCell(ref, 3)).text()).isEqualTo("3");
    assertThat(new FormulaCell(ref, "A1", new BlankCell(ref)).isBlank()).isTrue();
    assertThat(new TextCell(ref, " \u3000").isBlank()).isTrue();
  }

  @Test
  void a_row_hands_out_blanks_beyond_its_last_cell() {
    CellRef ref = CellRef.of("f", "s", 4, 0);
    Row row = new Row(ref, List.of(new TextCell(ref, "x")));
    assertThat(row.cell(3)).isEqualTo(new BlankCell(ref.at(4, 3)));
    assertThat(row.isBlank()).isFalse();
    assertThat(row.texts()).containsExactly("x");
  }
}
