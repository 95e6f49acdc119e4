package io.gradcap.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the office reads off a report: counts, what blocks, and the order the rules reported in. */
class VerificationReportTest {

  private static Finding finding(String rule, Severity severity, String subject) {
    return Finding.of(rule, severity, subject, "idNumber", Message.of(BuiltInRules.MESSAGES, rule));
  }

  private static final Finding BLOCKING_A =
      finding("R6.id.format", Severity.BLOCKING, "2021010101");
  private static final Finding WARNING_A =
      finding("R6.name.normalised", Severity.WARNING, "2021010101");
  private static final Finding INFO_B =
      finding("R6.id.residence-permit", Severity.INFO, "2021010102");
  private static final Finding BLOCKING_B =
      finding("R6.id.format", Severity.BLOCKING, "2021010102");

  private static final VerificationReport REPORT =
      new VerificationReport(7, List.of(BLOCKING_A, WARNING_A, INFO_B, BLOCKING_B));

  @Test
  void the_report_keeps_the_record_count_and_the_findings_in_the_order_given() {
    assertThat(REPORT.records()).isEqualTo(7);
    assertThat(REPORT.findings()).containsExactly(BLOCKING_A, WARNING_A, INFO_B, BLOCKING_B);
  }

  @Test
  void the_findings_are_a_copy_the_caller_cannot_change_afterwards() {
    List<Finding> given = new ArrayList<>(List.of(BLOCKING_A));
    VerificationReport report = new VerificationReport(1, given);
    given.add(WARNING_A);
    assertThat(report.findings()).containsExactly(BLOCKING_A);
    assertThatThrownBy(() -> report.findings().add(WARNING_A))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blocking_lists_only_the_blocking_findings_in_order() {
    assertThat(REPORT.blocking()).containsExactly(BLOCKING_A, BLOCKING_B);
  }

  @Test
  void with_severity_selects_one_severity() {
    assertThat(REPORT.withSeverity(Severity.WARNING)).containsExactly(WARNING_A);
    assertThat(REPORT.withSeverity(Severity.INFO)).containsExactly(INFO_B);
    assertThat(REPORT.withSeverity(Severity.BLOCKING)).containsExactly(BLOCKING_A, BLOCKING_B);
  }

  @Test
  void a_report_is_clear_only_when_nothing_blocks() {
    assertThat(REPORT.isClear()).isFalse();
    assertThat(new VerificationReport(2, List.of(WARNING_A, INFO_B)).isClear()).isTrue();
    assertThat(new VerificationReport(0, List.of()).isClear()).isTrue();
    assertThat(new VerificationReport(1, List.of(BLOCKING_B)).isClear()).isFalse();
  }

  @Test
  void about_gives_one_students_findings() {
    assertThat(REPORT.about("2021010101")).containsExactly(BLOCKING_A, WARNING_A);
    assertThat(REPORT.about("2021010102")).containsExactly(INFO_B, BLOCKING_B);
    assertThat(REPORT.about("2021019999")).isEmpty();
  }

  @Test
  void count_by_rule_counts_each_rule_id_sorted_by_id() {
    assertThat(REPORT.countByRule())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("R6.id.format", 2L),
            org.assertj.core.api.Assertions.entry("R6.id.residence-permit", 1L),
            org.assertj.core.api.Assertions.entry("R6.name.normalised", 1L));
  }
}
