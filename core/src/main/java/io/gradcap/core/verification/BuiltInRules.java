package io.gradcap.core.verification;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.Ethnicity;
import io.gradcap.core.record.Gender;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.PersonName;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rules of R6 and R1, one method each. They read values the record parsed once, and
 * allocate only when they report a finding.
 */
public final class BuiltInRules {

  /** The bundle of verification messages; keys are the finding rule ids. */
  public static final String MESSAGES = "io.gradcap.core.verification.messages";

  public static final RecordRule REQUIRED_FIELDS =
      rule("R6.required", BuiltInRules::requiredFields);
  public static final RecordRule ID_NUMBER = rule("R6.id", BuiltInRules::idNumber);
  public static final RecordRule BIRTH_DATE_MATCHES_ID =
      rule("R6.consistency.birth-date", BuiltInRules::birthDateMatchesId);
  public static final RecordRule GENDER_MATCHES_ID =
      rule("R6.consistency.gender", BuiltInRules::genderMatchesId);
  public static final RecordRule READABLE_VALUES = rule("R6.value", BuiltInRules::readableValues);
  public static final RecordRule ETHNICITY = rule("R6.ethnicity", BuiltInRules::ethnicity);
  public static final RecordRule NAME = rule("R6.name", BuiltInRules::name);
  public static final RecordRule STUDENT_NUMBER_FORMAT =
      rule("R6.student-number", BuiltInRules::studentNumberFormat);
  public static final RecordRule UNIQUE_STUDENT_NUMBERS =
      allRule(
          "R6.student-number.duplicate",
          BuiltInRules::uniqueStudentNumbers,
          () -> new UniqueStudentNumbers(1024));
  public static final RecordRule UNIQUE_IDENTITIES =
      allRule(
          "R6.identity.duplicate",
          BuiltInRules::uniqueIdentities,
          () -> new UniqueIdentities(1024));
  public static final RecordRule COHORT_MATCHES_GRADUATING_CLASS =
      rule("R1.cohort", BuiltInRules::cohortMatchesGraduatingClass);
  public static final RecordRule CLASS_PLACEMENT = rule("R6.class", BuiltInRules::classPlacement);

  private static final List<RecordRule> ALL =
      List.of(
          REQUIRED_FIELDS,
          ID_NUMBER,
          BIRTH_DATE_MATCHES_ID,
          GENDER_MATCHES_ID,
          READABLE_VALUES,
          ETHNICITY,
          NAME,
          STUDENT_NUMBER_FORMAT,
          UNIQUE_STUDENT_NUMBERS,
          UNIQUE_IDENTITIES,
          COHORT_MATCHES_GRADUATING_CLASS,
          CLASS_PLACEMENT);

  private BuiltInRules() {}

  /** Every built-in rule, in a stable order. */
  public static List<RecordRule> all() {
    return ALL;
  }

  /** R6: every field the policy requires has a value. */
  static void requiredFields(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    for (RecordField f : c.required()) {
      if (!r.has(f)) {
        out.accept(
            finding(
                "R6.required.missing",
                Severity.BLOCKING,
                r,
                f,
                f.label(Locale.SIMPLIFIED_CHINESE),
                f.label(Locale.ENGLISH)));
      }
    }
  }

  /**
   * R6: the ID number passes the policy's checks (format, check character, region, birth date, 15
   * digits).
   */
  static void idNumber(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    if (!r.has(RecordField.ID_NUMBER)) {
      return;
    }
    IdNumber id = r.idNumber().orElse(null);
    IdNumberStatus status =
        id == null ? IdNumberStatus.FORMAT : IdNumberCheck.check(id, c.policy(), c.todayKey());
    if (status != IdNumberStatus.VALID) {
      String shown = id != null ? id.masked() : maskText(r.text(RecordField.ID_NUMBER));
      out.accept(finding(status.rule(), status.severity(), r, RecordField.ID_NUMBER, shown));
    }
  }

  /** R6: the birth date field, where given, is the one the ID number carries. */
  static void birthDateMatchesId(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    LocalDate birth = r.birthDate().orElse(null);
    IdNumber id = r.idNumber().orElse(null);
    if (birth == null || id == null || !id.hasStandardShape()) {
      return;
    }
    String v = id.value();
    int fromId = num(v, 6, 4) * 10000 + num(v, 10, 2) * 100 + num(v, 12, 2);
    int given = birth.getYear() * 10000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
    if (fromId != given) {
      out.accept(
          finding(
              "R6.consistency.birth-date",
              Severity.BLOCKING,
              r,
              RecordField.BIRTH_DATE,
              birth.toString()));
    }
  }

  /**
   * R6: the gender, where given, is the one the ID number's sequence carries (odd male, even
   * female).
   */
  static void genderMatchesId(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    Gender gender = r.gender().orElse(null);
    if (gender == null) {
      return;
    }
    if (!gender.isStated()) {
      out.accept(
          finding(
              "R6.gender.not-stated", Severity.WARNING, r, RecordField.GENDER, gender.toString()));
      return;
    }
    IdNumber id = r.idNumber().orElse(null);
    if (id == null || !id.hasStandardShape()) {
      return;
    }
    Gender fromId = (id.value().charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    if (fromId != gender) {
      out.accept(
          finding(
              "R6.consistency.gender",
              Severity.BLOCKING,
              r,
              RecordField.GENDER,
              gender.toString(),
              gender.label(Locale.ENGLISH)));
    }
  }

  private static final RecordField[] TYPED = {
    RecordField.GENDER,
    RecordField.BIRTH_DATE,
    RecordField.PROGRAM_YEARS,
    RecordField.ENTRY_DATE,
    RecordField.EXPECTED_GRADUATION_DATE
  };

  /** R6: gender, dates and programme length, where given, can be read. */
  static void readableValues(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    for (RecordField f : TYPED) {
      if (r.isUnreadable(f)) {
        out.accept(
            finding(
                "R6.value.unreadable",
                Severity.BLOCKING,
                r,
                f,
                f.label(Locale.SIMPLIFIED_CHINESE),
                f.label(Locale.ENGLISH),
                r.text(f)));
      }
    }
  }

  /**
   * R6: the ethnicity is one of GB/T 3304's groups (97/98 only if the policy accepts them), written
   * canonically.
   */
  static void ethnicity(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    if (!r.has(RecordField.ETHNICITY)) {
      return;
    }
    Ethnicity e = r.ethnicity().orElse(null);
    String text = r.text(RecordField.ETHNICITY);
    if (e == null) {
      out.accept(
          finding("R6.ethnicity.unknown", Severity.BLOCKING, r, RecordField.ETHNICITY, text));
    } else if (e.isExtension() && !c.policy().acceptEthnicityExtension()) {
      out.accept(
          finding(
              "R6.ethnicity.extension-refused",
              Severity.BLOCKING,
              r,
              RecordField.ETHNICITY,
              e.code(),
              e.name()));
    } else if (!text.equals(e.name()) && !text.equals(e.code())) {
      out.accept(
          finding(
              "R6.ethnicity.non-canonical",
              Severity.WARNING,
              r,
              RecordField.ETHNICITY,
              text,
              e.name()));
    }
  }

  /**
   * R6: the name is Chinese characters with middle dots (Latin only where configured), written
   * canonically.
   */
  static void name(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    if (!r.has(RecordField.NAME)) {
      return;
    }
    PersonName name = r.name().orElse(null);
    String text = r.text(RecordField.NAME);
    if (name == null) {
      out.accept(finding("R6.name.unreadable", Severity.BLOCKING, r, RecordField.NAME, text));
      return;
    }
    if (!name.isChinese()) {
      if (name.isLatin()) {
        if (!c.policy().acceptLatinNames()) {
          out.accept(
              finding(
                  "R6.name.latin-refused", Severity.BLOCKING, r, RecordField.NAME, name.value()));
        }
      } else {
        out.accept(
            finding("R6.name.characters", Severity.BLOCKING, r, RecordField.NAME, name.value()));
      }
      return;
    }
    if (!text.equals(name.value())) {
      out.accept(
          finding("R6.name.normalised", Severity.WARNING, r, RecordField.NAME, text, name.value()));
    }
  }

  /**
   * R6: the student number can be read and matches the institution's format, if one is configured.
   */
  static void studentNumberFormat(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    if (!r.has(RecordField.STUDENT_NUMBER)) {
      return;
    }
    if (r.studentNumber().isEmpty()) {
      out.accept(
          finding(
              "R6.student-number.format",
              Severity.BLOCKING,
              r,
              RecordField.STUDENT_NUMBER,
              r.text(RecordField.STUDENT_NUMBER)));
      return;
    }
    Pattern pattern = c.studentNumberPattern();
    if (pattern != null && !pattern.matcher(r.subject()).matches()) {
      out.accept(
          finding(
              "R6.student-number.pattern",
              Severity.BLOCKING,
              r,
              RecordField.STUDENT_NUMBER,
              r.subject(),
              pattern.pattern()));
    }
  }

  /**
   * R6: no two records share a student number; every later record with a taken number is reported.
   */
  static void uniqueStudentNumbers(
      List<StudentRecord> records, VerificationContext c, Consumer<Finding> out) {
    RecordRule.SetCheck check = new UniqueStudentNumbers(records.size());
    for (int i = 0; i < records.size(); i++) {
      check.check(records.get(i), i, out);
    }
  }

  /** R6: no ID number belongs to two students; the same person on two records blocks. */
  static void uniqueIdentities(
      List<StudentRecord> records, VerificationContext c, Consumer<Finding> out) {
    RecordRule.SetCheck check = new UniqueIdentities(records.size());
    for (int i = 0; i < records.size(); i++) {
      check.check(records.get(i), i, out);
    }
  }

  /**
   * The student-number rule one record at a time: numeric numbers in a flat index, others in a map.
   */
  private static final class UniqueStudentNumbers implements RecordRule.SetCheck {
    private final LongFirstIndex numeric;
    private final Map<String, Integer> other = new HashMap<>();

    UniqueStudentNumbers(int expected) {
      numeric = new LongFirstIndex(expected);
    }

    @Override
    public void check(StudentRecord r, int position, Consumer<Finding> out) {
      String number = r.subject();
      if (number.isEmpty()) {
        return;
      }
      long key = numericKey(number);
      int first = key >= 0 ? numeric.putIfAbsent(key, position) : other.getOrDefault(number, -1);
      if (key < 0 && first < 0) {
        other.put(number, position);
      }
      if (first >= 0) {
        out.accept(
            finding(
                "R6.student-number.duplicate",
                Severity.BLOCKING,
                r,
                RecordField.STUDENT_NUMBER,
                number,
                String.valueOf(first + 1),
                String.valueOf(position + 1)));
      }
    }
  }

  /**
   * The ID-number rule one record at a time. A duplicate names the first holder's student number,
   * so that is remembered for every first holder: as its numeric key where it has one.
   */
  private static final class UniqueIdentities implements RecordRule.SetCheck {
    private final LongFirstIndex standard;
    private final Map<String, Integer> other = new HashMap<>();
    private long[] subjectKeys;
    private final Map<Integer, String> otherSubjects = new HashMap<>();

    UniqueIdentities(int expected) {
      standard = new LongFirstIndex(expected);
      subjectKeys = new long[Math.max(16, expected)];
    }

    @Override
    public void check(StudentRecord r, int position, Consumer<Finding> out) {
      IdNumber id = r.idNumber().orElse(null);
      if (id == null) {
        return;
      }
      long key = idKey(id.value());
      int first =
          key >= 0 ? standard.putIfAbsent(key, position) : other.getOrDefault(id.value(), -1);
      if (key < 0 && first < 0) {
        other.put(id.value(), position);
      }
      if (first < 0) {
        remember(position, r.subject());
        return;
      }
      String firstHolder = subject(first);
      Finding duplicate =
          firstHolder.isEmpty() || r.subject().isEmpty()
              // A holder without a student number is named by its record instead.
              ? finding(
                  "R6.identity.duplicate",
                  "R6.identity.duplicate.records",
                  Severity.BLOCKING,
                  r,
                  RecordField.ID_NUMBER,
                  id.masked(),
                  String.valueOf(first + 1),
                  String.valueOf(position + 1))
              : finding(
                  "R6.identity.duplicate",
                  Severity.BLOCKING,
                  r,
                  RecordField.ID_NUMBER,
                  id.masked(),
                  firstHolder,
                  r.subject());
      out.accept(duplicate);
    }

    private void remember(int position, String subject) {
      if (position >= subjectKeys.length) {
        subjectKeys =
            java.util.Arrays.copyOf(subjectKeys, Math.max(position + 1, subjectKeys.length * 2));
      }
      long key = numericKey(subject);
      subjectKeys[position] = key;
      if (key < 0) {
        otherSubjects.put(position, subject);
      }
    }

    private String subject(int position) {
      long key = subjectKeys[position];
      if (key < 0) {
        return otherSubjects.getOrDefault(position, "");
      }
      int digits = (int) (key % 18);
      String value = Long.toString(key / 18);
      return digits == 0 ? "" : "0".repeat(Math.max(0, digits - value.length())) + value;
    }
  }

  /**
   * An all-digit number of up to 17 digits as a long that keeps leading zeros apart; -1 otherwise.
   */
  static long numericKey(String number) {
    int n = number.length();
    if (n > 17) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      int d = number.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v * 18 + n;
  }

  /** An ID number of 17 digits and a digit or X as a long; -1 for any other shape. */
  static long idKey(String id) {
    if (id.length() != 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < 17; i++) {
      int d = id.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    char last = id.charAt(17);
    int check = last == 'X' ? 10 : last - '0';
    if (check < 0 || check > 10) {
      return -1;
    }
    return v * 11 + check;
  }

  /**
   * R1: the cohort (entry year + programme length) graduates in the campaign's year and the
   * expected graduation year.
   */
  static void cohortMatchesGraduatingClass(
      StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    CohortId cohort = r.cohort().orElse(null);
    if (cohort == null) {
      if (r.entryDate().isPresent() && r.programYears().isPresent()) {
        out.accept(
            finding(
                "R1.cohort.program-years",
                Severity.BLOCKING,
                r,
                RecordField.PROGRAM_YEARS,
                String.valueOf(r.programYears().getAsInt())));
      }
      return;
    }
    int graduating = c.graduatingYearOrZero();
    if (graduating != 0 && cohort.graduatingYear() != graduating) {
      out.accept(
          finding(
              "R1.cohort.graduating-class",
              Severity.BLOCKING,
              r,
              RecordField.ENTRY_DATE,
              cohort.toString(),
              String.valueOf(cohort.graduatingYear()),
              String.valueOf(graduating)));
    }
    LocalDate expected = r.expectedGraduationDate().orElse(null);
    if (expected != null && expected.getYear() != cohort.graduatingYear()) {
      out.accept(
          finding(
              "R1.cohort.expected-graduation",
              Severity.BLOCKING,
              r,
              RecordField.EXPECTED_GRADUATION_DATE,
              expected.toString(),
              cohort.toString(),
              String.valueOf(cohort.graduatingYear())));
    }
  }

  /**
   * R6: the class belongs to the student's college and cohort, where the context knows the classes.
   */
  static void classPlacement(StudentRecord r, VerificationContext c, Consumer<Finding> out) {
    if (!c.knowsClasses() || !r.has(RecordField.CLASS_GROUP)) {
      return;
    }
    String classGroup = r.classGroup();
    ClassPlacement placement = c.placementOrNull(classGroup);
    if (placement == null) {
      out.accept(
          finding("R6.class.unknown", Severity.BLOCKING, r, RecordField.CLASS_GROUP, classGroup));
      return;
    }
    if (r.has(RecordField.COLLEGE) && !placement.college().equals(r.college())) {
      out.accept(
          finding(
              "R6.class.college",
              Severity.BLOCKING,
              r,
              RecordField.COLLEGE,
              classGroup,
              placement.college(),
              r.college()));
    }
    CohortId cohort = r.cohort().orElse(null);
    if (cohort != null && !placement.cohort().equals(cohort)) {
      out.accept(
          finding(
              "R6.class.cohort",
              Severity.BLOCKING,
              r,
              RecordField.CLASS_GROUP,
              classGroup,
              placement.cohort().toString(),
              cohort.toString()));
    }
  }

  /** A finding about one field of a record, located where the field's value came from. */
  static Finding finding(
      String rule, Severity severity, StudentRecord r, RecordField field, Object... args) {
    return finding(rule, rule, severity, r, field, args);
  }

  /** A finding of {@code rule} whose message is the bundle's {@code key}. */
  static Finding finding(
      String rule,
      String key,
      Severity severity,
      StudentRecord r,
      RecordField field,
      Object... args) {
    String subject = r.subject();
    return new Finding(
        rule,
        severity,
        subject.isEmpty() ? null : subject,
        field.key(),
        r.locationOrNull(field),
        Message.of(MESSAGES, key, args));
  }

  private static String maskText(String text) {
    String t = text.strip();
    if (t.length() > 10) {
      return t.substring(0, 6) + "*".repeat(t.length() - 10) + t.substring(t.length() - 4);
    }
    return "*".repeat(t.length());
  }

  private static int num(String v, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
  }

  @FunctionalInterface
  private interface Check {
    void check(StudentRecord record, VerificationContext context, Consumer<Finding> findings);
  }

  @FunctionalInterface
  private interface AllCheck {
    void check(
        List<StudentRecord> records, VerificationContext context, Consumer<Finding> findings);
  }

  private static RecordRule rule(String id, Check check) {
    return new Rule(id, check, null, null);
  }

  private static RecordRule allRule(
      String id, AllCheck check, java.util.function.Supplier<RecordRule.SetCheck> stream) {
    return new Rule(id, null, check, stream);
  }

  private record Rule(
      String id,
      @Nullable Check each,
      @Nullable AllCheck all,
      java.util.function.@Nullable Supplier<RecordRule.SetCheck> stream)
      implements RecordRule {
    @Override
    public void check(
        StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
      if (each != null) {
        each.check(record, context, findings);
      }
    }

    @Override
    public void checkAll(
        List<StudentRecord> records, VerificationContext context, Consumer<Finding> findings) {
      if (all != null) {
        all.check(records, context, findings);
      }
    }

    @Override
    public RecordRule.@Nullable SetCheck setCheck(VerificationContext context) {
      return stream == null ? null : stream.get();
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
