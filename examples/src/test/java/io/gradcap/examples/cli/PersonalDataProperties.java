package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wherever an ID number sits in a roster, in whatever form, no line verify prints shows it in full.
 */
class PersonalDataProperties {

  private static final String[] HEADER =
      "学号,姓名,性别,出生日期,身份证号,政治面貌,民族,学院,专业,层次,学制,学习形式,入学日期,班级,预计毕业日期".split(",");
  private static final String[] ROW =
      "2021010101,张三,男,2003-05-12,@,共青团员,汉族,软件工程学院,软件技术,专科,3,普通全日制,2021-09-01,21软件1班,2024-06-30"
          .split(",");

  @TempDir Path dir;

  @Test
  void no_output_line_shows_an_id_number_whichever_column_and_form() {
    qt().withExamples(40)
        .withShrinkCycles(20)
        .forAll(
            integers().between(0, HEADER.length - 1),
            integers().between(10_000_000, 99_999_999),
            integers().between(0, 3),
            integers().between(0, 1))
        .checkAssert(
            (column, serial, form, json) -> {
              String id = form(CliRun.id("460100" + serial + "485"), form);
              String[] row = ROW.clone();
              row[4] = CliRun.id("46010020030512002");
              row[column] =
                  column == 0
                      ? id
                      : row[column] + id; // alone in the student number, inside text elsewhere
              Path roster = write(String.join(",", HEADER) + "\n" + String.join(",", row) + "\n");
              CliRun run =
                  CliRun.of("verify", roster.toString(), "--format", json == 1 ? "json" : "text");
              assertThat(run.showsAnIdNumber()).as(run.all()).isFalse();
              assertThat(run.showsAStackTrace()).as(run.all()).isFalse();
            });
  }

  /** 0 as is, 1 lower-case x, 2 full-width digits, 3 a legacy 15-digit number. */
  private static String form(String id, int form) {
    return switch (form) {
      case 1 -> id.toLowerCase(Locale.ROOT);
      case 2 ->
          id.chars()
              .collect(
                  StringBuilder::new,
                  (b, c) -> b.append((char) (c + 0xFEE0)),
                  StringBuilder::append)
              .toString();
      case 3 -> id.substring(0, 6) + id.substring(8, 17);
      default -> id;
    };
  }

  private Path write(String csv) {
    try {
      return Files.writeString(dir.resolve("名单.csv"), csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
