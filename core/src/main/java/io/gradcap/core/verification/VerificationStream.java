package io.gradcap.core.verification;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A verification fed one record at a time, for rosters too large to hold: each record is checked as
 * it comes and then forgotten; the whole-set rules (duplicates) keep only compact indexes through
 * their {@link RecordRule.SetCheck}. Findings go to the sink as they are found, so what is kept of
 * them is the sink's choice ({@link FindingTally} keeps the first few and counts the rest). Not
 * thread-safe: one stream is fed from one thread.
 *
 * <pre>{@code
 * FindingTally tally = FindingTally.keepingFirst(1_000);
 * VerificationStream stream = Verifier.withBuiltInRules().stream(context, tally);
 * rows.forEach(row -> stream.accept(RosterRecords.toRecord(row)));
 * }</pre>
 */
public final class VerificationStream implements Consumer<StudentRecord> {

  private final RecordRule[] rules;
  private final VerificationContext context;
  private final Consumer<Finding> sink;
  private final List<RecordRule> setRules = new ArrayList<>();
  private final List<RecordRule.SetCheck> setChecks = new ArrayList<>();
  private int records;

  VerificationStream(RecordRule[] rules, VerificationContext context, Consumer<Finding> sink) {
    this.rules = rules;
    this.context = context;
    this.sink = sink;
    for (RecordRule rule : rules) {
      RecordRule.SetCheck check;
      try {
        check = rule.setCheck(context);
      } catch (RuntimeException e) {
        sink.accept(Verifier.failed(rule, null, e));
        continue;
      }
      if (check != null) {
        setRules.add(rule);
        setChecks.add(check);
      }
    }
  }

  /** Checks the record on its own and against those before it. */
  @Override
  public void accept(StudentRecord record) {
    for (RecordRule rule : rules) {
      try {
        rule.check(record, context, sink);
      } catch (RuntimeException e) {
        sink.accept(Verifier.failed(rule, record.subject(), e));
      }
    }
    for (int i = 0; i < setChecks.size(); i++) {
      try {
        setChecks.get(i).check(record, records, sink);
      } catch (RuntimeException e) {
        sink.accept(Verifier.failed(setRules.get(i), record.subject(), e));
      }
    }
    records++;
  }

  /** How many records were checked. */
  public int records() {
    return records;
  }
}
