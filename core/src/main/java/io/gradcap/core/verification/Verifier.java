package io.gradcap.core.verification;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.Services;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs a set of {@link RecordRule}s over student records and reports {@link Finding}s (R6, R1). It
 * never throws on bad data: a rule that throws becomes a blocking {@code R6.rule-failed} finding
 * and the other rules still run. Immutable and safe to share between threads; see {@link
 * Builder#parallelism} for checking one large input on several.
 *
 * <pre>{@code
 * Verifier verifier = Verifier.builder().discoverRules().build();   // built-in + ServiceLoader
 * VerificationReport report = verifier.verify(records,
 *     VerificationContext.of(VerificationPolicy.defaults(), clock).withGraduatingYear(2024));
 * report.blocking().forEach(f -> log.warn(f.describe(Locale.CHINA)));
 * }</pre>
 */
public final class Verifier {

  /** Below this many records per thread, splitting the work costs more than it saves. */
  private static final int MIN_CHUNK = 16_384;

  private final RecordRule[] rules;
  private final int parallelism;

  private Verifier(List<RecordRule> rules, int parallelism) {
    this.rules = rules.toArray(RecordRule[]::new);
    this.parallelism = parallelism;
  }

  /** A builder that starts with the {@linkplain BuiltInRules#all() built-in rules}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A verifier with the built-in rules only. */
  public static Verifier withBuiltInRules() {
    return builder().build();
  }

  /** The rules, in the order they run. */
  public List<RecordRule> rules() {
    return List.of(rules);
  }

  /**
   * Checks every record, then what only the whole set shows (duplicates). With a parallelism above
   * 1, large inputs are checked in chunks on the common fork-join pool; the findings come out in
   * the same order either way.
   */
  public VerificationReport verify(List<StudentRecord> records, VerificationContext context) {
    int n = records.size();
    int chunks = Math.min(parallelism * 4, n / MIN_CHUNK);
    List<Finding> findings;
    if (parallelism <= 1 || chunks <= 1) {
      findings = new ArrayList<>();
      checkEach(records, 0, n, context, findings);
      for (RecordRule rule : rules) {
        checkAll(rule, records, context, findings);
      }
    } else {
      int size = (n + chunks - 1) / chunks;
      List<List<Finding>> parts =
          IntStream.range(0, chunks + rules.length)
              .parallel()
              .mapToObj(
                  part -> {
                    List<Finding> found = new ArrayList<>();
                    if (part < chunks) {
                      checkEach(
                          records, part * size, Math.min(n, (part + 1) * size), context, found);
                    } else {
                      checkAll(rules[part - chunks], records, context, found);
                    }
                    return found;
                  })
              .toList();
      findings = new ArrayList<>();
      parts.forEach(findings::addAll);
    }
    return new VerificationReport(n, findings);
  }

  private void checkEach(
      List<StudentRecord> records,
      int from,
      int to,
      VerificationContext context,
      List<Finding> findings) {
    Consumer<Finding> sink = findings::add;
    for (int i = from; i < to; i++) {
      StudentRecord record = records.get(i);
      for (RecordRule rule : rules) {
        try {
          rule.check(record, context, sink);
        } catch (RuntimeException e) {
          findings.add(failed(rule, record.subject(), e));
        }
      }
    }
  }

  private static void checkAll(
      RecordRule rule,
      List<StudentRecord> records,
      VerificationContext context,
      List<Finding> findings) {
    try {
      rule.checkAll(records, context, findings::add);
    } catch (RuntimeException e) {
      findings.add(failed(rule, null, e));
    }
  }

  /**
   * A verification fed one record at a time, for inputs too large to hold: each record is checked
   * as it comes, the whole-set rules through their {@link RecordRule.SetCheck}, and every finding
   * goes to {@code findings} at once. A rule without a set check has its whole-set part skipped.
   */
  public VerificationStream stream(VerificationContext context, Consumer<Finding> findings) {
    return new VerificationStream(rules, context, findings);
  }

  /** Checks one record on its own (no duplicate checks). */
  public List<Finding> verify(StudentRecord record, VerificationContext context) {
    List<Finding> findings = new ArrayList<>();
    for (RecordRule rule : rules) {
      try {
        rule.check(record, context, findings::add);
      } catch (RuntimeException e) {
        findings.add(failed(rule, record.subject(), e));
      }
    }
    return findings;
  }

  static Finding failed(
      RecordRule rule, @org.jspecify.annotations.Nullable String subject, RuntimeException e) {
    return Finding.of(
        "R6.rule-failed",
        Severity.BLOCKING,
        subject == null || subject.isEmpty() ? null : subject,
        null,
        Message.of(
            BuiltInRules.MESSAGES, "R6.rule-failed", ruleId(rule), e.getClass().getSimpleName()));
  }

  private static String ruleId(RecordRule rule) {
    try {
      return rule.id();
    } catch (RuntimeException e) {
      return rule.getClass().getName();
    }
  }

  /**
   * Collects the rules: built-in ones, explicit ones, discovered ones; a later rule with a taken id
   * replaces it.
   */
  public static final class Builder {
    private final Map<String, RecordRule> rules = new LinkedHashMap<>();
    private int parallelism = 1;

    private Builder() {
      BuiltInRules.all().forEach(this::rule);
    }

    /** Removes every rule registered so far, the built-in ones included. */
    public Builder clear() {
      rules.clear();
      return this;
    }

    /** Adds a rule, replacing a rule with the same id. */
    public Builder rule(RecordRule rule) {
      rules.put(rule.id(), rule);
      return this;
    }

    /** Removes the rule with the given id, such as {@code R6.class}. */
    public Builder without(String ruleId) {
      rules.remove(ruleId);
      return this;
    }

    /**
     * Adds every rule listed in {@code META-INF/services/io.gradcap.core.verification.RecordRule}.
     */
    public Builder discoverRules() {
      Services.discover(RecordRule.class).forEach(this::rule);
      return this;
    }

    /**
     * How many threads may check one large input (default 1: the caller's thread only). Above 1,
     * the common fork-join pool is used, and every rule must be safe to call from several threads.
     */
    public Builder parallelism(int threads) {
      com.google.common.base.Preconditions.checkArgument(threads >= 1, "parallelism %s", threads);
      parallelism = threads;
      return this;
    }

    public Verifier build() {
      return new Verifier(new ArrayList<>(rules.values()), parallelism);
    }
  }
}
