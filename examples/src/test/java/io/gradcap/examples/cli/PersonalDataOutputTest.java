package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output of any subcommand shows an ID number in full, whichever column or file it sits in. */
class PersonalDataOutputTest {

  private static final String HEADER = "学号,姓名,性别,出生日期,身份证号,政治面貌,民族,学院,专业,层次,学制,学习形式,入学日期,班级,预计毕业日期";
  private static final String ID = CliRun.id("46010020030512485");

  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("名单.csv"), content, StandardCharsets.UTF_8);
  }

  private void assertMaskedInTextAndJson(Path roster) {
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("verify", roster.toString(), "--format", format);
      assertThat(run.showsAnIdNumber()).as(run.all()).isFalse();
      assertThat(run.showsAStackTrace()).as(run.all()).isFalse();
    }
  }

  @Test
  void swapped_birth_date_and_id_headers_never_print_an_id_number() throws IOException {
    String swapped = HEADER.replace("出生日期", "@").replace("身份证号", "出生日期").replace("@", "身份证号");
    Path roster =
        csv(
            swapped
                + "\n2021010101,张三,男,"
                + ID
                + ",2003-05-12,共青团员,汉族,软件工程学院,软件技术,专科,3,普通全日制,2021-09-01,21软件1班,2024-06-30\n");
    assertMaskedInTextAndJson(roster);
  }

  @Test
  void an_id_number_in_the_name_gender_ethnicity_length_or_entry_date_column_is_masked()
      throws IOException {
    Path roster =
        csv(
            HEADER
                + "\n2021010101,"
                + ID
                + ","
                + ID
                + ",2003-05-12,"
                + ID
                + ",共青团员,"
                + ID
                + ",软件工程学院,软件技术,专科,"
                + ID
                + ",普通全日制,"
                + ID
                + ",21软件1班,2024-06-30\n");
    assertMaskedInTextAndJson(roster);
  }

  @Test
  void a_full_width_or_lower_case_id_number_in_a_text_column_is_masked() throws IOException {
    StringBuilder wide = new StringBuilder();
    ID.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
    Path roster =
        csv(
            HEADER
                + "\n2021010101,张三"
                + wide
                + ",男,2003-05-12,"
                + ID.toLowerCase()
                + ",共青团员,汉族,"
                + "软件工程学院,软件技术,专科,3,普通全日制,2021-09-01,21软件1班,2024-06-30\n");
    assertMaskedInTextAndJson(roster);
  }

  @Test
  void an_id_number_ending_in_x_stored_as_a_number_cell_is_masked() throws IOException {
    String withX = "46010020030512485X";
    Path roster = dir.resolve("名单.xlsx");
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(roster)) {
      Sheet sheet = wb.createSheet("名单");
      String[] header = HEADER.split(",");
      Row head = sheet.createRow(0);
      Row row = sheet.createRow(1);
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
        row.createCell(c).setCellValue(c == 0 ? "2021010101" : c == 1 ? "张三" : "x");
      }
      row.getCell(4).setCellValue(424242.0);
      wb.write(out);
    }
    // Excel never writes this; a damaged or hand-made file does: a number cell holding the ID's
    // text.
    rewrite(
        roster,
        "xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("<v>424242(\\.0)?</v>", "<v>" + withX + "</v>"));
    CliRun run = CliRun.of("verify", roster.toString(), "--format", "json");
    assertThat(run.all()).contains("名单!E2").contains("corrupt number");
    assertThat(run.showsAnIdNumber()).as(run.all()).isFalse();
    assertThat(run.showsAStackTrace()).as(run.all()).isFalse();
  }

  @Test
  void certificates_with_an_id_number_in_the_student_number_column_never_print_it()
      throws IOException {
    Path template =
        io.gradcap.examples.certificate.CertificateWorkbooks.template(dir.resolve("模板.xlsx"));
    Path submission = dir.resolve("软件工程学院.xlsx");
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(submission)) {
      Sheet sheet = wb.createSheet("证书");
      sheet.createRow(0).createCell(0).setCellValue("2024届毕业生在校期间获得证书统计表");
      Row head = sheet.createRow(1);
      String[] header = io.gradcap.examples.certificate.CertificateWorkbooks.HEADER;
      for (int c = 0; c < header.length; c++) {
        head.createCell(c).setCellValue(header[c]);
      }
      Row row = sheet.createRow(2);
      row.createCell(0).setCellValue(ID);
      row.createCell(1).setCellValue("张三");
      row.createCell(2).setCellValue("全国大学英语四级考试");
      wb.write(out);
    }
    for (String format : new String[] {"text", "json"}) {
      CliRun run =
          CliRun.of(
              "certificates",
              template.toString(),
              submission.toString(),
              "--out",
              dir.resolve("批注-" + format + ".xlsx").toString(),
              "--format",
              format);
      assertThat(run.showsAnIdNumber()).as(run.all()).isFalse();
      assertThat(run.showsAStackTrace()).as(run.all()).isFalse();
    }
  }

  @Test
  void bidi_and_control_characters_from_the_roster_are_shown_escaped() throws IOException {
    Path roster =
        csv(
            HEADER
                + "\n2021010101,张\u202E三\u0007,男,2003-05-12,"
                + ID
                + ",共青团员,汉族,"
                + "软件工程学院,软件技术,专科,3,普通全日制,2021-09-01,21软件1班\u2066,2024-06-30\n");
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("verify", roster.toString(), "--format", format);
      assertThat(run.all())
          .as(run.all())
          .doesNotContain("\u202E")
          .doesNotContain("\u0007")
          .doesNotContain("\u2066");
      assertThat(run.all()).contains("\\u202E");
    }
  }

  private static void rewrite(
      Path zip, String entryName, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Path copy = zip.resolveSibling(zip.getFileName() + ".tmp");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(entryName)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(copy, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
