package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A streamed verification never throws on a broken rule: each failure becomes a blocking finding
 * and the rest runs.
 */
class VerificationStreamFailuresTest {

  private static StudentRecord numbered(String number) {
    return StudentRecord.builder().set(RecordField.STUDENT_NUMBER, number).build();
  }

  /**
   * A rule broken in one of three places: its per-record check, its set check, or making its set
   * check.
   */
  private record Broken(String id, String where) implements RecordRule {
    @Override
    public void check(
        StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
      if (where.equals("check")) {
        throw new IllegalStateException("bug");
      }
    }

    @Override
    public SetCheck setCheck(VerificationContext context) {
      if (where.equals("setCheck")) {
        throw new UnsupportedOperationException("bug");
      }
      return (record, position, findings) -> {
        if (where.equals("set")) {
          throw new ArrayIndexOutOfBoundsException(position);
        }
      };
    }
  }

  private static List<Finding> stream(RecordRule rule, StudentRecord... records) {
    List<Finding> findings = new ArrayList<>();
    VerificationStream stream =
        Verifier.builder()
            .clear()
            .rule(rule)
            .rule(BuiltInRules.UNIQUE_STUDENT_NUMBERS)
            .build()
            .stream(context(), findings::add);
    for (StudentRecord r : records) {
      stream.accept(r);
    }
    assertThat(stream.records()).isEqualTo(records.length);
    return findings;
  }

  @Test
  void a_rule_that_cannot_make_its_set_check_is_reported_once_about_no_student() {
    List<Finding> findings =
        stream(new Broken("CAMPUS.no-set", "setCheck"), numbered("S1"), numbered("S1"));
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("R6.rule-failed", "R6.student-number.duplicate");
    Finding failed = findings.get(0);
    assertThat(failed.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(failed.subject()).isNull();
    assertThat(failed.message(Locale.ENGLISH))
        .contains("CAMPUS.no-set", "UnsupportedOperationException");
  }

  @Test
  void a_rule_failing_on_a_record_is_reported_about_that_student_and_the_others_still_run() {
    List<Finding> findings =
        stream(new Broken("CAMPUS.broken", "check"), numbered("S1"), numbered("S1"));
    assertThat(findings)
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R6.rule-failed", "S1"),
            org.assertj.core.groups.Tuple.tuple("R6.rule-failed", "S1"),
            org.assertj.core.groups.Tuple.tuple("R6.student-number.duplicate", "S1"));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .contains("CAMPUS.broken", "IllegalStateException");
  }

  @Test
  void a_set_check_failing_on_a_record_is_reported_about_that_student() {
    List<Finding> findings =
        stream(new Broken("CAMPUS.set-broken", "set"), numbered("S1"), numbered("S2"));
    assertThat(findings)
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R6.rule-failed", "S1"),
            org.assertj.core.groups.Tuple.tuple("R6.rule-failed", "S2"));
    assertThat(findings.get(1).message(Locale.ENGLISH))
        .contains("CAMPUS.set-broken", "ArrayIndexOutOfBoundsException");
  }
}
