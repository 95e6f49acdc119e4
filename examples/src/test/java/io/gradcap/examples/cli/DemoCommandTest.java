package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

  @TempDir static Path dir;

  /** The demo is run once per language: it runs a whole campaign. */
  private static String zh;

  private static String en;

  @BeforeAll
  static void runTheDemoInBothLanguages() {
    zh = run("demo", "--out", dir.resolve("zh").toString());
    en = run("demo", "--out", dir.resolve("en").toString(), "--lang", "en");
  }

  private static String run(String... args) {
    CommandLine cli = GradcapCommand.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isEqualTo(GradcapCommand.OK);
    return out.toString();
  }

  @Test
  void demo_shows_the_cohorts_of_the_class_of_2024() {
    String out = zh;
    assertThat(out).contains("2019级5年制", "2021级3年制", "2022级2年制联办本科").doesNotContain("-> 2023");
  }

  @Test
  void demo_prints_the_key_dates_in_teaching_weeks() {
    String out = zh;
    assertThat(out)
        .contains("第1周星期一为 2023-02-13")
        .containsPattern("2023-04-17 +第10周星期一 +学籍核对签名表交回")
        .containsPattern("2023-04-21 +第10周星期五 +采集码获取截止")
        .containsPattern("2023-04-26 +第11周星期三 +毕业图像采集日")
        .containsPattern("2023-05-19 +第14周星期五 +学籍卡交教务与学籍科")
        .containsPattern("2024-07-01 +（校历外） +图像与学历信息锁定");
  }

  @Test
  void demo_prints_attachment_1_with_the_four_persons_of_the_joint_classes() {
    String out = zh;
    assertThat(out)
        .containsPattern("15:40–18:00 +联办本科班 2022级2年制联办本科 +247 人 +周庆标、陈雪利、张卫国、刘小玉")
        .contains("合计 3110 人");
  }

  @Test
  void demo_prints_what_the_notice_gets_wrong() {
    String out = zh;
    assertThat(out)
        .contains("【阻断】 notice.number-year", "缺少 三", "只在2023年成立", "从 08:30 开始，其余上午都从 08:10 开始");
  }

  @Test
  void demo_speaks_english_on_request() {
    String out = en;
    assertThat(out)
        .contains(
            "Cohorts of the class of 2024",
            "Monday of teaching week 10",
            "Joint undergraduate classes",
            "the claim holds only in 2023",
            "三 is missing");
  }

  @Test
  void demo_runs_another_campaign_file_and_refuses_an_invalid_one() throws IOException {
    Path file = dir.resolve("other.yaml");
    Files.writeString(
        file,
        CampaignFiles.readSeed().replace("signedOn: 2022-04-03", "signedOn: 2023-04-03"),
        StandardCharsets.UTF_8);
    assertThat(run("demo", "--campaign", file.toString(), "--out", dir.resolve("other").toString()))
        .doesNotContain("notice.number-year");
    Files.writeString(file, "title: only a title\n", StandardCharsets.UTF_8);
    CommandLine cli = GradcapCommand.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("demo", "--campaign", file.toString()))
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(err.toString()).startsWith("GC-0801");
  }

  @Test
  void bad_usage_exits_with_2() {
    assertThat(GradcapCommand.commandLine().execute("demo", "--no-such-option"))
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }

  @Test
  void padding_counts_chinese_characters_as_two_columns() {
    assertThat(DemoCommand.pad("学院", 6)).isEqualTo("学院  ");
    assertThat(DemoCommand.pad("ab", 4)).isEqualTo("ab  ");
    assertThat(DemoCommand.pad("toolong", 3)).isEqualTo("toolong");
  }

  @Test
  void demo_runs_the_campaign_in_english_and_lists_its_files() {
    String out = en;
    assertThat(out)
        .contains(
            "1. Roster import",
            "import refused",
            "2. Verification (R6)",
            "R6.id.check-character",
            "Plan (left) beside Attachment 1 (right)",
            "Files written:")
        .doesNotContain("名单导入");
    // The printed path is compared by its end: a temporary folder named by a run of digits shaped
    // like an ID number is printed masked, as every ID-shaped text is.
    assertThat(out.lines())
        .anyMatch(
            l ->
                l.strip()
                    .endsWith(
                        java.io.File.separator + "en" + java.io.File.separator + "progress.html"));
    assertThat(dir.resolve("en").resolve("progress.html")).isRegularFile();
  }
}
