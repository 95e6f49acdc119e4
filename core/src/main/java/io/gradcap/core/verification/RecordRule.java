package io.gradcap.core.verification;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A check of student records: the extension point for campus-specific rules. Register one on {@link
 * Verifier.Builder#rule} or list it in {@code
 * META-INF/services/io.gradcap.core.verification.RecordRule} (and {@code provides} in {@code
 * module-info}) and call {@link Verifier.Builder#discoverRules()}.
 *
 * <p>A rule reports what is wrong as {@link Finding}s and returns normally; it should not throw on
 * bad data (if it does, the verifier turns the exception into a blocking finding of its own). It
 * must be stateless: a verifier with a parallelism above 1 calls it from several threads at once.
 */
public interface RecordRule {

  /** The stable id of the rule, such as {@code R6.id}; the findings it reports may refine it. */
  String id();

  /** Checks one record and reports what is wrong. */
  void check(StudentRecord record, VerificationContext context, Consumer<Finding> findings);

  /** Checks what only the whole set of records shows (uniqueness); nothing by default. */
  default void checkAll(
      List<StudentRecord> records, VerificationContext context, Consumer<Finding> findings) {}

  /**
   * The whole-set check of {@link #checkAll} as one that sees the records one at a time, for a
   * stream of records too large to hold ({@link Verifier#stream}); none by default. A rule that
   * checks the whole set should give one, or a streamed verification cannot run its check.
   */
  default @Nullable SetCheck setCheck(VerificationContext context) {
    return null;
  }

  /** A whole-set check fed one record at a time, in order; it keeps only what it must remember. */
  @FunctionalInterface
  interface SetCheck {
    /**
     * Checks the record against those seen before it.
     *
     * @param position the record's 0-based position in the stream
     */
    void check(StudentRecord record, int position, Consumer<Finding> findings);
  }
}
