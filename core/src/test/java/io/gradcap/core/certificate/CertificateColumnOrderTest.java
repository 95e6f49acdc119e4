package io.gradcap.core.certificate;

import static io.gradcap.core.certificate.Sheets.HEADER;
import static io.gradcap.core.certificate.Sheets.ROSTER;
import static io.gradcap.core.certificate.Sheets.SOFTWARE;
import static io.gradcap.core.certificate.Sheets.TITLE;
import static io.gradcap.core.certificate.Sheets.sheet;
import static io.gradcap.core.certificate.Sheets.with;
import static io.gradcap.core.certificate.Sheets.zhang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.core.finding.Finding;
import io.gradcap.spi.table.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateColumnOrderTest {

  private static final CertificateCheck CHECK =
      CertificateCheck.of(CertificateTemplate.standard(), CertificateCatalogue.defaults());

  private static CertificateReport check(List<Row> rows) {
    return CHECK.check(rows, ROSTER, SOFTWARE);
  }

  @Test
  void a_removed_last_column_is_reported_where_the_template_has_it() {
    Object[] header = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期"};
    Object[] row = {
      "2021010101", "张三", "全国计算机等级考试", "二级", "N-1", "教育部考试中心", LocalDate.of(2023, 6, 1)
    };

    CertificateReport report = check(sheet(TITLE, header, row));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location, Finding::field)
        .containsExactly(tuple("R7.certificate.column-removed", "证书.xlsx!Sheet1!H2", "remarks"));
    assertThat(report.isLayoutClean()).isFalse();
  }

  @Test
  void a_last_header_cell_left_blank_is_a_removed_column_not_a_renamed_one() {
    Object[] header = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", null};

    CertificateReport report = check(sheet(TITLE, header, zhang()));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(tuple("R7.certificate.column-removed", "证书.xlsx!Sheet1!H2"));
  }

  @Test
  void a_column_appended_after_the_last_is_an_inserted_column() {
    Object[] header = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注", "班级"};

    CertificateReport report = check(sheet(TITLE, header, zhang()));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(tuple("R7.certificate.column-inserted", "证书.xlsx!Sheet1!I2"));
  }

  @Test
  void swapping_the_first_two_columns_is_reported_at_both_cells_and_both_are_still_read() {
    Object[] header = with(with(HEADER, 0, "姓名"), 1, "学号");
    Object[] row = with(with(zhang(), 0, "张三"), 1, "2021010101");

    CertificateReport report = check(sheet(TITLE, header, row));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.column-reordered", "证书.xlsx!Sheet1!A2"),
            tuple("R7.certificate.column-reordered", "证书.xlsx!Sheet1!B2"));
    assertThat(report.entries().get(0).value(CertificateField.STUDENT_NUMBER))
        .isEqualTo("2021010101");
    assertThat(report.entries().get(0).value(CertificateField.NAME)).isEqualTo("张三");
  }

  @Test
  void a_column_moved_into_the_place_of_a_removed_one_is_not_taken_for_a_rename() {
    Object[] header = with(with(HEADER, 0, "姓名"), 1, "学生号");

    CertificateReport report =
        check(sheet(TITLE, header, with(with(zhang(), 0, "张三"), 1, "2021010101")));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.column-removed", "证书.xlsx!Sheet1!A2"),
            tuple("R7.certificate.column-inserted", "证书.xlsx!Sheet1!B2"));
  }

  @Test
  void the_findings_of_one_row_come_in_column_order() {
    Object[] stranger = with(with(zhang(), 0, "2099999999"), 6, "2023年6月");

    CertificateReport report = check(sheet(HEADER, stranger));

    assertThat(report.findings())
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple("R7.certificate.student-not-on-roster", "证书.xlsx!Sheet1!A2"),
            tuple("R7.certificate.cell-format", "证书.xlsx!Sheet1!G2"));
  }
}
