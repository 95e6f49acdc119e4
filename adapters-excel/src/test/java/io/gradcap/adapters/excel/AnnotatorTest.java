package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.CellNote;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings go back into a copy of the user's own workbook; nothing else in it changes. */
class AnnotatorTest {

  @TempDir Path dir;

  private static void fill(Workbook wb) {
    Sheet sheet = wb.createSheet("名单");
    CellStyle bold = wb.createCellStyle();
    var font = wb.createFont();
    font.setBold(true);
    bold.setFont(font);
    var header = sheet.createRow(0);
    header.createCell(0).setCellValue("学号");
    header.createCell(1).setCellValue("姓名");
    header.createCell(2).setCellValue("身份证号");
    header.createCell(3).setCellValue("人数");
    header.getCell(0).setCellStyle(bold);
    for (int i = 1; i <= 3; i++) {
      var row = sheet.createRow(i);
      row.createCell(0).setCellValue("202101010" + i);
      row.createCell(1).setCellValue("学生" + i);
      row.createCell(2).setCellValue(4.60102E+17);
      row.createCell(3).setCellFormula("ROW()*2");
    }
    wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请勿修改列顺序");
  }

  private void annotatesACopyAndLeavesTheRestAlone(Path original, String copyName)
      throws IOException {
    byte[] before = Files.readAllBytes(original);
    Path copy = dir.resolve(copyName);
    List<CellNote> notes =
        List.of(
            CellNote.error(CellRef.of("x", "名单", 1, 2), "身份证号被存成了数字，精度已丢失"),
            CellNote.warning(CellRef.of("x", "名单", 1, 1), "姓名含有空格"),
            CellNote.error(CellRef.of("x", "名单", 3, 2), "身份证号被存成了数字，精度已丢失"));
    try (TableAnnotator annotator =
        new ExcelTableAnnotatorProvider().open(Location.of(original.toString()))) {
      annotator.writeCopy(Location.of(copy.toString()), notes, Optional.of("错误"), 0);
    }
    assertThat(Files.readAllBytes(original)).isEqualTo(before);
    try (InputStream in = Files.newInputStream(copy);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheet("名单");
      Cell id = sheet.getRow(1).getCell(2);
      assertThat(id.getNumericCellValue()).isEqualTo(4.60102E+17);
      assertThat(id.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(id.getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.CORAL.getIndex());
      assertThat(id.getCellComment().getString().getString()).isEqualTo("身份证号被存成了数字，精度已丢失");
      assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("错误");
      assertThat(sheet.getRow(1).getCell(4).getStringCellValue())
          .isEqualTo("B2 姓名含有空格；C2 身份证号被存成了数字，精度已丢失");
      assertThat(sheet.getRow(2).getCell(4)).isNull();
      assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).startsWith("C4 ");
      assertThat(sheet.getRow(2).getCell(2).getCellComment()).isNull();
      assertThat(sheet.getRow(2).getCell(3).getCellFormula()).isEqualTo("ROW()*2");
      assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(wb.getSheet("说明").getRow(0).getCell(0).getStringCellValue()).isEqualTo("请勿修改列顺序");
    }
  }

  @Test
  void an_xlsx_copy_gets_highlights_comments_and_an_errors_column() throws IOException {
    annotatesACopyAndLeavesTheRestAlone(
        Workbooks.xlsx(dir.resolve("名单.xlsx"), AnnotatorTest::fill), "名单-错误.xlsx");
  }

  @Test
  void an_xls_copy_gets_them_too() throws IOException {
    annotatesACopyAndLeavesTheRestAlone(
        Workbooks.xls(dir.resolve("名单.xls"), AnnotatorTest::fill), "名单-错误.xls");
  }

  @Test
  void a_note_on_a_missing_sheet_is_refused() {
    Path original = Workbooks.xlsx(dir.resolve("名单.xlsx"), AnnotatorTest::fill);
    try (TableAnnotator annotator =
        new ExcelTableAnnotatorProvider().open(Location.of(original.toString()))) {
      assertThatThrownBy(
              () ->
                  annotator.writeCopy(
                      Location.of(dir.resolve("c.xlsx").toString()),
                      List.of(CellNote.error(CellRef.of("x", "无此表", 0, 0), "x")),
                      Optional.empty(),
                      0))
          .isInstanceOf(SheetNotFoundException.class)
          .hasMessageContaining("名单.xlsx!无此表");
    }
  }

  /** A roster of {@code rows} students written by POI's streaming writer, with a bold header. */
  private Path largeWorkbook(int rows) {
    Path file = dir.resolve("大名单.xlsx");
    try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
      Sheet sheet = wb.createSheet("名单");
      var header = sheet.createRow(0);
      String[] headers = {"学号", "姓名", "身份证号", "学院", "班级", "证书名称", "等级", "发证日期"};
      for (int c = 0; c < headers.length; c++) {
        header.createCell(c).setCellValue(headers[c]);
      }
      for (int i = 1; i <= rows; i++) {
        var row = sheet.createRow(i);
        row.createCell(0).setCellValue(String.valueOf(2021000000L + i));
        row.createCell(1).setCellValue("学生" + i);
        row.createCell(2).setCellValue("46010220030417" + String.format("%04d", i % 10_000));
        row.createCell(3).setCellValue("软件工程学院");
        row.createCell(4).setCellValue("21软件" + (i % 40) + "班");
        row.createCell(5).setCellValue("全国计算机等级考试");
        row.createCell(6).setCellValue("二级");
        row.createCell(7).setCellValue("2023-09-01");
      }
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file;
  }

  @Test
  void a_large_xlsx_is_annotated_part_by_part_in_a_small_heap() throws Exception {
    Path original = largeWorkbook(100_000);
    Path copy = dir.resolve("批注.xlsx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                LargeAnnotation.class.getName(),
                original.toString(),
                copy.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    int exit = process.waitFor();
    assertThat(exit).as(Files.readString(dir.resolve("out.txt"))).isZero();
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(copy.toString()));
        java.util.stream.Stream<io.gradcap.spi.table.Row> rows = reader.rows()) {
      var all = rows.toList();
      assertThat(all).hasSize(100_001);
      assertThat(all.get(0).cell(8).text()).isEqualTo("错误说明");
      assertThat(all.get(10).cell(8).text()).isEqualTo("G11 等级不在目录中");
      assertThat(all.get(11).cells()).hasSize(8);
      assertThat(all.get(99_990).cell(0).text()).isEqualTo("2021099990");
    }
  }

  /**
   * Annotates every tenth row of a large workbook: run in its own small-heap JVM by the test above.
   */
  static final class LargeAnnotation {
    public static void main(String[] args) {
      List<CellNote> notes = new java.util.ArrayList<>();
      for (int row = 10; row <= 100_000; row += 10) {
        notes.add(CellNote.warning(CellRef.of("x", "名单", row, 6), "等级不在目录中"));
      }
      try (TableAnnotator annotator =
          new ExcelTableAnnotatorProvider().open(Location.of(args[0]))) {
        annotator.writeCopy(Location.of(args[1]), notes, Optional.of("错误说明"), 0);
      }
    }
  }

  @Test
  void a_noted_cell_or_row_the_sheet_lacks_is_added_in_its_place() throws IOException {
    Path original = Workbooks.xlsx(dir.resolve("名单.xlsx"), AnnotatorTest::fill);
    Path copy = dir.resolve("copy.xlsx");
    List<CellNote> notes =
        List.of(
            CellNote.error(CellRef.of("x", "名单", 7, 1), "缺少一行"),
            CellNote.warning(CellRef.of("x", "名单", 2, 5), "超出表格"));
    try (TableAnnotator annotator =
        new ExcelTableAnnotatorProvider().open(Location.of(original.toString()))) {
      annotator.writeCopy(Location.of(copy.toString()), notes, Optional.of("错误"), 0);
    }
    try (InputStream in = Files.newInputStream(copy);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheet("名单");
      assertThat(sheet.getRow(7).getCell(1).getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.CORAL.getIndex());
      assertThat(sheet.getRow(7).getCell(1).getCellComment().getString().getString())
          .isEqualTo("缺少一行");
      assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("B8 缺少一行");
      assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("F3 超出表格");
      assertThat(sheet.getRow(2).getCell(5).getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(sheet.getColumnWidth(4)).isEqualTo(60 * 256);
    }
  }
}
