package io.gradcap.examples.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.adapters.excel.ExcelTableAnnotatorProvider;
import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.certificate.CertificateCatalogue;
import io.gradcap.core.certificate.CertificateCheck;
import io.gradcap.core.certificate.CertificateReport;
import io.gradcap.core.certificate.CertificateTemplate;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A college's certificate workbook with planted mistakes, read through the Excel adapter, checked
 * in core, and written back annotated cell by cell; the copy is read back with POI.
 */
class CertificateWorkbookEndToEndTest {

  @TempDir Path dir;

  private static final Roster ROSTER =
      Roster.of(
          List.of(
              new RosterEntry(StudentNumber.of("2021010101"), "张三", "软件工程学院", "21软件1班"),
              new RosterEntry(StudentNumber.of("2021010102"), "李四", "软件工程学院", "21软件1班"),
              new RosterEntry(StudentNumber.of("2021010201"), "王五", "软件工程学院", "21软件2班"),
              new RosterEntry(StudentNumber.of("2021010202"), "孙八", "软件工程学院", "21软件2班"),
              new RosterEntry(StudentNumber.of("2021020201"), "赵六", "动画学院", "21动画2班")));

  private static CertificateTemplate template(Path file) {
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()));
        Stream<Row> rows = reader.rows()) {
      return CertificateTemplate.read(rows::iterator).orElseThrow();
    }
  }

  private static CertificateReport check(CertificateTemplate template, Path submission) {
    try (TableReader reader =
            new XlsxTableReaderProvider().open(Location.of(submission.toString()));
        Stream<Row> rows = reader.rows("证书")) {
      return CertificateCheck.of(template, CertificateCatalogue.defaults())
          .check(rows, ROSTER, "软件工程学院");
    }
  }

  @Test
  void planted_mistakes_come_back_annotated_cell_by_cell_and_nothing_else_changes()
      throws IOException {
    CertificateTemplate template = template(CertificateWorkbooks.template(dir.resolve("模板.xlsx")));
    Path submission = CertificateWorkbooks.submission(dir.resolve("软件工程学院-证书.xlsx"));
    byte[] before = Files.readAllBytes(submission);

    CertificateReport report = check(template, submission);

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::severity)
        .containsExactly(
            tuple("R7.certificate.column-renamed", "软件工程学院-证书.xlsx!证书!F2", Severity.BLOCKING),
            tuple("R7.certificate.unknown-level", "软件工程学院-证书.xlsx!证书!D4", Severity.WARNING),
            tuple("R7.certificate.cell-format", "软件工程学院-证书.xlsx!证书!G4", Severity.BLOCKING),
            tuple(
                "R7.certificate.student-not-on-roster", "软件工程学院-证书.xlsx!证书!A5", Severity.BLOCKING),
            tuple(
                "R7.certificate.student-other-college", "软件工程学院-证书.xlsx!证书!A6", Severity.BLOCKING),
            tuple("R7.certificate.duplicate-number", "软件工程学院-证书.xlsx!证书!E7", Severity.BLOCKING),
            tuple("R7.certificate.row-without-marker", "软件工程学院-证书.xlsx!证书!A9", Severity.BLOCKING));
    assertThat(report.submitted()).isEqualTo(6);
    assertThat(report.clean()).isEqualTo(1);

    Path copy = dir.resolve("软件工程学院-证书-批注.xlsx");
    try (TableAnnotator annotator =
        new ExcelTableAnnotatorProvider().open(Location.of(submission.toString()))) {
      annotator.writeCopy(
          Location.of(copy.toString()),
          report.notes(Locale.CHINESE),
          Optional.of(CertificateReport.errorsColumnHeader(Locale.CHINESE)),
          report.headerRow());
    }

    assertThat(Files.readAllBytes(submission)).isEqualTo(before);
    DataFormatter text = new DataFormatter();
    try (InputStream originalIn = Files.newInputStream(submission);
        Workbook original = WorkbookFactory.create(originalIn);
        InputStream copyIn = Files.newInputStream(copy);
        Workbook annotated = WorkbookFactory.create(copyIn)) {
      Sheet sheet = annotated.getSheet("证书");
      Set<String> noted = new HashSet<>();
      for (Finding finding : report.findings()) {
        CellRef ref = CellRef.parse(finding.location());
        noted.add(ref.a1());
        Cell cell = sheet.getRow(ref.row()).getCell(ref.column());
        assertThat(cell.getCellComment().getString().getString())
            .as(ref.a1())
            .isEqualTo(finding.message(Locale.CHINESE));
        assertThat(cell.getCellStyle().getFillPattern())
            .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        short colour =
            finding.isBlocking()
                ? IndexedColors.CORAL.getIndex()
                : IndexedColors.LIGHT_YELLOW.getIndex();
        assertThat(cell.getCellStyle().getFillForegroundColor()).as(ref.a1()).isEqualTo(colour);
      }
      int errors = 8;
      assertThat(sheet.getRow(1).getCell(errors).getStringCellValue())
          .startsWith("错误说明\nF2 ")
          .contains("颁发单位");
      assertThat(sheet.getRow(3).getCell(errors).getStringCellValue())
          .startsWith("D4 ")
          .contains("；G4 ", "2022.11");
      assertThat(sheet.getRow(8).getCell(errors).getStringCellValue())
          .startsWith("A9 ")
          .contains("补充");
      assertThat(sheet.getRow(2).getCell(errors)).isNull();

      Sheet before0 = original.getSheet("证书");
      for (org.apache.poi.ss.usermodel.Row row : before0) {
        for (Cell cell : row) {
          Cell same = sheet.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
          assertThat(text.formatCellValue(same))
              .as(same.getAddress().formatAsString())
              .isEqualTo(text.formatCellValue(cell));
          if (!noted.contains(cell.getAddress().formatAsString())) {
            assertThat(same.getCellComment()).as(same.getAddress().formatAsString()).isNull();
            assertThat(same.getCellStyle().getFillPattern())
                .isEqualTo(cell.getCellStyle().getFillPattern());
          }
        }
      }
      assertThat(
              annotated
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(sheet.getMergedRegions()).hasSize(1);
      assertThat(annotated.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("请勿修改列顺序");
    }
  }

  @Test
  void a_corrected_submission_checks_clean() throws IOException {
    CertificateTemplate template = template(CertificateWorkbooks.template(dir.resolve("模板.xlsx")));

    CertificateReport report =
        check(template, CertificateWorkbooks.template(dir.resolve("空表.xlsx")));

    assertThat(report.findings()).isEmpty();
    assertThat(report.isClean()).isTrue();
  }
}
