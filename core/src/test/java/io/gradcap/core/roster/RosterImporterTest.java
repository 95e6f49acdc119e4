package io.gradcap.core.roster;

import static io.gradcap.core.record.RecordField.BIRTH_DATE;
import static io.gradcap.core.record.RecordField.CLASS_GROUP;
import static io.gradcap.core.record.RecordField.ENTRY_DATE;
import static io.gradcap.core.record.RecordField.GENDER;
import static io.gradcap.core.record.RecordField.ID_NUMBER;
import static io.gradcap.core.record.RecordField.NAME;
import static io.gradcap.core.record.RecordField.PROGRAM_YEARS;
import static io.gradcap.core.record.RecordField.STUDENT_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.table.CellRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RosterImporterTest {

  private static final RosterImporter DEFAULTS = RosterImporter.of(RosterMapping.defaults());

  private static List<RosterRow> accepted(RosterImport result) {
    assertThat(result.findings()).as("findings").isEmpty();
    assertThat(result.isAccepted()).isTrue();
    return result.rows();
  }

  private static List<Finding> rejected(RosterImport result) {
    assertThat(result).isInstanceOf(RosterImport.Rejected.class);
    assertThat(result.rows()).isEmpty();
    return result.findings();
  }

  @Test
  void headers_are_found_below_titles_by_alias_in_any_order() {
    Sheets sheet =
        new Sheets()
            .row(0, "2024届毕业生名单")
            .row(2, "Name", "XH", "身份证号码", "性 别", "班级名称")
            .row(3, "张三", "2021010101", "11010519491231002X", "男", "21软件1班");
    List<RosterRow> rows = accepted(DEFAULTS.read(sheet));
    assertThat(rows).hasSize(1);
    RosterRow row = rows.get(0);
    assertThat(row.text(NAME)).contains("张三");
    assertThat(row.text(STUDENT_NUMBER)).contains("2021010101");
    assertThat(row.text(GENDER)).contains("男");
    assertThat(row.text(CLASS_GROUP)).contains("21软件1班");
    assertThat(row.value(ID_NUMBER).orElseThrow().location()).isEqualTo("名单.xlsx!Sheet1!C4");
    assertThat(row.text(BIRTH_DATE)).isEmpty();
    assertThat(row.rowNumber()).isEqualTo(4);
  }

  @Test
  void extra_columns_are_kept_or_ignored_as_configured() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号", "宿舍", "备注", "备注")
            .row(1, "2021010101", "张三", "11010519491231002X", "5-301", null, "转专业");
    RosterRow kept = accepted(DEFAULTS.read(sheet)).get(0);
    assertThat(kept.extras().keySet()).containsExactly("宿舍", "备注 (2)");
    assertThat(kept.extras().get("宿舍").location()).isEqualTo("名单.xlsx!Sheet1!D2");
    RosterRow ignored =
        accepted(
                RosterImporter.of(RosterMapping.defaults().withExtraColumns(ExtraColumns.IGNORE))
                    .read(sheet))
            .get(0);
    assertThat(ignored.extras()).isEmpty();
  }

  @Test
  void a_missing_required_column_is_reported_at_the_header_row() {
    Sheets sheet = new Sheets().row(1, "学号", "姓名").row(2, "2021010101", "张三");
    List<Finding> findings = rejected(DEFAULTS.read(sheet));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("import.header.missing-column");
              assertThat(f.field()).isEqualTo("idNumber");
              assertThat(f.location()).isEqualTo("名单.xlsx!Sheet1!A2");
              assertThat(f.message(Locale.CHINESE)).startsWith("缺少必需的列“身份证号”");
              assertThat(f.message(Locale.ENGLISH))
                  .startsWith("The required column \"ID number\" is missing");
            });
    assertThat(
            accepted(
                RosterImporter.of(RosterMapping.defaults().withRequired(STUDENT_NUMBER, NAME))
                    .read(sheet)))
        .hasSize(1);
  }

  @Test
  void a_field_headed_twice_is_reported_at_the_second_column() {
    Sheets sheet =
        new Sheets().row(0, "学号", "姓名", "身份证号", "Student No.").row(1, "1", "张三", "x", "1");
    assertThat(rejected(DEFAULTS.read(sheet)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("import.header.duplicate-column");
              assertThat(f.location()).isEqualTo("名单.xlsx!Sheet1!D1");
              assertThat(f.message(Locale.CHINESE)).isEqualTo("“学号”有两列：A 列和 D 列，只能保留一列");
            });
  }

  @Test
  void a_sheet_without_a_recognisable_header_is_refused() {
    Sheets sheet = new Sheets().row(0, "甲", "乙").row(1, "1", "2");
    assertThat(rejected(DEFAULTS.read(sheet)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("import.header.not-found");
              assertThat(f.location()).isEqualTo("名单.xlsx!Sheet1");
            });
  }

  @Test
  void id_numbers_stored_as_numbers_are_refused_once_precision_is_lost() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号")
            .row(1, "2021010101", "张三", 4.60102E+17)
            .row(2, "2021010102", "李四", "4.60102E+17")
            .row(3, "2021010103", "王五", 110105491231002.5);
    List<Finding> findings = rejected(DEFAULTS.read(sheet));
    assertThat(findings)
        .extracting(Finding::rule, Finding::location, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "import.value.number-lost-precision", "名单.xlsx!Sheet1!C2", "2021010101"),
            org.assertj.core.groups.Tuple.tuple(
                "import.value.number-lost-precision", "名单.xlsx!Sheet1!C3", "2021010102"),
            org.assertj.core.groups.Tuple.tuple(
                "import.value.not-a-whole-number", "名单.xlsx!Sheet1!C4", "2021010103"));
    assertThat(findings.get(0).message(Locale.CHINESE))
        .startsWith("“身份证号”被存成了数字")
        .doesNotContain("460102");
    assertThat(findings).allMatch(f -> f.severity() == Severity.BLOCKING);
  }

  @Test
  void a_whole_id_number_below_fifteen_digits_is_exact_since_none_starts_with_zero() {
    Sheets sheet =
        new Sheets().row(0, "学号", "姓名", "身份证号").row(1, "2021010101", "张三", 110105491231002d);
    RosterRow row = accepted(DEFAULTS.read(sheet)).get(0);
    assertThat(row.text(ID_NUMBER)).contains("110105491231002");
  }

  @Test
  void
      student_numbers_stored_as_numbers_are_refused_at_their_cell_since_leading_zeros_may_be_gone() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号")
            .row(1, "0210101", "张三", "11010519491231002X")
            .row(2, 12345d, "李四", "11010519491231002X")
            .row(3, 2021010103.5, "王五", "11010519491231002X");
    List<Finding> findings = rejected(DEFAULTS.read(sheet));
    assertThat(findings)
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "import.value.code-stored-as-number", "名单.xlsx!Sheet1!A3"),
            org.assertj.core.groups.Tuple.tuple(
                "import.value.code-stored-as-number", "名单.xlsx!Sheet1!A4"));
    assertThat(findings.get(0).message(Locale.CHINESE))
        .isEqualTo("“学号”被存成了数字 12345：Excel 会去掉号码开头的 0，无法确定号码是否完整。请把这一列设为文本格式，重新录入原号码");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .startsWith("\"学号\" is stored as the number 12345: Excel drops leading zeros");
  }

  @Test
  void dates_are_read_from_date_cells_serials_and_every_usual_spelling() {
    Sheets sheet = new Sheets().row(0, "学号", "姓名", "身份证号", "出生日期", "入学日期");
    Object[] births = {
      LocalDate.of(2003, 4, 17),
      37728d,
      20030417d,
      "20030417",
      "2003-04-17",
      "2003/4/17",
      "2003.4.17",
      "2003年4月17日",
      "２００３年４月１７日",
      " 2003-04-17 00:00:00 "
    };
    for (int i = 0; i < births.length; i++) {
      sheet.row(i + 1, "20210101" + i, "学生", "x", births[i], "2021-09-01");
    }
    List<RosterRow> rows = accepted(DEFAULTS.read(sheet));
    assertThat(rows)
        .hasSize(births.length)
        .allSatisfy(
            row -> {
              assertThat(row.text(BIRTH_DATE)).contains("2003-04-17");
              assertThat(row.text(ENTRY_DATE)).contains("2021-09-01");
            });
  }

  @Test
  void an_unreadable_date_is_located() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号", "出生日期")
            .row(1, "2021010101", "张三", "x", "2003-02-30");
    assertThat(rejected(DEFAULTS.read(sheet)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("import.value.unreadable-date");
              assertThat(f.field()).isEqualTo("birthDate");
              assertThat(f.location()).isEqualTo("名单.xlsx!Sheet1!D2");
              assertThat(f.message(Locale.ENGLISH))
                  .startsWith("\"出生日期\" is not a date: \"2003-02-30\"");
            });
  }

  @Test
  void full_width_digits_and_surrounding_spaces_are_cleaned() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号", "学制")
            .row(1, "\u3000２０２１０１０１０１ ", " 阿依古丽·买买提\t", "11010519491231002x", "３");
    RosterRow row = accepted(DEFAULTS.read(sheet)).get(0);
    assertThat(row.text(STUDENT_NUMBER)).contains("2021010101");
    assertThat(row.text(NAME)).contains("阿依古丽·买买提");
    assertThat(row.text(PROGRAM_YEARS)).contains("3");
  }

  @Test
  void a_merged_cell_counts_for_every_row_it_covers_and_points_at_its_top_left() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号", "班级")
            .row(1, "2021010101", "张三", "x1", "21软件1班")
            .row(2, "2021010102", "李四", "x2", null)
            .row(3, "2021010103", "王五", "x3", null)
            .merge("D2:D4");
    List<RosterRow> rows = accepted(DEFAULTS.read(sheet));
    assertThat(rows).extracting(r -> r.text(CLASS_GROUP).orElseThrow()).containsOnly("21软件1班");
    assertThat(rows.get(2).value(CLASS_GROUP).orElseThrow().source())
        .isEqualTo(CellRef.parse("名单.xlsx!Sheet1!D2"));
  }

  @Test
  void one_bad_row_rejects_the_whole_import_with_every_finding() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号")
            .row(1, "2021010101", "张三", "x1")
            .row(2, "2021010102", null, "x2")
            .row(3, null, null, null)
            .row(4, "2021010104", "赵六", Sheets.error(4, 2, "#N/A"))
            .row(5, "2021010105", "孙七", "x5");
    List<Finding> findings = rejected(DEFAULTS.read(sheet));
    assertThat(findings)
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("import.value.required-blank", "名单.xlsx!Sheet1!B3"),
            org.assertj.core.groups.Tuple.tuple("import.value.error-cell", "名单.xlsx!Sheet1!C5"));
    assertThat(findings.get(0).describe(Locale.CHINESE))
        .isEqualTo(
            "[BLOCKING] import.value.required-blank 2021010102 name @名单.xlsx!Sheet1!B3: “姓名”不能为空");
  }

  @Test
  void a_header_without_rows_is_refused() {
    assertThat(rejected(DEFAULTS.read(new Sheets().row(0, "学号", "姓名", "身份证号").row(1))))
        .extracting(Finding::rule)
        .containsExactly("import.rows.none");
  }

  @Test
  void a_college_may_add_its_own_header_texts() {
    Sheets sheet = new Sheets().row(0, "学生编号", "姓名", "身份证号").row(1, "2021010101", "张三", "x");
    assertThat(rejected(DEFAULTS.read(sheet))).isNotEmpty();
    RosterMapping mapping =
        RosterMapping.defaults().withAliases(RecordField.STUDENT_NUMBER, "学生编号");
    assertThat(accepted(RosterImporter.of(mapping).read(sheet)).get(0).text(STUDENT_NUMBER))
        .contains("2021010101");
  }

  @Test
  void a_row_never_prints_its_id_number() {
    Sheets sheet =
        new Sheets().row(0, "学号", "姓名", "身份证号").row(1, "2021010101", "张三", "11010519491231002X");
    RosterRow row = accepted(DEFAULTS.read(sheet)).get(0);
    assertThat(row.toString()).contains("2021010101").doesNotContain("11010519491231002X");
    assertThat(row.value(ID_NUMBER).orElseThrow().toString()).doesNotContain("11010519491231002X");
    assertThat(row)
        .isEqualTo(accepted(DEFAULTS.read(sheet)).get(0))
        .hasSameHashCodeAs(accepted(DEFAULTS.read(sheet)).get(0));
  }

  private static StreamedImport streamed(Sheets sheet, int keep, List<RosterRow> rows) {
    return DEFAULTS.stream(sheet, sheet.sheetNames().get(0), keep, rows::add);
  }

  @Test
  void a_streamed_import_hands_out_the_rows_the_whole_import_returns_merged_cells_settled() {
    Sheets sheet =
        new Sheets()
            .row(0, "学号", "姓名", "身份证号", "班级")
            .row(1, "2021010101", "张三", "x1", "21软件1班")
            .row(2, "2021010102", "李四", "x2", null)
            .row(3, null, null, null, null)
            .row(4, "2021010104", "王五", "x3", null)
            .row(5, "2021010105", "赵六", "x5", "21软件2班")
            .merge("D2:D5");
    List<RosterRow> rows = new ArrayList<>();
    StreamedImport result = streamed(sheet, 10, rows);
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.rows()).isEqualTo(4);
    assertThat(rows).isEqualTo(accepted(DEFAULTS.read(sheet)));
    assertThat(rows.get(2).value(CLASS_GROUP).orElseThrow().source())
        .isEqualTo(CellRef.parse("名单.xlsx!Sheet1!D2"));
  }

  @Test
  void
      a_streamed_import_keeps_the_first_findings_and_counts_them_all_and_hands_out_no_row_after_one() {
    Sheets sheet = new Sheets().row(0, "学号", "姓名", "身份证号");
    sheet.row(1, "2021010101", "张三", "x1");
    for (int i = 2; i < 60; i++) {
      sheet.row(i, (double) (2021010100 + i), null, "x");
    }
    List<RosterRow> rows = new ArrayList<>();
    StreamedImport result = streamed(sheet, 5, rows);
    assertThat(result.isAccepted()).isFalse();
    assertThat(rows).hasSize(1);
    assertThat(result.findingCount()).isEqualTo(2 * 58);
    assertThat(result.findings()).isEqualTo(rejected(DEFAULTS.read(sheet)).subList(0, 5));
    assertThat(result.omitted()).isEqualTo(2 * 58 - 5);
  }
}
