package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Footer;
import io.gradcap.spi.table.PageSetup;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-class sign-off workbook (R2, R5) and a schedule in the shape of Attachment 1, written and
 * read back: the values with our reader, the print layout with POI's user model.
 */
class PrintableLayoutTest {

  @TempDir Path dir;

  private static final List<String> CLASSES = List.of("21软件1班", "21软件2班", "21网络1班");

  private static final SheetLayout SIGN_OFF =
      SheetLayout.of(
              "核对签名表",
              List.of(
                  Column.of("序号", 6),
                  Column.of("学号", 14),
                  Column.of("姓名", 12),
                  Column.of("性别", 6),
                  Column.of("民族", 8),
                  Column.of("身份证号", 22),
                  Column.of("本人签名", 14)))
          .withTitleRows("海南软件职业技术学院2024届毕业生学籍信息核对签名表")
          .withPage(PageSetup.A4_PORTRAIT)
          .withFooter(Footer.pageOfPages().withLeft("负责人签名：__________").withRight("日期：____年__月__日"))
          .withPageBreakPerSection()
          .withRowHeight(24);

  private static final SheetLayout SCHEDULE =
      SheetLayout.of(
              "采集安排",
              List.of(
                  Column.of("日期", 10),
                  Column.of("时间", 14),
                  Column.of("学院（班级）", 36),
                  Column.of("人数", 8),
                  Column.of("负责人", 24),
                  Column.of("备注", 10)))
          .withTitleRows("附件1", "2024届毕业生图像采集时间安排表")
          .withPage(PageSetup.A4_LANDSCAPE);

  private static Stream<SheetRow> signOffRows() {
    List<SheetRow> rows = new ArrayList<>();
    int number = 1;
    for (String group : CLASSES) {
      rows.add(SheetRow.section("班级：" + group));
      for (int i = 1; i <= 30; i++) {
        rows.add(
            SheetRow.values(
                number++,
                "20210101" + String.format("%02d", i),
                "学生" + i,
                i % 2 == 0 ? "女" : "男",
                "汉族",
                "46010220030417" + String.format("%03d", i) + "X"));
      }
      rows.add(SheetRow.lines("以上信息本人已核对无误。", "班主任签名：__________"));
    }
    return rows.stream();
  }

  private Path writeBoth() {
    Path file = dir.resolve("签名表.xlsx");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(SIGN_OFF, signOffRows());
      writer.writeSheet(
          SCHEDULE,
          Stream.of(
              SheetRow.values("4月24日", "08:30-09:10", "国际教育与旅游学院", 78, "林虹", null),
              SheetRow.values("4月26日", "15:40-18:00", "联办本科班", 247, "周庆标、陈雪利、张卫国、刘小玉", null)));
    }
    return file;
  }

  @Test
  void a_sign_off_workbook_reads_back_class_by_class() {
    Path file = writeBoth();
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
      assertThat(reader.sheetNames()).containsExactly("核对签名表", "采集安排");
      List<Row> rows = reader.rows("核对签名表").toList();
      assertThat(rows.get(0).cell(0).text()).isEqualTo("海南软件职业技术学院2024届毕业生学籍信息核对签名表");
      assertThat(rows.get(1).texts()).containsExactly("序号", "学号", "姓名", "性别", "民族", "身份证号", "本人签名");
      assertThat(rows.get(2).cell(0).text()).isEqualTo("班级：21软件1班");
      assertThat(rows.get(3).texts())
          .containsExactly("1", "2021010101", "学生1", "男", "汉族", "46010220030417001X", "");
      assertThat(rows)
          .filteredOn(r -> r.cell(0).text().startsWith("班级："))
          .extracting(r -> r.cell(0).text())
          .containsExactly("班级：21软件1班", "班级：21软件2班", "班级：21网络1班");
      assertThat(rows).filteredOn(r -> r.cell(0).text().equals("班主任签名：__________")).hasSize(3);
      assertThat(rows).hasSize(2 + 3 * (1 + 30 + 2));
      assertThat(reader.mergedRegions("核对签名表"))
          .contains(io.gradcap.spi.table.CellRange.parse("A1:G1"));
      List<Row> schedule = reader.rows("采集安排").toList();
      assertThat(schedule.get(3).texts())
          .containsExactly("4月24日", "08:30-09:10", "国际教育与旅游学院", "78", "林虹", "");
    }
  }

  @Test
  void the_sign_off_sheet_prints_one_class_per_page_with_repeated_header_and_footer()
      throws IOException {
    Path file = writeBoth();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet("核对签名表");
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
      assertThat(sheet.getRowBreaks()).containsExactly(34, 67);
      assertThat(sheet.getRow(35).getCell(0).getStringCellValue()).isEqualTo("班级：21软件2班");
      PrintSetup print = sheet.getPrintSetup();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(print.getLandscape()).isFalse();
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).isEqualTo((short) 0);
      assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页，共 &N 页");
      assertThat(sheet.getFooter().getLeft()).isEqualTo("负责人签名：__________");
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getColumnWidth(5)).isEqualTo(22 * 256);
      assertThat(sheet.getMergedRegions())
          .contains(CellRangeAddress.valueOf("A1:G1"), CellRangeAddress.valueOf("A3:G3"));
      XSSFCell name = sheet.getRow(3).getCell(2);
      assertThat(workbook.getFontAt(name.getCellStyle().getFontIndex()).getFontName())
          .isEqualTo("宋体");
      assertThat(sheet.getRow(3).getHeightInPoints()).isEqualTo(24f);
      assertThat(workbook.getSheet("采集安排").getPrintSetup().getLandscape()).isTrue();
    }
  }

  @Test
  void text_that_looks_like_a_formula_is_a_quote_prefixed_string_cell() throws IOException {
    Path file = dir.resolve("inert.xlsx");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(
          SheetLayout.of("s", List.of(Column.of("备注"))),
          Stream.of(SheetRow.values("=HYPERLINK(\"http://x\",\"点我\")"), SheetRow.values("-1")));
    }
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFCell cell = workbook.getSheetAt(0).getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点我\")");
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void a_workbook_can_be_written_to_the_host_stream() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TableWriter writer =
        new XlsxTableWriterProvider().open(Location.of("下载.xlsx", OutputStream.class, bytes))) {
      writer.writeSheet(
          SheetLayout.of("s", List.of(Column.of("学号"))), Stream.of(SheetRow.values("2021010101")));
    }
    Location upload =
        Location.of(
            "下载.xlsx", InputStream.class, new java.io.ByteArrayInputStream(bytes.toByteArray()));
    try (TableReader reader = new XlsxTableReaderProvider().open(upload)) {
      assertThat(reader.rows().toList().get(1).cell(0).text()).isEqualTo("2021010101");
    }
  }

  @Test
  void two_sheets_with_one_name_are_refused() {
    Path file = dir.resolve("dup.xlsx");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      SheetLayout layout = SheetLayout.of("名单", List.of(Column.of("学号")));
      writer.writeSheet(layout, Stream.empty());
      assertThatThrownBy(() -> writer.writeSheet(layout, Stream.empty()))
          .isInstanceOf(TableWriteException.class)
          .hasMessageContaining("dup.xlsx!名单");
    }
  }
}
