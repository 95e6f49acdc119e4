package io.gradcap.spi.table;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class CellRefProperties {

  @Test
  void parse_reads_back_what_to_string_prints() {
    qt().forAll(
            strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(1, 12),
            strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 8),
            integers().between(0, CellRef.MAX_ROW),
            integers().between(0, CellRef.MAX_COLUMN))
        .assuming((file, sheet, row, column) -> !file.isBlank() && !sheet.isBlank())
        .check(
            (file, sheet, row, column) -> {
              CellRef ref = CellRef.of(file, sheet, row, column);
              return CellRef.parse(ref.toString()).equals(ref);
            });
  }

  @Test
  void column_names_round_trip() {
    qt().forAll(integers().between(0, CellRef.MAX_COLUMN))
        .check(column -> CellRef.parseA1(CellRef.columnName(column) + "1")[1] == column);
  }
}
