package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** How the verifier runs its rules: order, failures, registration, and checking in chunks. */
class VerifierRunsTest {

  /** A rule that reports one finding per record it sees, naming the record. */
  private record Echo(String id) implements RecordRule {
    @Override
    public void check(
        StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
      findings.accept(
          Finding.of(
              id, Severity.INFO, record.subject(), null, Message.of(BuiltInRules.MESSAGES, id)));
    }
  }

  /** A rule whose whole-set check reports how many records it saw. */
  private record Counting(String id) implements RecordRule {
    @Override
    public void check(
        StudentRecord record, VerificationContext context, Consumer<Finding> findings) {}

    @Override
    public void checkAll(
        List<StudentRecord> records, VerificationContext context, Consumer<Finding> findings) {
      findings.accept(
          Finding.of(
              id,
              Severity.WARNING,
              String.valueOf(records.size()),
              null,
              Message.of(BuiltInRules.MESSAGES, id)));
    }
  }

  private static RecordRule throwing(String id, boolean inCheckAll) {
    return new RecordRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(
          StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
        if (!inCheckAll) {
          throw new IllegalArgumentException("bug");
        }
      }

      @Override
      public void checkAll(
          List<StudentRecord> records, VerificationContext context, Consumer<Finding> findings) {
        if (inCheckAll) {
          throw new ArithmeticException("bug");
        }
      }
    };
  }

  private static StudentRecord numbered(int n) {
    return StudentRecord.builder().set(RecordField.STUDENT_NUMBER, "S" + n).build();
  }

  @Test
  void findings_come_record_by_record_in_rule_order_then_the_whole_set_checks() {
    Verifier verifier =
        Verifier.builder()
            .clear()
            .rule(new Echo("A.one"))
            .rule(new Counting("A.all"))
            .rule(new Echo("A.two"))
            .build();
    VerificationReport report = verifier.verify(List.of(numbered(1), numbered(2)), context());
    assertThat(report.records()).isEqualTo(2);
    assertThat(report.findings())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A.one", "S1"),
            org.assertj.core.groups.Tuple.tuple("A.two", "S1"),
            org.assertj.core.groups.Tuple.tuple("A.one", "S2"),
            org.assertj.core.groups.Tuple.tuple("A.two", "S2"),
            org.assertj.core.groups.Tuple.tuple("A.all", "2"));
  }

  @Test
  void checking_one_record_runs_every_rule_in_order_without_the_whole_set_checks() {
    Verifier verifier =
        Verifier.builder()
            .clear()
            .rule(new Echo("A.one"))
            .rule(new Counting("A.all"))
            .rule(new Echo("A.two"))
            .build();
    assertThat(verifier.verify(numbered(7), context()))
        .extracting(Finding::rule)
        .containsExactly("A.one", "A.two");
  }

  @Test
  void a_rule_failing_on_one_record_is_reported_about_that_student() {
    Verifier verifier =
        Verifier.builder()
            .clear()
            .rule(throwing("CAMPUS.broken", false))
            .rule(new Echo("A.one"))
            .build();
    VerificationReport report = verifier.verify(List.of(numbered(1)), context());
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactly("R6.rule-failed", "A.one");
    Finding failed = report.findings().get(0);
    assertThat(failed.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(failed.subject()).isEqualTo("S1");
    assertThat(failed.field()).isNull();
    assertThat(failed.message(Locale.ENGLISH))
        .isEqualTo(
            "Rule CAMPUS.broken failed (IllegalArgumentException); please contact the system administrator");
    assertThat(verifier.verify(numbered(2), context()))
        .first()
        .extracting(Finding::subject)
        .isEqualTo("S2");
  }

  @Test
  void a_rule_failing_on_a_record_without_a_student_number_is_reported_about_no_student() {
    Verifier verifier = Verifier.builder().clear().rule(throwing("CAMPUS.broken", false)).build();
    StudentRecord anonymous = StudentRecord.builder().set(RecordField.NAME, "张三").build();
    assertThat(verifier.verify(List.of(anonymous), context()).findings())
        .singleElement()
        .extracting(Finding::subject)
        .isNull();
    assertThat(verifier.verify(anonymous, context()))
        .singleElement()
        .extracting(Finding::subject)
        .isNull();
  }

  @Test
  void a_whole_set_check_that_fails_blocks_and_the_other_rules_still_report() {
    Verifier verifier =
        Verifier.builder()
            .clear()
            .rule(throwing("CAMPUS.all-broken", true))
            .rule(new Counting("A.all"))
            .build();
    VerificationReport report = verifier.verify(List.of(numbered(1), numbered(2)), context());
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactly("R6.rule-failed", "A.all");
    assertThat(report.findings().get(0).subject()).isNull();
    assertThat(report.findings().get(0).message(Locale.ENGLISH))
        .contains("CAMPUS.all-broken", "ArithmeticException");
    assertThat(report.isClear()).isFalse();
  }

  @Test
  void a_rule_whose_id_also_fails_is_named_by_its_class() {
    RecordRule nameless =
        new RecordRule() {
          private int calls;

          @Override
          public String id() {
            if (calls++ > 0) {
              throw new IllegalStateException("no id");
            }
            return "CAMPUS.nameless";
          }

          @Override
          public void check(
              StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
            throw new IllegalStateException("bug");
          }
        };
    Verifier verifier = Verifier.builder().clear().rule(nameless).build();
    assertThat(verifier.verify(numbered(1), context()))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message(Locale.ENGLISH)).contains(nameless.getClass().getName()));
  }

  @Test
  void a_rule_with_a_taken_id_replaces_the_earlier_one_in_its_place() {
    Verifier verifier =
        Verifier.builder()
            .clear()
            .rule(new Echo("A.one"))
            .rule(new Echo("A.two"))
            .rule(new Counting("A.one"))
            .build();
    assertThat(verifier.rules()).extracting(RecordRule::id).containsExactly("A.one", "A.two");
    assertThat(verifier.rules().get(0)).isInstanceOf(Counting.class);
  }

  @Test
  void the_builder_starts_with_the_built_in_rules_and_removes_by_id() {
    assertThat(Verifier.withBuiltInRules().rules()).containsExactlyElementsOf(BuiltInRules.all());
    assertThat(Verifier.builder().without("R6.name").build().rules())
        .extracting(RecordRule::id)
        .hasSize(BuiltInRules.all().size() - 1)
        .doesNotContain("R6.name");
  }

  @Test
  void parallelism_below_one_is_refused() {
    assertThatThrownBy(() -> Verifier.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism 0");
    assertThat(
            Verifier.builder()
                .parallelism(1)
                .build()
                .verify(List.of(valid().build()), context())
                .isClear())
        .isTrue();
  }

  @Test
  void checking_in_chunks_gives_the_findings_of_one_thread_in_the_same_order() {
    // Above 2 x 16,384 records the input is split; three shared records keep the test quick.
    Verifier sequential =
        Verifier.builder()
            .clear()
            .rule(new Echo("A.one"))
            .rule(new Counting("A.all"))
            .rule(new Echo("A.two"))
            .build();
    Verifier parallel =
        Verifier.builder()
            .clear()
            .rule(new Echo("A.one"))
            .rule(new Counting("A.all"))
            .rule(new Echo("A.two"))
            .parallelism(2)
            .build();
    List<StudentRecord> records = new ArrayList<>();
    StudentRecord[] three = {numbered(1), numbered(2), numbered(3)};
    for (int i = 0; i < 40_001; i++) {
      records.add(three[i % 3]);
    }
    VerificationReport one = sequential.verify(records, context());
    VerificationReport chunked = parallel.verify(records, context());
    assertThat(chunked.records()).isEqualTo(40_001);
    assertThat(chunked.findings()).hasSize(2 * 40_001 + 1).isEqualTo(one.findings());
    assertThat(chunked.findings().get(2 * 40_000 + 1).subject()).isEqualTo("S2");
    assertThat(chunked.findings().get(2 * 40_001))
        .extracting(Finding::rule, Finding::subject)
        .containsExactly("A.all", "40001");
  }

  @Test
  void a_failing_rule_in_a_chunked_check_is_reported_like_on_one_thread() {
    Verifier parallel =
        Verifier.builder()
            .clear()
            .rule(throwing("CAMPUS.all-broken", true))
            .rule(new Counting("A.all"))
            .parallelism(2)
            .build();
    List<StudentRecord> records = java.util.Collections.nCopies(40_000, numbered(1));
    assertThat(parallel.verify(records, context()).findings())
        .extracting(Finding::rule)
        .containsExactly("R6.rule-failed", "A.all");
  }
}
