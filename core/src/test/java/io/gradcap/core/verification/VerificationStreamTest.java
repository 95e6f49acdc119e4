package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.idNumber;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A verification fed one record at a time finds what the whole-list verification finds, in bounded
 * memory.
 */
class VerificationStreamTest {

  /**
   * Records with mistakes and duplicates of both kinds, the first holders with leading zeros and
   * letters.
   */
  private static List<StudentRecord> records() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String number = i % 7 == 0 ? "A-" + i : String.format("0%09d", i);
      records.add(
          valid()
              .set(RecordField.STUDENT_NUMBER, number)
              .set(RecordField.ID_NUMBER, idNumber("460100", LocalDate.of(2003, 5, 1), i % 997))
              .set(RecordField.GENDER, i % 2 == 0 ? "女" : "男")
              .build());
    }
    records.add(valid().set(RecordField.STUDENT_NUMBER, "0000000008").build());
    records.add(valid().set(RecordField.STUDENT_NUMBER, "A-14").build());
    return records;
  }

  @Test
  void a_streamed_verification_reports_what_the_list_verification_reports() {
    List<StudentRecord> records = records();
    VerificationReport whole = Verifier.withBuiltInRules().verify(records, context());
    List<Finding> streamed = new ArrayList<>();
    VerificationStream stream = Verifier.withBuiltInRules().stream(context(), streamed::add);
    records.forEach(stream);
    assertThat(stream.records()).isEqualTo(records.size());
    assertThat(whole.findings())
        .extracting(Finding::rule)
        .contains("R6.student-number.duplicate", "R6.identity.duplicate");
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(whole.findings());
    assertThat(streamed)
        .filteredOn(f -> f.rule().equals("R6.identity.duplicate"))
        .extracting(f -> f.message(Locale.ENGLISH))
        .contains(
            whole.findings().stream()
                .filter(f -> f.rule().equals("R6.identity.duplicate"))
                .map(f -> f.message(Locale.ENGLISH))
                .toList()
                .get(0));
  }

  @Test
  void a_tally_keeps_the_first_findings_and_counts_every_one_by_rule() {
    FindingTally tally = FindingTally.keepingFirst(10);
    VerificationStream stream = Verifier.withBuiltInRules().stream(context(), tally);
    records().forEach(stream);
    VerificationReport whole = Verifier.withBuiltInRules().verify(records(), context());
    assertThat(tally.kept()).hasSize(10);
    assertThat(tally.total()).isEqualTo(whole.findings().size());
    assertThat(tally.omitted()).isEqualTo(whole.findings().size() - 10);
    assertThat(tally.blocking()).isEqualTo(whole.blocking().size());
    assertThat(tally.countByRule()).isEqualTo(whole.countByRule());
  }
}
