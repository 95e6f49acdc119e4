package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SheetsCommandTest {

  @TempDir Path dir;

  @Test
  void writes_one_workbook_per_college_with_each_class_and_the_full_id_numbers()
      throws IOException {
    String id1 = CliRun.id("46010220030417001");
    String id2 = CliRun.id("46010220030501002");
    String id3 = CliRun.id("46010220030601003");
    Path roster =
        Files.writeString(
            dir.resolve("名单.csv"),
            CliRun.roster(
                new String[] {"2021010102", "李四", "女", "2003-05-01", id2, "软件工程学院", "21软件1班"},
                new String[] {"2021010101", "张三", "男", "2003-04-17", id1, "软件工程学院", "21软件1班"},
                new String[] {"2021020101", "王五", "男", "2003-06-01", id3, "动画学院", "21动画1班"}),
            StandardCharsets.UTF_8);
    Path out = dir.resolve("sheets");
    CliRun run =
        CliRun.of("sheets", roster.toString(), "--out", out.toString(), "--format", "json");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.lines())
        .extracting(l -> l.get("college").asString())
        .containsExactly("动画学院", "软件工程学院");
    JsonNode software = run.lines().get(1);
    assertThat(software.get("classes").asInt()).isEqualTo(1);
    assertThat(software.get("students").asInt()).isEqualTo(2);
    // Opened under --out by its name: a temporary directory named with a run of digits shaped
    // like an ID number is masked in the printed path, as every ID-shaped text is.
    String name = Path.of(software.get("file").asString()).getFileName().toString();
    assertThat(name).isEqualTo("软件工程学院-学籍核对签名表.xlsx");
    Path file = out.resolve(name);
    try (TableReader reader = Tables.open(file)) {
      List<Row> rows = reader.rows().toList();
      assertThat(rows.get(0).texts().get(0)).isEqualTo("毕业生学籍信息核对签名表");
      assertThat(rows.get(1).texts()).contains("序号", "学号", "身份证号", "本人签名", "有误（请写明正确信息）");
      assertThat(rows.get(2).texts().get(0)).contains("软件工程学院", "21软件1班", "前交回");
      assertThat(rows.get(3).texts()).contains("2021010101", id1);
      assertThat(rows.get(4).texts()).contains("2021010102", id2);
    }
  }

  @Test
  void needs_an_output_directory() {
    assertThat(CliRun.of("sheets", "x.csv").exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }
}
