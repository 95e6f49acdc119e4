package io.gradcap.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.excel.CsvTableReaderProvider;
import io.gradcap.adapters.excel.XlsTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortProvider;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster as colleges hand it in, from .xlsx, .xls and .csv, through the adapter into core. */
class RosterImportEndToEndTest {

  @TempDir Path dir;

  private static final RosterImporter IMPORTER = RosterImporter.of(RosterMapping.defaults());

  /** A title, a header in a college's own order, the class merged down its rows, a date serial. */
  private static void roster(Workbook wb, boolean idAsNumber) {
    Sheet sheet = wb.createSheet("2024届");
    sheet.createRow(0).createCell(0).setCellValue("软件工程学院2024届毕业生名单");
    sheet.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
    Row header = sheet.createRow(1);
    String[] headers = {"班级", "姓名", "学号", "身份证号码", "出生日期", "宿舍"};
    for (int c = 0; c < headers.length; c++) {
      header.createCell(c).setCellValue(headers[c]);
    }
    var date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
    Object[][] rows = {
      {"21软件1班", "张三", "2021010101", "11010519491231002X", 37728d, "5-301"},
      {
        null,
        "阿依古丽·买买提",
        "2021010102",
        idAsNumber ? (Object) 4.60102E+17 : "460102200304170028",
        "2003/4/17",
        null
      },
      {null, "李四", "2021010103", "44052418800101001X", "20030417", "5-302"}
    };
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r + 2);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof String s) {
          row.createCell(c).setCellValue(s);
        } else if (v instanceof Double d) {
          row.createCell(c).setCellValue(d);
          if (c == 4) {
            row.getCell(c).setCellStyle(date);
          }
        }
      }
    }
    sheet.addMergedRegion(CellRangeAddress.valueOf("A3:A5"));
  }

  private Path save(Workbook wb, String name) throws IOException {
    Path file = dir.resolve(name);
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  private static RosterImport read(PortProvider<TableReader> provider, Path file) {
    try (TableReader reader = provider.open(Location.of(file.toString()))) {
      return IMPORTER.read(reader);
    }
  }

  private static void checkAccepted(RosterImport result) {
    assertThat(result.findings()).isEmpty();
    assertThat(result.rows()).hasSize(3);
    assertThat(result.rows())
        .extracting(r -> r.text(RecordField.CLASS_GROUP).orElseThrow())
        .containsOnly("21软件1班");
    assertThat(result.rows())
        .extracting(r -> r.text(RecordField.BIRTH_DATE).orElseThrow())
        .containsOnly("2003-04-17");
    assertThat(result.rows().get(2).text(RecordField.STUDENT_NUMBER)).contains("2021010103");
    assertThat(result.rows().get(1).value(RecordField.CLASS_GROUP).orElseThrow().location())
        .endsWith("!2024届!A3");
  }

  @Test
  void an_xlsx_roster_imports_every_row() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    roster(wb, false);
    RosterImport result = read(new XlsxTableReaderProvider(), save(wb, "名单.xlsx"));
    checkAccepted(result);
    assertThat(result.rows().get(0).extras().get("宿舍").text()).isEqualTo("5-301");
  }

  @Test
  void an_xls_roster_imports_every_row() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    roster(wb, false);
    checkAccepted(read(new XlsTableReaderProvider(), save(wb, "名单.xls")));
  }

  @Test
  void an_id_number_typed_as_a_number_rejects_the_import_naming_the_cell() throws IOException {
    XSSFWorkbook xlsx = new XSSFWorkbook();
    roster(xlsx, true);
    HSSFWorkbook xls = new HSSFWorkbook();
    roster(xls, true);
    for (RosterImport result :
        List.of(
            read(new XlsxTableReaderProvider(), save(xlsx, "名单.xlsx")),
            read(new XlsTableReaderProvider(), save(xls, "名单.xls")))) {
      assertThat(result.rows()).isEmpty();
      assertThat(result.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo("import.value.number-lost-precision");
                assertThat(f.location()).matches("名单\\.xlsx?!2024届!D4");
                assertThat(f.subject()).isEqualTo("2021010102");
              });
    }
  }

  @Test
  void a_gb18030_csv_roster_imports_and_its_errors_are_located() throws IOException {
    String csv =
        """
        学号,姓名,身份证号,出生日期
        ２０２１０１０１０１,张三,11010519491231002X,2003年4月17日
        2021010102,,4.60102E+17,2003-02-30
        """;
    Path file = Files.write(dir.resolve("名单.csv"), csv.getBytes(Charset.forName("GB18030")));
    RosterImport result = read(new CsvTableReaderProvider(), file);
    assertThat(result.rows()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::location, Finding::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("名单.csv!名单!B3", "import.value.required-blank"),
            org.assertj.core.groups.Tuple.tuple(
                "名单.csv!名单!C3", "import.value.number-lost-precision"),
            org.assertj.core.groups.Tuple.tuple("名单.csv!名单!D3", "import.value.unreadable-date"));
    assertThat(result.findings().get(0).describe(Locale.ENGLISH))
        .isEqualTo(
            "[BLOCKING] import.value.required-blank 2021010102 name @名单.csv!名单!B3: \"姓名\" must not be blank");
  }
}
