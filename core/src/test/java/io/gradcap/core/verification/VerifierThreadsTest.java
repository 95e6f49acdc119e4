package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Which threads check the records: only the caller's, unless a parallelism above 1 is asked for and
 * the input is large, in which case the records are checked in chunks on several threads.
 */
class VerifierThreadsTest {

  /**
   * A rule that notes the threads it checks records on. The first record a thread checks makes it
   * wait, up to the given time, for a second thread to join, so that idle pool threads get the
   * chance to take part whenever the verifier offers them work.
   */
  private static final class ThreadNoting implements RecordRule {
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final long waitNanos;

    ThreadNoting(long waitMillis) {
      this.waitNanos = TimeUnit.MILLISECONDS.toNanos(waitMillis);
    }

    @Override
    public String id() {
      return "A.threads";
    }

    @Override
    public void check(
        StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
      if (threads.add(Thread.currentThread())) {
        long end = System.nanoTime() + waitNanos;
        while (threads.size() < 2 && System.nanoTime() < end) {
          Thread.onSpinWait();
        }
      }
    }
  }

  private static final List<StudentRecord> LARGE =
      Collections.nCopies(
          40_000, StudentRecord.builder().set(RecordField.STUDENT_NUMBER, "S1").build());

  @Test
  void by_default_even_a_large_roster_is_checked_on_the_callers_thread_only() {
    ThreadNoting rule = new ThreadNoting(200);
    VerificationReport report =
        Verifier.builder().clear().rule(rule).build().verify(LARGE, context());
    assertThat(report.records()).isEqualTo(40_000);
    assertThat(rule.threads).containsExactly(Thread.currentThread());
  }

  @Test
  void with_a_parallelism_above_one_a_small_roster_is_still_checked_on_the_callers_thread() {
    ThreadNoting rule = new ThreadNoting(200);
    Verifier verifier = Verifier.builder().clear().rule(rule).parallelism(2).build();
    for (int n : new int[] {0, 100, 3, 1}) {
      VerificationReport report = verifier.verify(LARGE.subList(0, n), context());
      assertThat(report.records()).isEqualTo(n);
      assertThat(report.findings()).isEmpty();
    }
    assertThat(rule.threads).containsExactly(Thread.currentThread());
  }

  @Test
  void
      with_a_parallelism_of_two_the_records_of_a_large_roster_are_checked_on_more_than_one_thread() {
    ThreadNoting rule = new ThreadNoting(5_000);
    VerificationReport report =
        Verifier.builder().clear().rule(rule).parallelism(2).build().verify(LARGE, context());
    assertThat(report.records()).isEqualTo(40_000);
    assertThat(report.findings()).isEmpty();
    assertThat(rule.threads).hasSizeGreaterThan(1);
  }
}
