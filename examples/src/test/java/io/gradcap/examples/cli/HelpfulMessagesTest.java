package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each refusal says what is wrong, where, and what to do, in Chinese and in English, without a
 * stack trace.
 */
class HelpfulMessagesTest {

  @TempDir Path dir;

  private Path roster(String college, String classGroup) throws IOException {
    return Files.writeString(
        dir.resolve("名单.csv"),
        CliRun.roster(
            new String[] {
              "2021010101",
              "张三",
              "男",
              "2003-04-17",
              CliRun.id("46010220030417001"),
              college,
              classGroup
            }),
        StandardCharsets.UTF_8);
  }

  @Test
  void sheets_out_naming_a_file_says_it_must_be_a_directory() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file.txt"), "x");
    Path roster = roster("软件工程学院", "21软件1班");
    CliRun zh = CliRun.of("sheets", roster.toString(), "--out", file.toString());
    CliRun en = CliRun.of("sheets", roster.toString(), "--out", file.toString(), "--lang", "en");
    assertThat(zh.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(zh.err()).contains("a-file.txt").contains("--out 应为目录");
    assertThat(en.err()).contains("a-file.txt").contains("--out must be a directory");
    assertThat(zh.showsAStackTrace()).isFalse();
  }

  @Test
  void a_missing_campaign_file_is_said_to_be_missing() {
    CliRun zh = CliRun.of("notice-check", "nope.yaml");
    CliRun en = CliRun.of("notice-check", "nope.yaml", "--lang", "en", "--format", "json");
    assertThat(zh.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(zh.err()).contains("找不到文件").contains("nope.yaml");
    assertThat(en.err()).contains("File not found: nope.yaml");
    assertThat(en.lines().get(0).get("message").asString()).contains("File not found");
  }

  @Test
  void a_campaign_file_that_is_not_utf8_names_the_file_and_line_and_what_to_do()
      throws IOException {
    Path gbk = dir.resolve("gbk.yaml");
    Files.write(gbk, "title: ok\nname: 毕业生\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    CliRun zh = CliRun.of("notice-check", gbk.toString());
    CliRun en = CliRun.of("notice-check", gbk.toString(), "--lang", "en");
    assertThat(zh.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(zh.err()).contains("gbk.yaml").contains("不是 UTF-8").contains("第 2 行").contains("另存");
    assertThat(en.err())
        .contains("gbk.yaml")
        .contains("not UTF-8")
        .contains("line 2")
        .contains("save it");
    assertThat(en.err()).doesNotContain("Input length");
  }

  @Test
  void a_binary_campaign_file_is_said_to_be_binary() throws IOException {
    Path binary =
        Files.write(
            dir.resolve("image.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    CliRun en = CliRun.of("notice-check", binary.toString(), "--lang", "en");
    assertThat(en.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(en.err()).contains("image.yaml").contains("binary").doesNotContain("Input length");
  }

  @Test
  void duplicate_keys_in_a_campaign_file_are_refused_with_the_key_and_line() throws IOException {
    String seed = CampaignFiles.readSeed();
    Path twice = Files.writeString(dir.resolve("twice.yaml"), seed + "title: 另一个标题\n");
    int line = (int) seed.lines().count() + 1;
    CliRun en = CliRun.of("notice-check", twice.toString(), "--lang", "en");
    CliRun zh = CliRun.of("notice-check", twice.toString());
    assertThat(en.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(en.err()).contains("\"title\"").contains("appears twice").contains("line " + line);
    assertThat(zh.err()).contains("“title”").contains("重复").contains("第 " + line + " 行");
  }

  @Test
  void duplicate_keys_in_a_certificate_catalogue_are_refused_with_the_key_and_line()
      throws IOException {
    Path catalogue =
        Files.writeString(
            dir.resolve("catalogue.yaml"), "mode: extend\nmode: replace\ncertificates: []\n");
    Path template =
        io.gradcap.examples.certificate.CertificateWorkbooks.template(dir.resolve("模板.xlsx"));
    CliRun run =
        CliRun.of(
            "certificates",
            template.toString(),
            template.toString(),
            "--out",
            dir.resolve("o.xlsx").toString(),
            "--catalogue",
            catalogue.toString(),
            "--lang",
            "en");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("\"mode\"").contains("appears twice").contains("line 2");
  }

  @Test
  void a_campaign_file_above_the_size_limit_is_refused_before_it_is_read() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("title: \"".getBytes(StandardCharsets.US_ASCII));
      byte[] block = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 17; i++) {
        out.write(block);
      }
      out.write("\"\n".getBytes(StandardCharsets.US_ASCII));
    }
    CliRun en = CliRun.of("notice-check", big.toString(), "--lang", "en", "--format", "json");
    assertThat(en.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(en.err()).contains("big.yaml").contains("1 MiB").contains("limit");
    assertThat(en.lines().get(0).get("error").asString()).isEqualTo("too-large");
  }

  @Test
  void certificates_roster_with_a_blank_college_is_a_located_finding_not_a_crash()
      throws IOException {
    Path template =
        io.gradcap.examples.certificate.CertificateWorkbooks.template(dir.resolve("模板.xlsx"));
    Path roster = certificateRoster("", "21软件1班");
    CliRun run =
        CliRun.of(
            "certificates",
            template.toString(),
            template.toString(),
            "--out",
            dir.resolve("o.xlsx").toString(),
            "--roster",
            roster.toString(),
            "--format",
            "json",
            "--lang",
            "en");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.showsAStackTrace()).isFalse();
    assertThat(run.lines().get(0).get("rule").asString()).isEqualTo("R8.roster.class");
    assertThat(run.lines().get(0).get("location").asString()).endsWith("C2");
    assertThat(run.lines().get(0).get("message").asString())
        .contains("2021010101")
        .contains("no college");
  }

  @Test
  void certificates_roster_with_a_slash_in_a_class_name_is_a_located_finding_not_a_crash()
      throws IOException {
    Path template =
        io.gradcap.examples.certificate.CertificateWorkbooks.template(dir.resolve("模板.xlsx"));
    Path roster = certificateRoster("软件工程学院", "21软件1/2班");
    CliRun run =
        CliRun.of(
            "certificates",
            template.toString(),
            template.toString(),
            "--out",
            dir.resolve("o.xlsx").toString(),
            "--roster",
            roster.toString(),
            "--format",
            "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.showsAStackTrace()).isFalse();
    assertThat(run.lines().get(0).get("location").asString()).endsWith("D2");
    assertThat(run.lines().get(0).get("message").asString()).contains("21软件1/2班").contains("/");
  }

  @Test
  void sheets_for_a_college_whose_name_holds_nul_and_a_slash_are_written_under_a_safe_name()
      throws IOException {
    Path roster = roster("软件\u0000工程/学院", "21软件1班");
    Path out = dir.resolve("sheets");
    CliRun run =
        CliRun.of("sheets", roster.toString(), "--out", out.toString(), "--format", "json");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.showsAStackTrace()).isFalse();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("软件_工程_学院-学籍核对签名表.xlsx");
    }
  }

  private Path certificateRoster(String college, String classGroup) throws IOException {
    Path file = dir.resolve("名单.xlsx");
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("名单");
      String[][] rows = {{"学号", "姓名", "学院", "班级"}, {"2021010101", "张三", college, classGroup}};
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    return file;
  }
}
