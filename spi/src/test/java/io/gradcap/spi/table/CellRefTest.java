package io.gradcap.spi.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellRefTest {

  @Test
  void prints_file_sheet_and_cell_as_people_point_at_it() {
    assertThat(CellRef.of("roster.xlsx", "Sheet1", 11, 2)).hasToString("roster.xlsx!Sheet1!C12");
    assertThat(CellRef.parse("名单.xlsx!2021级!AA100"))
        .isEqualTo(CellRef.of("名单.xlsx", "2021级", 99, 26));
  }

  @Test
  void names_with_a_bang_or_a_leading_quote_are_quoted_and_parse_back() {
    CellRef ref = CellRef.of("a!b.xlsx", "'x'!", 0, 0);
    assertThat(ref).hasToString("'a!b.xlsx'!'''x''!'!A1");
    assertThat(CellRef.parse(ref.toString())).isEqualTo(ref);
  }

  @ParameterizedTest
  @CsvSource({"0,A", "25,Z", "26,AA", "51,AZ", "52,BA", "701,ZZ", "702,AAA", "16383,XFD"})
  void column_names_follow_the_spreadsheet_alphabet(int index, String name) {
    assertThat(CellRef.columnName(index)).isEqualTo(name);
    assertThat(CellRef.parseA1(name + "1")[1]).isEqualTo(index);
  }

  @Test
  void malformed_references_are_refused() {
    for (String text :
        new String[] {
          "", "A1", "f!A1", "f!s!", "f!s!1A", "f!s!A0", "f!s!XFE1", "f!s!A1048577", "'f!s!A1"
        }) {
      assertThatThrownBy(() -> CellRef.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> CellRef.of(" ", "s", 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CellRef.of("f", "s", -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equal_when_file_sheet_row_and_column_are() {
    new EqualsTester()
        .addEqualityGroup(CellRef.of("f.xlsx", "s", 1, 2), CellRef.parse("f.xlsx!s!C2"))
        .addEqualityGroup(CellRef.of("g.xlsx", "s", 1, 2))
        .addEqualityGroup(CellRef.of("f.xlsx", "t", 1, 2))
        .addEqualityGroup(CellRef.of("f.xlsx", "s", 2, 2))
        .addEqualityGroup(CellRef.of("f.xlsx", "s", 1, 3))
        .testEquals();
  }

  @Test
  void a_range_reads_and_prints_like_a_spreadsheet() {
    CellRange range = CellRange.parse("A1:F2");
    assertThat(range).isEqualTo(new CellRange(0, 0, 1, 5));
    assertThat(range).hasToString("A1:F2");
    assertThat(CellRange.parse("C3")).hasToString("C3");
    assertThat(range.contains(1, 5)).isTrue();
    assertThat(range.contains(2, 0)).isFalse();
    assertThatThrownBy(() -> new CellRange(2, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
