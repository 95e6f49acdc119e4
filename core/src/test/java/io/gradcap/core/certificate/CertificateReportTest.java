package io.gradcap.core.certificate;

import static io.gradcap.core.certificate.Sheets.HEADER;
import static io.gradcap.core.certificate.Sheets.ROSTER;
import static io.gradcap.core.certificate.Sheets.SOFTWARE;
import static io.gradcap.core.certificate.Sheets.TITLE;
import static io.gradcap.core.certificate.Sheets.li;
import static io.gradcap.core.certificate.Sheets.sheet;
import static io.gradcap.core.certificate.Sheets.with;
import static io.gradcap.core.certificate.Sheets.zhang;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateReportTest {

  private static final CertificateCheck CHECK =
      CertificateCheck.of(CertificateTemplate.standard(), CertificateCatalogue.defaults());

  @Test
  void a_blocking_finding_in_a_row_makes_the_submission_unclean_but_keeps_its_layout_clean() {
    CertificateReport report =
        CHECK.check(sheet(TITLE, HEADER, with(zhang(), 6, "2023年6月"), li()), ROSTER, SOFTWARE);

    assertThat(report.isClean()).isFalse();
    assertThat(report.isLayoutClean()).isTrue();
    assertThat(report.clean()).isEqualTo(1);
  }

  @Test
  void a_header_in_the_very_first_row_is_a_clean_layout() {
    CertificateReport report = CHECK.check(sheet(HEADER, zhang()), ROSTER, SOFTWARE);

    assertThat(report.headerRow()).isZero();
    assertThat(report.isLayoutClean()).isTrue();
  }

  @Test
  void a_renamed_header_breaks_the_layout() {
    CertificateReport report =
        CHECK.check(sheet(TITLE, with(HEADER, 4, "编号"), zhang()), ROSTER, SOFTWARE);

    assertThat(report.isLayoutClean()).isFalse();
  }

  @Test
  void a_sheet_without_the_header_has_no_clean_layout() {
    CertificateReport report = CHECK.check(sheet(TITLE, zhang()), ROSTER, SOFTWARE);

    assertThat(report.headerRow()).isEqualTo(-1);
    assertThat(report.isLayoutClean()).isFalse();
    assertThat(report.isClean()).isFalse();
  }

  @Test
  void a_warning_above_the_header_or_an_unlocated_blocking_finding_are_told_apart() {
    Message message = Message.of(CertificateCheck.BUNDLE, "header.missing");
    Finding warningOnTitle =
        new Finding("R7.x", Severity.WARNING, null, null, "证书.xlsx!Sheet1!A1", message);
    Finding unlocated = new Finding("R7.x", Severity.BLOCKING, null, null, null, message);
    Finding blockingBelow =
        new Finding("R7.x", Severity.BLOCKING, null, null, "证书.xlsx!Sheet1!A3", message);

    assertThat(
            new CertificateReport(SOFTWARE, 1, List.of(), List.of(warningOnTitle, blockingBelow))
                .isLayoutClean())
        .isTrue();
    assertThat(new CertificateReport(SOFTWARE, 1, List.of(), List.of(unlocated)).isLayoutClean())
        .isFalse();
    assertThat(
            new CertificateReport(SOFTWARE, 1, List.of(), List.of(unlocated)).notes(Locale.ENGLISH))
        .isEmpty();
  }

  @Test
  void the_college_is_named_when_known_and_entries_carry_their_valid_student_number() {
    CertificateReport report =
        CHECK.check(sheet(HEADER, zhang(), with(li(), 0, "学号不详")), ROSTER, SOFTWARE);

    assertThat(report.collegeIfAny()).contains(SOFTWARE);
    assertThat(report.entries().get(0).studentIfAny()).contains(StudentNumber.of("2021010101"));
    assertThat(report.entries().get(1).studentIfAny()).isEmpty();
    assertThat(CHECK.check(sheet(HEADER, with(zhang(), 0, "学号不详")), ROSTER, null).collegeIfAny())
        .isEmpty();
  }
}
