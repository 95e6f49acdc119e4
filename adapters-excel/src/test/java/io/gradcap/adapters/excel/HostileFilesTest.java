package io.gradcap.adapters.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.FormulaCell;
import io.gradcap.spi.table.MacroWorkbookException;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.ProtectedWorkbookException;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SuspiciousArchiveException;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TextCell;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile workbooks, made here, fail with typed errors that say where and why. */
class HostileFilesTest {

  @TempDir Path dir;

  private static TableReader xlsx(Path file) {
    return new XlsxTableReaderProvider().open(Location.of(file.toString()));
  }

  private static TableReader xlsx(Path file, ReadLimits limits) {
    return new XlsxTableReaderProvider()
        .open(Location.of(file.toString(), ReadLimits.class, limits));
  }

  private static TableReader xls(Path file) {
    return new XlsTableReaderProvider().open(Location.of(file.toString()));
  }

  private static List<Row> readAll(TableReader reader) {
    try (reader;
        Stream<Row> rows = reader.rows()) {
      return rows.toList();
    }
  }

  private Path simpleXlsx(String name) {
    return Workbooks.xlsx(
        dir.resolve(name),
        wb -> wb.createSheet("名单").createRow(0).createCell(0).setCellValue("学号"));
  }

  @Test
  void a_text_file_named_xlsx_is_not_a_workbook() throws IOException {
    Path file = Files.writeString(dir.resolve("名单.xlsx"), "学号,姓名\n2021010101,张三\n");
    assertThatThrownBy(() -> xlsx(file))
        .isExactlyInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("名单.xlsx: not an .xlsx workbook");
  }

  @Test
  void a_truncated_workbook_is_corrupt() throws IOException {
    Path whole = simpleXlsx("whole.xlsx");
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("cut.xlsx");
  }

  @Test
  void an_xls_named_xlsx_and_an_xlsx_named_xls_are_told_apart() throws IOException {
    Path xls =
        Workbooks.xls(
            dir.resolve("real.xls"),
            wb -> wb.createSheet("s").createRow(0).createCell(0).setCellValue("x"));
    Path misnamedXls = Files.copy(xls, dir.resolve("名单.xlsx"));
    assertThatThrownBy(() -> xlsx(misnamedXls))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("rename it .xls");
    Path misnamedXlsx = Files.copy(simpleXlsx("real.xlsx"), dir.resolve("名单.xls"));
    assertThatThrownBy(() -> xls(misnamedXlsx))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("rename it .xlsx");
  }

  @Test
  void a_zip_bomb_is_refused_before_it_is_parsed() {
    String padding = " ".repeat(20 * 1024 * 1024);
    Path file =
        new MiniXlsx(
                "",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + padding,
                "")
            .write(dir.resolve("bomb.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(SuspiciousArchiveException.class)
        .hasMessageContaining("bomb.xlsx!xl/worksheets/sheet1.xml")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void a_part_larger_than_the_limit_is_refused() {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= 2000; i++) {
      rows.append("<row r=\"")
          .append(i)
          .append("\"><c r=\"A")
          .append(i)
          .append("\"><v>")
          .append(i)
          .append("</v></c></row>");
    }
    Path file = new MiniXlsx(rows.toString()).write(dir.resolve("big.xlsx"));
    assertThat(readAll(xlsx(file))).hasSize(2000);
    assertThatThrownBy(() -> readAll(xlsx(file, ReadLimits.DEFAULT.withMaxPartBytes(10_000))))
        .isInstanceOf(SuspiciousArchiveException.class)
        .hasMessageContaining("maxPartBytes");
  }

  @Test
  void a_password_protected_xlsx_is_refused_by_name() throws Exception {
    Path plain = simpleXlsx("plain.xlsx");
    Path file = dir.resolve("加密.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("123456");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertThatThrownBy(() -> xlsx(file))
        .isInstanceOf(ProtectedWorkbookException.class)
        .hasMessageStartingWith("加密.xlsx: ")
        .hasMessageContaining("password");
  }

  @Test
  void a_password_protected_xls_is_refused_by_name() {
    Path file;
    Biff8EncryptionKey.setCurrentUserPassword("123456");
    try {
      file =
          Workbooks.xls(
              dir.resolve("加密.xls"),
              wb -> wb.createSheet("s").createRow(0).createCell(0).setCellValue("x"));
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThatThrownBy(() -> xls(file))
        .isInstanceOf(ProtectedWorkbookException.class)
        .hasMessageStartingWith("加密.xls: ");
  }

  @Test
  void a_workbook_with_macros_is_refused() {
    Path file =
        new MiniXlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
            .part("xl/vbaProject.bin", new byte[] {1, 2, 3})
            .write(dir.resolve("宏.xlsx"));
    assertThatThrownBy(() -> xlsx(file))
        .isInstanceOf(MacroWorkbookException.class)
        .hasMessageContaining("vbaProject.bin");
    assertThatThrownBy(() -> xlsx(dir.resolve("宏.xlsm")))
        .isInstanceOf(MacroWorkbookException.class)
        .hasMessageContaining(".xlsm");
  }

  @Test
  void an_xls_with_a_vba_project_is_refused() throws IOException {
    Path plain =
        Workbooks.xls(
            dir.resolve("plain.xls"),
            wb -> wb.createSheet("s").createRow(0).createCell(0).setCellValue("x"));
    Path file = dir.resolve("宏.xls");
    try (InputStream in = Files.newInputStream(plain);
        POIFSFileSystem fs = new POIFSFileSystem(in);
        OutputStream out = Files.newOutputStream(file)) {
      fs.getRoot().createDirectory("_VBA_PROJECT_CUR");
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> xls(file))
        .isInstanceOf(MacroWorkbookException.class)
        .hasMessageStartingWith("宏.xls: ");
  }

  @Test
  void an_enormous_shared_string_table_is_refused_by_its_limits() {
    Path file =
        Workbooks.xlsx(
            dir.resolve("strings.xlsx"),
            wb -> {
              XSSFSheet sheet = wb.createSheet("名单");
              for (int i = 0; i < 50; i++) {
                sheet.createRow(i).createCell(0).setCellValue("学生" + i);
              }
            });
    assertThat(readAll(xlsx(file))).hasSize(50);
    assertThatThrownBy(
            () -> readAll(xlsx(file, ReadLimits.DEFAULT.withMaxSharedStrings(10, 1_000_000))))
        .isInstanceOf(TableLimitExceededException.class)
        .hasMessageContaining("strings.xlsx!xl/sharedStrings.xml")
        .satisfies(
            e ->
                assertThat(((TableLimitExceededException) e).limit())
                    .isEqualTo("maxSharedStrings"));
    assertThatThrownBy(() -> readAll(xlsx(file, ReadLimits.DEFAULT.withMaxSharedStrings(1000, 20))))
        .isInstanceOf(TableLimitExceededException.class)
        .satisfies(
            e ->
                assertThat(((TableLimitExceededException) e).limit())
                    .isEqualTo("maxSharedStringChars"));
  }

  @Test
  void a_cell_beyond_the_column_limit_is_named() {
    Path file =
        new MiniXlsx("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"XFD3\"><v>2</v></c></row>")
            .write(dir.resolve("wide.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(TableLimitExceededException.class)
        .hasMessageStartingWith("wide.xlsx!名单!XFD3");
  }

  @Test
  void formulas_are_read_as_their_cached_values_never_evaluated() {
    Path file =
        Workbooks.xlsx(
            dir.resolve("formula.xlsx"),
            wb -> {
              XSSFRow row = wb.createSheet("名单").createRow(0);
              row.createCell(0).setCellValue(21);
              row.createCell(1).setCellFormula("A1*2");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
              row.getCell(0).setCellValue(100);
            });
    Cell cell = readAll(xlsx(file)).get(0).cell(1);
    assertThat(cell).isInstanceOf(FormulaCell.class);
    assertThat(((FormulaCell) cell).formula()).isEqualTo("A1*2");
    assertThat(cell.resolved()).isEqualTo(new NumberCell(cell.ref(), 42));
  }

  @Test
  void a_formula_with_an_external_link_is_never_followed() {
    Path file =
        new MiniXlsx(
                """
        <row r="1"><c r="A1" t="str"><f>'[1]学生名单'!A1</f><v>张三</v></c><c r="B1"><f>[2]Sheet1!B2*2</f></c>\
        <c r="C1" t="e"><f>[3]x!A1</f><v>#REF!</v></c></row>""")
            .write(dir.resolve("linked.xlsx"));
    Row row = readAll(xlsx(file)).get(0);
    assertThat(row.cell(0).resolved()).isEqualTo(new TextCell(row.cell(0).ref(), "张三"));
    assertThat(row.cell(1).isBlank()).isTrue();
    assertThat(row.cell(2).text()).isEqualTo("#REF!");
  }

  @Test
  void an_xls_formula_reads_as_its_cached_value() {
    Path file =
        Workbooks.xls(
            dir.resolve("formula.xls"),
            wb -> {
              var row = wb.createSheet("名单").createRow(0);
              row.createCell(0).setCellValue(21);
              row.createCell(1).setCellFormula("A1*2");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
              row.getCell(0).setCellValue(100);
            });
    Cell cell = readAll(xls(file)).get(0).cell(1);
    assertThat(cell).isInstanceOf(FormulaCell.class);
    assertThat(cell.text()).isEqualTo("42");
  }

  @Test
  void a_reference_to_a_missing_shared_string_names_the_cell() {
    Path file =
        new MiniXlsx("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>7</v></c></row>")
            .write(dir.resolve("sst.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("sst.xlsx!名单!B2: ");
  }

  @Test
  void broken_sheet_xml_names_the_sheet() {
    Path file =
        new MiniXlsx(
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></row>")
            .write(dir.resolve("broken.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("broken.xlsx!名单");
  }

  @Test
  void a_dtd_is_never_read() {
    String sheet =
        """
        <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>""";
    Path file =
        new MiniXlsx("")
            .part("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8))
            .write(dir.resolve("xxe.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file))).isInstanceOf(UnreadableTableException.class);
  }

  @Test
  void inline_strings_dates_in_1904_and_merged_regions_are_read() {
    Path file =
        new MiniXlsx(
                "date1904=\"1\"",
                """
        <row r="1"><c r="A1" t="inlineStr"><is><r><t>毕业</t></r><r><t>名单</t></r></is></c></row>\
        <row r="3"><c r="A3" t="b"><v>1</v></c><c r="C3" t="d"><v>2024-04-17</v></c></row>""",
                "<mergeCells count=\"2\"><mergeCell ref=\"A1:F1\"/><mergeCell ref=\"B3:B9\"/></mergeCells>")
            .write(dir.resolve("misc.xlsx"));
    try (TableReader scanned = xlsx(file)) {
      assertThat(scanned.mergedRegions("名单")).hasToString("[A1:F1, B3:B9]");
    }
    try (TableReader reader = xlsx(file)) {
      List<Row> rows = reader.rows().toList();
      assertThat(rows).extracting(Row::index).containsExactly(0, 2);
      assertThat(rows.get(0).cell(0).text()).isEqualTo("毕业名单");
      assertThat(rows.get(1).texts()).containsExactly("TRUE", "", "2024-04-17");
      assertThat(reader.mergedRegions("名单")).hasToString("[A1:F1, B3:B9]");
    }
  }

  @Test
  void an_empty_file_is_named_as_empty() throws IOException {
    Path file = Files.write(dir.resolve("空.xlsx"), new byte[0]);
    assertThatThrownBy(() -> xlsx(file))
        .isExactlyInstanceOf(UnreadableTableException.class)
        .hasMessageStartingWith("空.xlsx: ")
        .hasMessageContaining("empty");
    Path xls = Files.write(dir.resolve("空.xls"), new byte[0]);
    assertThatThrownBy(() -> xls(xls))
        .isExactlyInstanceOf(UnreadableTableException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void a_deflate_bomb_whose_headers_understate_its_sizes_is_refused_by_what_comes_out() {
    StringBuilder rows = new StringBuilder();
    String row = "<row><c t=\"inlineStr\"><is><t>" + "x".repeat(1000) + "</t></is></c></row>";
    for (int i = 0; i < 30_000; i++) {
      rows.append(row);
    }
    Path file = new MiniXlsx(rows.toString()).writeLying(dir.resolve("bomb.xlsx"), 1000);
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(SuspiciousArchiveException.class)
        .hasMessageStartingWith("bomb.xlsx!");
  }

  @Test
  void a_doctype_in_any_package_part_is_refused_without_a_trace() {
    String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]>";
    for (String part :
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "xl/_rels/workbook.xml.rels")) {
      MiniXlsx mini = new MiniXlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
      Path file = mini.part(part, doctype + "<x/>").write(dir.resolve("dtd.xlsx"));
      assertThatThrownBy(() -> readAll(xlsx(file)))
          .as(part)
          .isInstanceOf(UnreadableTableException.class)
          .hasMessageStartingWith("dtd.xlsx");
    }
  }

  @Test
  void a_cell_longer_than_a_cell_holds_is_refused_at_its_cell() {
    String name = "张".repeat(32_768);
    Path inline =
        new MiniXlsx(
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + name + "</t></is></c></row>")
            .write(dir.resolve("long.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(inline)))
        .isInstanceOf(TableLimitExceededException.class)
        .hasMessageStartingWith("long.xlsx!名单!B2: ")
        .satisfies(
            e -> assertThat(((TableLimitExceededException) e).limit()).isEqualTo("maxCellChars"));
    Path exact =
        new MiniXlsx(
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>"
                    + name.substring(1)
                    + "</t></is></c></row>")
            .write(dir.resolve("exact.xlsx"));
    assertThat(readAll(xlsx(exact)).get(0).cell(1).text()).hasSize(32_767);
  }

  @Test
  void a_shared_string_longer_than_a_cell_holds_is_refused_at_its_cell() {
    Path file =
        new MiniXlsx("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row>")
            .sharedStrings(
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                    + "a".repeat(40_000)
                    + "</t></si></sst>")
            .write(dir.resolve("sst-long.xlsx"));
    assertThatThrownBy(() -> readAll(xlsx(file)))
        .isInstanceOf(TableLimitExceededException.class)
        .hasMessageStartingWith("sst-long.xlsx!名单!C3: ");
  }
}
