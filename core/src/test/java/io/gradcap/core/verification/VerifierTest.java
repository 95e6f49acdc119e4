package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.thirdparty.PoliticalStatusRequiredRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class VerifierTest {

  @Test
  void valid_records_give_no_findings() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      records.add(
          valid()
              .set(RecordField.STUDENT_NUMBER, String.valueOf(2021010101 + i))
              .set(
                  RecordField.ID_NUMBER,
                  TestRecords.idNumber("460100", java.time.LocalDate.of(2003, 5, 1), 2 * i + 2))
              .build());
    }
    VerificationReport report = Verifier.withBuiltInRules().verify(records, context());
    assertThat(report.findings()).isEmpty();
    assertThat(report.isClear()).isTrue();
    assertThat(report.records()).isEqualTo(50);
  }

  @Test
  void a_broken_record_gets_findings_from_several_rules_and_nothing_is_thrown() {
    StudentRecord broken =
        StudentRecord.builder()
            .set(RecordField.STUDENT_NUMBER, "学号?")
            .set(RecordField.NAME, "\u0007")
            .set(RecordField.ID_NUMBER, "not a number")
            .set(RecordField.ENTRY_DATE, "someday")
            .set(RecordField.PROGRAM_YEARS, "many")
            .set(RecordField.ETHNICITY, "x")
            .build();
    VerificationReport report =
        Verifier.withBuiltInRules().verify(List.of(broken, broken), context());
    assertThat(report.isClear()).isFalse();
    assertThat(report.countByRule())
        .containsKeys(
            "R6.required.missing",
            "R6.id.format",
            "R6.name.unreadable",
            "R6.student-number.format",
            "R6.value.unreadable",
            "R6.ethnicity.unknown");
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message(Locale.CHINA)).doesNotStartWith("!"));
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.message(Locale.ENGLISH)).doesNotStartWith("!"));
  }

  @Test
  void a_rule_that_throws_becomes_a_blocking_finding_and_the_others_still_run() {
    RecordRule throwing =
        new RecordRule() {
          @Override
          public String id() {
            return "CAMPUS.broken";
          }

          @Override
          public void check(
              StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
            throw new IllegalStateException("bug");
          }
        };
    Verifier verifier = Verifier.builder().rule(throwing).build();
    List<Finding> findings =
        verifier.verify(valid().set(RecordField.GENDER, "男").build(), context());
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder("R6.rule-failed", "R6.consistency.gender");
    assertThat(findings.get(findings.size() - 1).message(Locale.ENGLISH))
        .contains("CAMPUS.broken", "IllegalStateException");
  }

  @Test
  void rules_can_be_registered_explicitly_or_removed() {
    Verifier only = Verifier.builder().clear().rule(new PoliticalStatusRequiredRule()).build();
    assertThat(only.rules()).extracting(RecordRule::id).containsExactly("CAMPUS.political-status");
    assertThat(only.verify(valid().set(RecordField.POLITICAL_STATUS, "").build(), context()))
        .extracting(Finding::rule)
        .containsExactly("CAMPUS.political-status");
    assertThat(Verifier.builder().without("R6.class").build().rules())
        .extracting(RecordRule::id)
        .doesNotContain("R6.class");
  }

  /**
   * 40,000 real records: too slow to repeat per mutant, so mutation runs leave it out (see
   * VerifierRunsTest).
   */
  @Test
  @Tag("large")
  void checking_on_several_threads_finds_the_same_in_the_same_order() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      StudentRecord.Builder b =
          valid()
              .set(RecordField.STUDENT_NUMBER, String.valueOf(2021000000 + i % 39_000))
              .set(
                  RecordField.ID_NUMBER,
                  TestRecords.idNumber("460100", java.time.LocalDate.of(2003, 5, 1), i % 1000));
      if (i % 97 == 0) {
        b.set(RecordField.GENDER, "男");
      }
      records.add(b.build());
    }
    VerificationReport sequential = Verifier.withBuiltInRules().verify(records, context());
    VerificationReport parallel =
        Verifier.builder().parallelism(2).build().verify(records, context());
    assertThat(sequential.findings()).isNotEmpty();
    assertThat(parallel.findings()).isEqualTo(sequential.findings());
  }

  @Test
  void a_third_party_rule_is_discovered_through_its_services_file() {
    Verifier verifier = Verifier.builder().discoverRules().build();
    assertThat(verifier.rules())
        .extracting(RecordRule::id)
        .contains("R6.id", "CAMPUS.political-status");
    assertThat(verifier.verify(valid().set(RecordField.POLITICAL_STATUS, " ").build(), context()))
        .extracting(Finding::rule)
        .containsExactly("CAMPUS.political-status");
    assertThat(Verifier.withBuiltInRules().rules())
        .extracting(RecordRule::id)
        .as("discovery is opt-in")
        .doesNotContain("CAMPUS.political-status");
  }
}
