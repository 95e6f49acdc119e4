package io.gradcap.core.verification;

import io.gradcap.core.record.RecordField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything a rule may consult besides the record: the policy, today's date (from a clock the host
 * passes in), the graduating year the campaign is about, and where each class belongs. Built once
 * per verification; rules read its precomputed tables.
 */
public final class VerificationContext {

  private final VerificationPolicy policy;
  private final LocalDate today;
  private final int todayKey;
  private final int graduatingYear;
  private final Map<String, ClassPlacement> classes;
  private final @Nullable Pattern studentNumberPattern;
  private final RecordField[] required;

  private VerificationContext(
      VerificationPolicy policy,
      LocalDate today,
      int graduatingYear,
      Map<String, ClassPlacement> classes) {
    this.policy = policy;
    this.today = today;
    this.todayKey = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
    this.graduatingYear = graduatingYear;
    this.classes = Map.copyOf(classes);
    this.studentNumberPattern =
        policy.studentNumberPattern() == null
            ? null
            : Pattern.compile(policy.studentNumberPattern());
    this.required = policy.requiredFields().stream().sorted().toArray(RecordField[]::new);
  }

  /** A context for the policy, with today's date read from the clock. */
  public static VerificationContext of(VerificationPolicy policy, Clock clock) {
    return new VerificationContext(policy, LocalDate.now(clock), 0, Map.of());
  }

  /** A context for the policy on the given day. */
  public static VerificationContext of(VerificationPolicy policy, LocalDate today) {
    return new VerificationContext(policy, today, 0, Map.of());
  }

  /** The same context for a campaign about one graduating class (R1), such as 2024. */
  public VerificationContext withGraduatingYear(int year) {
    return new VerificationContext(policy, today, year, classes);
  }

  /** The same context knowing where each class belongs, keyed by the class as records name it. */
  public VerificationContext withClasses(Map<String, ClassPlacement> placements) {
    return new VerificationContext(policy, today, graduatingYear, placements);
  }

  public VerificationPolicy policy() {
    return policy;
  }

  public LocalDate today() {
    return today;
  }

  /** Today as {@code yyyyMMdd} in an int, for comparisons without allocation. */
  int todayKey() {
    return todayKey;
  }

  /** The graduating year the campaign is about, if set. */
  public OptionalInt graduatingYear() {
    return graduatingYear == 0 ? OptionalInt.empty() : OptionalInt.of(graduatingYear);
  }

  int graduatingYearOrZero() {
    return graduatingYear;
  }

  /** Where the class belongs, if the context knows. */
  public Optional<ClassPlacement> placement(String classGroup) {
    return Optional.ofNullable(classes.get(classGroup));
  }

  @Nullable ClassPlacement placementOrNull(String classGroup) {
    return classes.get(classGroup);
  }

  boolean knowsClasses() {
    return !classes.isEmpty();
  }

  @Nullable Pattern studentNumberPattern() {
    return studentNumberPattern;
  }

  RecordField[] required() {
    return required;
  }
}
