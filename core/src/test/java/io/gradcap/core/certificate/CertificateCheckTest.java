package io.gradcap.core.certificate;

import static io.gradcap.core.certificate.Sheets.ANIMATION;
import static io.gradcap.core.certificate.Sheets.HEADER;
import static io.gradcap.core.certificate.Sheets.ROSTER;
import static io.gradcap.core.certificate.Sheets.SOFTWARE;
import static io.gradcap.core.certificate.Sheets.TITLE;
import static io.gradcap.core.certificate.Sheets.li;
import static io.gradcap.core.certificate.Sheets.sheet;
import static io.gradcap.core.certificate.Sheets.wang;
import static io.gradcap.core.certificate.Sheets.with;
import static io.gradcap.core.certificate.Sheets.zhang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.spi.table.CellNote;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {

  private static final CertificateCheck CHECK =
      CertificateCheck.of(CertificateTemplate.standard(), CertificateCatalogue.defaults());

  private static CertificateReport check(List<Row> rows) {
    return CHECK.check(rows, ROSTER, SOFTWARE);
  }

  private static List<String> rules(CertificateReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void a_submission_as_the_template_asks_has_no_findings() {
    CertificateReport report = check(sheet(TITLE, HEADER, zhang(), li(), wang()));

    assertThat(report.findings()).isEmpty();
    assertThat(report.headerRow()).isEqualTo(1);
    assertThat(report.submitted()).isEqualTo(3);
    assertThat(report.clean()).isEqualTo(3);
    assertThat(report.isClean()).isTrue();
    assertThat(report.entries().get(0).value(CertificateField.ISSUE_DATE)).isEqualTo("2023-06-01");
  }

  @Test
  void a_renamed_header_is_reported_at_its_cell_and_its_column_is_still_read() {
    CertificateReport report =
        check(sheet(TITLE, with(HEADER, 4, "编号"), zhang(), with(li(), 4, "NCRE-2023-0001")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::field)
        .containsExactly(
            tuple("R7.certificate.column-renamed", "证书.xlsx!Sheet1!E2", "certificateNumber"),
            tuple("R7.certificate.duplicate-number", "证书.xlsx!Sheet1!E4", "certificateNumber"));
    assertThat(report.findings().get(0).message(Locale.ENGLISH)).contains("\"编号\"", "\"证书编号\"");
  }

  @Test
  void an_inserted_column_is_reported_at_its_header_cell() {
    Object[] header = {"学号", "姓名", "班级", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注"};
    Object[] row = {
      "2021010101", "张三", "21软件1班", "全国计算机等级考试", "二级", "N-1", "教育部考试中心", LocalDate.of(2023, 6, 1)
    };

    CertificateReport report = check(sheet(header, row));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(tuple("R7.certificate.column-inserted", "证书.xlsx!Sheet1!C1"));
    assertThat(report.entries().get(0).value(CertificateField.CERTIFICATE_NAME))
        .isEqualTo("全国计算机等级考试");
  }

  @Test
  void a_removed_column_is_reported_where_the_template_has_it() {
    Object[] header = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证日期", "备注"};
    Object[] row = {"2021010101", "张三", "全国计算机等级考试", "二级", "N-1", LocalDate.of(2023, 6, 1)};

    CertificateReport report = check(sheet(header, row));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::field)
        .containsExactly(tuple("R7.certificate.column-removed", "证书.xlsx!Sheet1!F1", "issuer"));
  }

  @Test
  void reordered_columns_are_reported_at_each_moved_header() {
    Object[] header = {"学号", "姓名", "证书名称", "证书编号", "等级", "发证机关", "发证日期", "备注"};
    Object[] row = {
      "2021010101", "张三", "全国计算机等级考试", "N-1", "二级", "教育部考试中心", LocalDate.of(2023, 6, 1)
    };

    CertificateReport report = check(sheet(header, row));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.column-reordered", "证书.xlsx!Sheet1!D1"),
            tuple("R7.certificate.column-reordered", "证书.xlsx!Sheet1!E1"));
    assertThat(report.entries().get(0).value(CertificateField.LEVEL)).isEqualTo("二级");
  }

  @Test
  void a_sheet_without_the_header_row_is_reported_once() {
    CertificateReport report = check(sheet(TITLE, new Object[] {"随便", "什么"}, zhang()));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(tuple("R7.certificate.header-missing", "证书.xlsx!Sheet1!A1"));
    assertThat(report.headerRow()).isEqualTo(-1);
  }

  @Test
  void a_required_cell_left_blank_is_blocking_and_remarks_may_be_blank() {
    CertificateReport report = check(sheet(HEADER, with(zhang(), 5, "  "), li()));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::subject)
        .containsExactly(tuple("R7.certificate.cell-blank", "证书.xlsx!Sheet1!F2", "2021010101"));
    assertThat(report.clean()).isEqualTo(1);
  }

  @Test
  void cells_in_the_wrong_format_are_reported() {
    CertificateReport report =
        check(
            sheet(
                HEADER,
                with(zhang(), 6, "2023.6"),
                with(li(), 0, "2021/010102"),
                with(wang(), 6, "2024-02-30")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.cell-format", "证书.xlsx!Sheet1!G2"),
            tuple("R7.certificate.cell-format", "证书.xlsx!Sheet1!A3"),
            tuple("R7.certificate.cell-format", "证书.xlsx!Sheet1!G4"));
  }

  @Test
  void rows_below_the_table_need_a_marker_row() {
    CertificateReport unmarked = check(sheet(TITLE, HEADER, zhang(), null, li(), wang()));
    CertificateReport blankRowStored = check(sheet(TITLE, HEADER, zhang(), new Object[0], li()));
    CertificateReport marked =
        check(sheet(TITLE, HEADER, zhang(), null, new Object[] {"补充："}, li(), wang()));
    CertificateReport markedInSecondCell =
        check(sheet(TITLE, HEADER, zhang(), new Object[] {null, "以下为补充"}, li()));

    assertThat(unmarked.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.row-without-marker", "证书.xlsx!Sheet1!A5"),
            tuple("R7.certificate.row-without-marker", "证书.xlsx!Sheet1!A6"));
    assertThat(rules(blankRowStored)).containsExactly("R7.certificate.row-without-marker");
    assertThat(marked.findings()).isEmpty();
    assertThat(marked.entries())
        .extracting(CertificateEntry::appended)
        .containsExactly(false, true, true);
    assertThat(markedInSecondCell.findings()).isEmpty();
  }

  @Test
  void signature_lines_below_the_table_are_neither_rows_nor_markers() {
    Object[] signature = {"填表人：王老师", null, null, null, "审核人："};

    CertificateReport below = check(sheet(TITLE, HEADER, zhang(), li(), null, signature));
    CertificateReport rowAfter = check(sheet(TITLE, HEADER, zhang(), signature, li()));

    assertThat(below.findings()).isEmpty();
    assertThat(below.submitted()).isEqualTo(2);
    assertThat(rules(rowAfter)).containsExactly("R7.certificate.row-without-marker");
  }

  @Test
  void rows_inserted_between_the_templates_rows_are_reported() {
    CertificateTemplate template =
        CertificateTemplate.read(sheet(TITLE, HEADER, zhang(), wang())).orElseThrow();
    CertificateCheck check = CertificateCheck.of(template, CertificateCatalogue.defaults());

    CertificateReport inside =
        check.check(sheet(TITLE, HEADER, zhang(), li(), wang()), ROSTER, SOFTWARE);
    CertificateReport adjacent =
        check.check(sheet(TITLE, HEADER, zhang(), wang(), li()), ROSTER, SOFTWARE);
    CertificateReport below =
        check.check(
            sheet(TITLE, HEADER, zhang(), wang(), new Object[] {"补充："}, li()), ROSTER, SOFTWARE);

    assertThat(inside.findings())
        .extracting(Finding::rule, Finding::location)
        .contains(tuple("R7.certificate.row-inside-table", "证书.xlsx!Sheet1!A4"));
    assertThat(rules(adjacent)).containsExactly("R7.certificate.row-without-marker");
    assertThat(below.findings()).isEmpty();
  }

  @Test
  void students_not_on_the_roster_or_of_another_college_are_blocking() {
    Object[] stranger = with(zhang(), 0, "2099999999");
    Object[] animator = with(with(with(zhang(), 0, "2021020201"), 1, "赵六"), 4, "N-9");

    CertificateReport report = check(sheet(HEADER, stranger, animator));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::severity)
        .containsExactly(
            tuple("R7.certificate.student-not-on-roster", "证书.xlsx!Sheet1!A2", Severity.BLOCKING),
            tuple("R7.certificate.student-other-college", "证书.xlsx!Sheet1!A3", Severity.BLOCKING));
    assertThat(report.findings().get(1).message(Locale.ENGLISH)).contains(ANIMATION, SOFTWARE);
  }

  @Test
  void a_name_that_differs_from_the_roster_is_a_warning_at_the_name_cell() {
    CertificateReport report = check(sheet(HEADER, with(zhang(), 1, "张珊")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::severity)
        .containsExactly(
            tuple("R7.certificate.name-mismatch", "证书.xlsx!Sheet1!B2", Severity.WARNING));
    assertThat(report.clean()).isEqualTo(1);
  }

  @Test
  void without_a_college_the_college_of_most_students_is_assumed() {
    CertificateReport report =
        CHECK.check(
            sheet(
                HEADER,
                zhang(),
                li(),
                with(with(with(zhang(), 0, "2021020201"), 1, "赵六"), 4, "N-9")),
            ROSTER,
            null);

    assertThat(report.college()).isEqualTo(SOFTWARE);
    assertThat(rules(report)).containsExactly("R7.certificate.student-other-college");
  }

  @Test
  void an_empty_roster_skips_the_roster_rules() {
    CertificateReport report =
        CHECK.check(sheet(HEADER, with(zhang(), 0, "2099999999")), Roster.of(List.of()), null);

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void a_certificate_number_given_twice_is_reported_at_the_second_row() {
    CertificateReport report =
        check(sheet(HEADER, zhang(), li(), with(wang(), 4, " ncre-2023-0001 ")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(tuple("R7.certificate.duplicate-number", "证书.xlsx!Sheet1!E4"));
    assertThat(report.findings().get(0).message(Locale.CHINESE)).contains("E2");
    assertThat(report.entries())
        .extracting(CertificateEntry::clean)
        .containsExactly(true, true, false);
  }

  @Test
  void an_unknown_certificate_or_level_is_a_warning() {
    CertificateReport report =
        check(
            sheet(
                HEADER,
                with(zhang(), 2, "驾驶证"),
                with(li(), 3, "二级丙等"),
                with(with(wang(), 2, "CET-4"), 3, "528")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::severity)
        .containsExactly(
            tuple("R7.certificate.unknown-certificate", "证书.xlsx!Sheet1!C2", Severity.WARNING),
            tuple("R7.certificate.unknown-level", "证书.xlsx!Sheet1!D3", Severity.WARNING));
    assertThat(report.findings().get(1).message(Locale.CHINESE)).contains("二级甲等");
    assertThat(report.isClean()).isTrue();
  }

  @Test
  void notes_put_each_finding_at_its_cell_errors_red_and_warnings_yellow() {
    CertificateReport report = check(sheet(HEADER, with(zhang(), 1, "张珊"), with(li(), 6, "2022年")));

    List<CellNote> notes = report.notes(Locale.CHINESE);

    assertThat(notes)
        .extracting(CellNote::cell, CellNote::level)
        .containsExactly(
            tuple(CellRef.of("证书.xlsx", "Sheet1", 1, 1), CellNote.Level.WARNING),
            tuple(CellRef.of("证书.xlsx", "Sheet1", 2, 6), CellNote.Level.ERROR));
    assertThat(notes.get(1).text()).contains("2022年");
    assertThat(CertificateReport.errorsColumnHeader(Locale.ENGLISH)).isEqualTo("Errors");
  }
}
