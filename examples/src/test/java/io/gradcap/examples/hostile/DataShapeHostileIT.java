package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.saysAny;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks with unusual shapes: empty, merged, numbers where text belongs, formulas, dates,
 * far-away cells.
 */
@Execution(ExecutionMode.CONCURRENT)
class DataShapeHostileIT {

  private static final Family F = Family.DATA_SHAPES;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.guard(), "workbook with one empty sheet: verify")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), List.of()))
            .command("verify", "名单.xlsx"),
        HostileCase.of(F, Origin.guard(), "header and no students (.xlsx): verify")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), Rosters.rows(0)))
            .command("verify", "名单.xlsx"),
        HostileCase.of(F, Origin.guard(), "merged title above the header: verify")
            .input(DataShapeHostileIT::mergedTitle)
            .command("verify", "名单.xlsx")
            .exit(0),
        HostileCase.of(
                F,
                Origin.why(7),
                "student numbers as number cells that lost their leading zeros: sheets refuses them at the cell")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), numericNumbers(12345)))
            .command("sheets", "名单.xlsx", "--out", "签名表", "--lang", "en")
            .check(saysAny("A2", "A3", "A4")),
        HostileCase.of(
                F,
                Origin.guard(),
                "student numbers as exact 10-digit number cells: verify (refused or accepted, as the README says)")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), numericNumbers(2021000001)))
            .command("verify", "名单.xlsx")
            .exit(0, 2),
        HostileCase.of(
                F,
                Origin.guard(),
                "names as formulas with cached values: verify reads the cached text")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 1; r < rows.size(); r++) {
                    rows.get(r)
                        .set(
                            1,
                            new Rosters.Formula(
                                "\"" + rows.get(r).get(1) + "\"", rows.get(r).get(1).toString()));
                  }
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .exit(0),
        HostileCase.of(F, Origin.guard(), "dates as real date cells: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 1; r < rows.size(); r++) {
                    rows.get(r).set(3, LocalDate.parse(rows.get(r).get(3).toString()));
                    rows.get(r).set(12, LocalDate.of(2021, 9, 1));
                  }
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .exit(0),
        HostileCase.of(F, Origin.guard(), "dates as text in Chinese and slash forms: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(1).set(3, "2003年1月1日");
                  rows.get(2).set(3, "2003/1/1");
                  rows.get(3).set(12, "20210901");
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .exit(0, 1),
        HostileCase.of(
                F, Origin.guard(), "a date no reader can know (2021.09): the import names the cell")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(3).set(12, "2021.09");
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .check(saysAny("M4")),
        HostileCase.of(
                F,
                Origin.guard(),
                "dates as plain numbers (Excel serials without a date style): verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 1; r < rows.size(); r++) {
                    rows.get(r).set(3, 37622);
                  }
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .exit(0, 1),
        HostileCase.of(F, Origin.guard(), "1,000 columns (.xlsx): verify names the column limit")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 0; r < rows.size(); r++) {
                    for (int c = rows.get(r).size(); c < 1_000; c++) {
                      rows.get(r).add(r == 0 ? "备注" + c : "x");
                    }
                  }
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx")
            .check(saysAny("256")),
        HostileCase.of(F, Origin.guard(), "a cell beyond Excel's last row (1,048,577): verify")
            .input(
                w ->
                    Packages.zip(
                        w.resolve("名单.xlsx"),
                        Packages.minimal(
                            Packages.SHEET_START
                                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                                + "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>2021000001</t></is></c></row>"
                                + Packages.SHEET_END)))
            .command("verify", "名单.xlsx"),
        HostileCase.of(
                F, Origin.guard(), "a cell reference beyond Excel's last column (ZZZZ2): verify")
            .input(
                w ->
                    Packages.zip(
                        w.resolve("名单.xlsx"),
                        Packages.minimal(
                            Packages.SHEET_START
                                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                                + "<row r=\"2\"><c r=\"ZZZZ2\" t=\"inlineStr\"><is><t>2021000001</t></is></c></row>"
                                + Packages.SHEET_END)))
            .command("verify", "名单.xlsx"),
        HostileCase.of(F, Origin.guard(), "a number cell holding text (<v>abc</v>): verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  rows.get(1).set(10, new Rosters.RawNumber("abc"));
                  Rosters.workbook(w.resolve("名单.xlsx"), rows);
                })
            .command("verify", "名单.xlsx"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /** Three valid students whose 学号 cells are numbers counting up from {@code first}. */
  static List<List<Object>> numericNumbers(long first) {
    List<List<Object>> rows = Rosters.rows(3);
    for (int r = 1; r < rows.size(); r++) {
      rows.get(r).set(0, first + r - 1);
    }
    return rows;
  }

  private static void mergedTitle(Path work) throws Exception {
    List<List<Object>> rows = Rosters.rows(3);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        var out = Files.newOutputStream(work.resolve("名单.xlsx"))) {
      var sheet = wb.createSheet("名单");
      sheet.createRow(0).createCell(0).setCellValue("2024届毕业生名单");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A1:O1"));
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c).toString());
        }
      }
      sheet.addMergedRegion(CellRangeAddress.valueOf("H2:I2"));
      wb.write(out);
    }
  }
}
