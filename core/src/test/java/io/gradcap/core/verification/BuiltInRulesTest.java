package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One focused test per built-in rule. */
class BuiltInRulesTest {

  private static List<Finding> run(
      RecordRule rule, StudentRecord record, VerificationContext context) {
    List<Finding> findings = new ArrayList<>();
    rule.check(record, context, findings::add);
    return findings;
  }

  private static List<Finding> run(RecordRule rule, StudentRecord record) {
    return run(rule, record, context());
  }

  private static List<Finding> runAll(RecordRule rule, List<StudentRecord> records) {
    List<Finding> findings = new ArrayList<>();
    rule.checkAll(records, context(), findings::add);
    return findings;
  }

  @Test
  void a_valid_record_passes_every_rule() {
    for (RecordRule rule : BuiltInRules.all()) {
      assertThat(run(rule, valid().build())).as(rule.id()).isEmpty();
    }
  }

  @Test
  void required_fields_are_reported_per_field() {
    List<Finding> findings =
        run(
            BuiltInRules.REQUIRED_FIELDS,
            valid().set(RecordField.COLLEGE, " ").set(RecordField.MAJOR, null).build());
    assertThat(findings).extracting(Finding::rule).containsOnly("R6.required.missing");
    assertThat(findings).extracting(Finding::field).containsExactlyInAnyOrder("college", "major");
    assertThat(
            run(
                BuiltInRules.REQUIRED_FIELDS,
                valid().set(RecordField.MAJOR, "").build(),
                VerificationContext.of(
                    VerificationPolicy.defaults().withRequiredFields(java.util.Set.of()),
                    TestRecords.TODAY)))
        .isEmpty();
  }

  @Test
  void id_number_findings_carry_the_masked_number_and_the_source_cell() {
    List<Finding> findings =
        run(
            BuiltInRules.ID_NUMBER,
            valid()
                .set(RecordField.ID_NUMBER, "46010020030501002X", "roster.xlsx!Sheet1!F7")
                .build());
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.id.check-character");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.subject()).isEqualTo("2021010101");
              assertThat(f.field()).isEqualTo("idNumber");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!F7");
              assertThat(f.message(Locale.CHINA))
                  .contains("460100********002X")
                  .doesNotContain("20030501");
              assertThat(f.message(Locale.ENGLISH)).contains("check character");
            });
    assertThat(
            run(
                BuiltInRules.ID_NUMBER,
                valid().set(RecordField.ID_NUMBER, "4601002003O501002X").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.id.format");
    assertThat(
            run(
                BuiltInRules.ID_NUMBER,
                valid().set(RecordField.ID_NUMBER, "460100030501002").build()))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void birth_date_must_match_the_id_number() {
    assertThat(
            run(
                BuiltInRules.BIRTH_DATE_MATCHES_ID,
                valid().set(RecordField.BIRTH_DATE, "2003-05-02").build()))
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "R6.consistency.birth-date", "roster.xlsx!Sheet1!E2"));
    assertThat(
            run(
                BuiltInRules.BIRTH_DATE_MATCHES_ID,
                valid().set(RecordField.BIRTH_DATE, "").build()))
        .isEmpty();
  }

  @Test
  void gender_must_match_the_parity_of_the_sequence() {
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, valid().set(RecordField.GENDER, "男").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.consistency.gender");
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, valid().set(RecordField.GENDER, "2").build()))
        .isEmpty();
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, valid().set(RecordField.GENDER, "9").build()))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void unreadable_dates_gender_and_programme_length_are_reported() {
    List<Finding> findings =
        run(
            BuiltInRules.READABLE_VALUES,
            valid().set(RecordField.ENTRY_DATE, "2021-13-01").set(RecordField.GENDER, "?").build());
    assertThat(findings)
        .extracting(Finding::field)
        .containsExactlyInAnyOrder("entryDate", "gender");
    assertThat(findings.get(0).message(Locale.CHINA)).startsWith("无法识别的");
  }

  @Test
  void ethnicity_must_be_one_of_the_56_groups_and_canonical() {
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "火星族").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.ethnicity.unknown");
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "蒙古").build()))
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R6.ethnicity.non-canonical", Severity.WARNING));
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "02").build()))
        .isEmpty();
    StudentRecord other = valid().set(RecordField.ETHNICITY, "97").build();
    assertThat(run(BuiltInRules.ETHNICITY, other)).isEmpty();
    assertThat(
            run(
                BuiltInRules.ETHNICITY,
                other,
                VerificationContext.of(
                    VerificationPolicy.defaults().withEthnicityExtension(false),
                    TestRecords.TODAY)))
        .extracting(Finding::rule)
        .containsExactly("R6.ethnicity.extension-refused");
  }

  @Test
  void names_are_chinese_with_canonical_middle_dots() {
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "阿依古丽•买买提").build()))
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R6.name.normalised", Severity.WARNING));
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "张三3").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.name.characters");
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "·张三").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.name.characters");
    StudentRecord latin = valid().set(RecordField.NAME, "John Smith").build();
    assertThat(run(BuiltInRules.NAME, latin))
        .extracting(Finding::rule)
        .containsExactly("R6.name.latin-refused");
    assertThat(
            run(
                BuiltInRules.NAME,
                latin,
                VerificationContext.of(
                    VerificationPolicy.defaults().withLatinNames(true), TestRecords.TODAY)))
        .isEmpty();
  }

  @Test
  void student_numbers_follow_the_configured_format() {
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid().set(RecordField.STUDENT_NUMBER, "2021 0101").build()))
        .extracting(Finding::rule)
        .containsExactly("R6.student-number.format");
    VerificationContext tenDigits =
        VerificationContext.of(
            VerificationPolicy.defaults().withStudentNumberPattern("20\\d{8}"), TestRecords.TODAY);
    assertThat(run(BuiltInRules.STUDENT_NUMBER_FORMAT, valid().build(), tenDigits)).isEmpty();
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid().set(RecordField.STUDENT_NUMBER, "A2021").build(),
                tenDigits))
        .extracting(Finding::rule)
        .containsExactly("R6.student-number.pattern");
  }

  @Test
  void student_numbers_are_unique_across_the_institution() {
    StudentRecord a = valid().build();
    StudentRecord b = valid().set(RecordField.NAME, "李四").build();
    StudentRecord c = valid().set(RecordField.STUDENT_NUMBER, "2021010102").build();
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, List.of(a, c, b)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.student-number.duplicate");
              assertThat(f.message(Locale.ENGLISH)).contains("records 1 and 3");
            });
  }

  @Test
  void student_numbers_differing_only_in_leading_zeros_or_letters_are_different() {
    List<StudentRecord> records =
        List.of(
            valid().set(RecordField.STUDENT_NUMBER, "0098").build(),
            valid().set(RecordField.STUDENT_NUMBER, "98").build(),
            valid().set(RecordField.STUDENT_NUMBER, "A-98").build(),
            valid().set(RecordField.STUDENT_NUMBER, "A-98").build(),
            valid().set(RecordField.STUDENT_NUMBER, "123456789012345678901").build(),
            valid().set(RecordField.STUDENT_NUMBER, "123456789012345678901").build());
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records))
        .extracting(Finding::subject)
        .containsExactly("A-98", "123456789012345678901");
  }

  @Test
  void the_same_id_number_on_two_students_blocks() {
    StudentRecord a = valid().build();
    StudentRecord b = valid().set(RecordField.STUDENT_NUMBER, "2021010102").build();
    assertThat(runAll(BuiltInRules.UNIQUE_IDENTITIES, List.of(a, b)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.identity.duplicate");
              assertThat(f.isBlocking()).isTrue();
              assertThat(f.subject()).isEqualTo("2021010102");
              assertThat(f.message(Locale.CHINA))
                  .contains("2021010101", "2021010102", "460100********")
                  .doesNotContain("20030501");
            });
  }

  @Test
  void the_cohort_graduates_with_the_campaigns_class_r1() {
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid().set(RecordField.ENTRY_DATE, "2022-09-01").build()))
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder("R1.cohort.graduating-class", "R1.cohort.expected-graduation");
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid()
                    .set(RecordField.ENTRY_DATE, "2019-09-01")
                    .set(RecordField.PROGRAM_YEARS, "5")
                    .build()))
        .isEmpty();
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid().set(RecordField.PROGRAM_YEARS, "4").build()))
        .extracting(Finding::rule)
        .containsExactly("R1.cohort.program-years");
  }

  @Test
  void the_class_belongs_to_the_students_college_and_cohort() {
    VerificationContext known =
        context()
            .withClasses(
                Map.of(
                    "21软件1班", new ClassPlacement("软件工程学院", CohortId.of(2021, 3)),
                    "19网络1班", new ClassPlacement("网络工程学院", CohortId.of(2019, 5))));
    assertThat(run(BuiltInRules.CLASS_PLACEMENT, valid().build(), known)).isEmpty();
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.COLLEGE, "动画学院").build(),
                known))
        .extracting(Finding::rule)
        .containsExactly("R6.class.college");
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid()
                    .set(RecordField.CLASS_GROUP, "19网络1班")
                    .set(RecordField.COLLEGE, "网络工程学院")
                    .build(),
                known))
        .extracting(Finding::rule)
        .containsExactly("R6.class.cohort");
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.CLASS_GROUP, "99某班").build(),
                known))
        .extracting(Finding::rule)
        .containsExactly("R6.class.unknown");
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.CLASS_GROUP, "99某班").build(),
                context()))
        .as("without a class map nothing is checked")
        .isEmpty();
  }
}
