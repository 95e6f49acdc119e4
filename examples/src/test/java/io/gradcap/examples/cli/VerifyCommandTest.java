package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class VerifyCommandTest {

  @TempDir Path dir;

  private Path csv(String content) throws IOException {
    return Files.writeString(dir.resolve("名单.csv"), content, StandardCharsets.UTF_8);
  }

  @Test
  void a_clean_roster_has_no_blocking_finding() throws IOException {
    Path roster =
        csv(
            CliRun.roster(
                new String[] {
                  "2021010101",
                  "张三",
                  "男",
                  "2003-04-17",
                  CliRun.id("46010220030417001"),
                  "软件工程学院",
                  "21软件1班"
                },
                new String[] {
                  "2021010102",
                  "李四",
                  "女",
                  "2003-05-01",
                  CliRun.id("46010220030501002"),
                  "软件工程学院",
                  "21软件1班"
                }));
    CliRun run = CliRun.of("verify", roster.toString(), "--format", "json");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.lines())
        .noneSatisfy(l -> assertThat(l.get("severity").asString()).isEqualTo("BLOCKING"));
  }

  @Test
  void a_wrong_check_character_is_reported_at_its_cell_with_the_student_number()
      throws IOException {
    String good = CliRun.id("46010220030417001");
    String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    Path roster =
        csv(
            CliRun.roster(
                new String[] {"2021010101", "张三", "男", "2003-04-17", bad, "软件工程学院", "21软件1班"},
                new String[] {
                  "2021010102",
                  "李四",
                  "女",
                  "2003-05-01",
                  CliRun.id("46010220030501002"),
                  "软件工程学院",
                  "21软件1班"
                }));
    CliRun run = CliRun.of("verify", roster.toString(), "--format", "json", "--lang", "en");
    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    JsonNode finding =
        run.lines().stream()
            .filter(l -> l.get("rule").asString().equals("R6.id.check-character"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.get("severity").asString()).isEqualTo("BLOCKING");
    assertThat(finding.get("studentNumber").asString()).isEqualTo("2021010101");
    assertThat(finding.get("field").asString()).isNotBlank();
    assertThat(finding.get("location").asString()).isEqualTo("名单.csv!名单!E2");
    assertThat(finding.get("message").asString()).doesNotContain(bad);
  }

  @Test
  void a_roster_without_its_required_columns_is_unusable_with_the_reasons() throws IOException {
    Path roster = csv("姓名,班级\n张三,21软件1班\n");
    CliRun run = CliRun.of("verify", roster.toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines()).anySatisfy(l -> assertThat(l.has("rule")).isTrue());
    assertThat(run.lines().get(run.lines().size() - 1).has("error")).isTrue();
  }

  @Test
  void a_missing_file_is_unusable() {
    assertThat(CliRun.of("verify", dir.resolve("none.xlsx").toString(), "--format", "json").exit())
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }

  @Test
  void with_the_seed_campaign_a_student_of_another_graduating_class_is_blocking()
      throws IOException {
    Path campaign =
        Files.writeString(
            dir.resolve("seed-2024.yaml"), CampaignFiles.readSeed(), StandardCharsets.UTF_8);
    Path roster =
        csv(
            CliRun.roster(
                    new String[] {
                      "2021010101",
                      "张三",
                      "男",
                      "2003-04-17",
                      CliRun.id("46010220030417001"),
                      "软件工程学院",
                      "21软件1班"
                    })
                .replace("2021-09-01", "2020-09-01")
                .replace("2024-06-30", "2023-06-30"));
    CliRun without = CliRun.of("verify", roster.toString(), "--format", "json");
    assertThat(without.lines())
        .noneSatisfy(
            l -> assertThat(l.get("rule").asString()).isEqualTo("R1.cohort.graduating-class"));
    CliRun with =
        CliRun.of(
            "verify", roster.toString(), "--format", "json", "--campaign", campaign.toString());
    assertThat(with.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(with.lines())
        .anySatisfy(
            l -> {
              assertThat(l.get("rule").asString()).isEqualTo("R1.cohort.graduating-class");
              assertThat(l.get("studentNumber").asString()).isEqualTo("2021010101");
            });
  }

  /**
   * An ordinary roster of {@code students} rows, every student number and ID number distinct: about
   * 120 bytes a row.
   */
  private Path largeRoster(int students) throws IOException {
    Path file = dir.resolve("大名单.csv");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(CliRun.roster());
      for (int i = 0; i < students; i++) {
        String number = String.valueOf(2021000000L + i);
        String id =
            CliRun.id(
                "4601022003"
                    + String.format("%02d%02d", 1 + i % 12, 1 + i % 28)
                    + String.format("%03d", i % 1000));
        out.write(
            CliRun.roster(
                    new String[] {
                      number,
                      "学生" + (i % 1000),
                      i % 1000 % 2 == 0 ? "女" : "男",
                      "2003-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28),
                      id,
                      "软件工程学院",
                      "21软件" + (i % 50) + "班"
                    })
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow());
        out.write('\n');
      }
    }
    return file;
  }

  @Test
  void a_roster_of_150000_rows_is_verified_in_a_heap_of_96_mb() throws Exception {
    Path roster = largeRoster(150_000);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx96m",
                "-cp",
                System.getProperty("java.class.path"),
                GradcapCommand.class.getName(),
                "verify",
                roster.toString(),
                "--lang",
                "en")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    int exit = process.waitFor();
    String out = Files.readString(dir.resolve("out.txt"));
    assertThat(out).doesNotContain("OutOfMemoryError").contains("150000 records;");
    assertThat(exit)
        .as(out.lines().skip(Math.max(0, out.lines().count() - 5)).toList().toString())
        .isIn(GradcapCommand.OK, GradcapCommand.BLOCKING_FINDINGS);
  }
}
