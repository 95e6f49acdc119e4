package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.TODAY;
import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.idNumber;
import static io.gradcap.core.verification.TestRecords.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of each built-in rule, and what each finding carries: rule id, severity, student,
 * field, the cell its value came from, and the values its message names.
 */
class BuiltInRulesFindingsTest {

  private static List<Finding> run(
      RecordRule rule, StudentRecord record, VerificationContext context) {
    List<Finding> findings = new ArrayList<>();
    rule.check(record, context, findings::add);
    rule.checkAll(List.of(record), context, findings::add);
    return findings;
  }

  private static List<Finding> run(RecordRule rule, StudentRecord record) {
    return run(rule, record, context());
  }

  private static List<Finding> runAll(RecordRule rule, List<StudentRecord> records) {
    List<Finding> findings = new ArrayList<>();
    for (StudentRecord r : records) {
      rule.check(r, context(), findings::add);
    }
    rule.checkAll(records, context(), findings::add);
    return findings;
  }

  private static StudentRecord withId(String id) {
    return valid().set(RecordField.ID_NUMBER, id).build();
  }

  private static StudentRecord withNumberAndId(String number, String id) {
    return valid().set(RecordField.STUDENT_NUMBER, number).set(RecordField.ID_NUMBER, id).build();
  }

  @Test
  void the_built_in_rules_have_stable_ids_in_a_stable_order() {
    assertThat(BuiltInRules.all())
        .extracting(RecordRule::id)
        .containsExactly(
            "R6.required",
            "R6.id",
            "R6.consistency.birth-date",
            "R6.consistency.gender",
            "R6.value",
            "R6.ethnicity",
            "R6.name",
            "R6.student-number",
            "R6.student-number.duplicate",
            "R6.identity.duplicate",
            "R1.cohort",
            "R6.class");
    assertThat(BuiltInRules.NAME).hasToString("R6.name");
  }

  @Test
  void a_missing_required_field_blocks_and_names_the_field_in_both_languages() {
    Finding f =
        run(
                BuiltInRules.REQUIRED_FIELDS,
                valid().set(RecordField.CLASS_GROUP, "", "roster.xlsx!Sheet1!O9").build())
            .get(0);
    assertThat(f.rule()).isEqualTo("R6.required.missing");
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(f.subject()).isEqualTo("2021010101");
    assertThat(f.field()).isEqualTo("classGroup");
    assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!O9");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("Required field missing: class");
    assertThat(f.message(Locale.CHINA)).contains("班级");
  }

  @Test
  void a_record_without_a_student_number_gets_findings_about_no_student() {
    Finding f =
        run(BuiltInRules.REQUIRED_FIELDS, valid().set(RecordField.STUDENT_NUMBER, "").build())
            .get(0);
    assertThat(f.field()).isEqualTo("studentNumber");
    assertThat(f.subject()).isNull();
  }

  @Test
  void an_unreadable_id_number_is_shown_masked_in_its_finding() {
    Finding f = run(BuiltInRules.ID_NUMBER, withId("4601-0020-0305-0100-2X")).get(0);
    assertThat(f.rule()).isEqualTo("R6.id.format");
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(f.field()).isEqualTo("idNumber");
    assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!F2");
    assertThat(f.message(Locale.ENGLISH)).contains("4601-0************0-2X").doesNotContain("0305");
    assertThat(run(BuiltInRules.ID_NUMBER, withId("abc-1")).get(0).message(Locale.ENGLISH))
        .contains("ID number ***** is");
  }

  @Test
  void
      an_id_number_of_a_recognised_kind_gives_no_finding_and_a_missing_one_is_left_to_required_fields() {
    assertThat(run(BuiltInRules.ID_NUMBER, valid().build())).isEmpty();
    assertThat(run(BuiltInRules.ID_NUMBER, valid().set(RecordField.ID_NUMBER, "").build()))
        .isEmpty();
  }

  @Test
  void an_id_number_the_policy_refuses_gives_its_own_rule_and_severity() {
    VerificationContext strict = VerificationContext.of(VerificationPolicy.strict(), TODAY);
    assertThat(run(BuiltInRules.ID_NUMBER, withId("460100030501002"), strict))
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("R6.id.legacy-15-refused", Severity.BLOCKING));
  }

  @Test
  void a_birth_date_differing_from_the_id_number_in_year_month_or_day_blocks() {
    for (String birth : List.of("2004-05-01", "2003-06-01", "2003-05-02", "1903-05-01")) {
      assertThat(
              run(
                  BuiltInRules.BIRTH_DATE_MATCHES_ID,
                  valid().set(RecordField.BIRTH_DATE, birth).build()))
          .as(birth)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.rule()).isEqualTo("R6.consistency.birth-date");
                assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
                assertThat(f.field()).isEqualTo("birthDate");
                assertThat(f.message(Locale.ENGLISH)).contains(birth);
              });
    }
    assertThat(run(BuiltInRules.BIRTH_DATE_MATCHES_ID, valid().build())).isEmpty();
  }

  @Test
  void a_birth_date_is_compared_only_with_an_id_number_of_the_standard_shape() {
    assertThat(run(BuiltInRules.BIRTH_DATE_MATCHES_ID, withId("12345X"))).isEmpty();
    assertThat(run(BuiltInRules.BIRTH_DATE_MATCHES_ID, withId(""))).isEmpty();
  }

  @Test
  void the_gender_follows_the_parity_of_the_sequences_last_digit() {
    LocalDate born = LocalDate.of(2003, 5, 1);
    StudentRecord oddMale =
        valid()
            .set(RecordField.GENDER, "男")
            .set(RecordField.ID_NUMBER, idNumber("460100", born, 13))
            .build();
    StudentRecord evenFemale =
        valid()
            .set(RecordField.GENDER, "女")
            .set(RecordField.ID_NUMBER, idNumber("460100", born, 14))
            .build();
    StudentRecord oddFemale =
        valid()
            .set(RecordField.GENDER, "女", "roster.xlsx!Sheet1!D5")
            .set(RecordField.ID_NUMBER, idNumber("460100", born, 13))
            .build();
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, oddMale)).isEmpty();
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, evenFemale)).isEmpty();
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, oddFemale))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.consistency.gender");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("gender");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!D5");
              assertThat(f.message(Locale.ENGLISH)).startsWith("Gender female contradicts");
            });
  }

  @Test
  void a_gender_not_stated_warns_and_no_id_number_of_the_standard_shape_means_no_comparison() {
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, valid().set(RecordField.GENDER, "0").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.gender.not-stated");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.field()).isEqualTo("gender");
            });
    assertThat(
            run(
                BuiltInRules.GENDER_MATCHES_ID,
                valid().set(RecordField.GENDER, "男").set(RecordField.ID_NUMBER, "12345X").build()))
        .isEmpty();
    assertThat(
            run(
                BuiltInRules.GENDER_MATCHES_ID,
                valid().set(RecordField.GENDER, "男").set(RecordField.ID_NUMBER, "").build()))
        .isEmpty();
    assertThat(run(BuiltInRules.GENDER_MATCHES_ID, valid().set(RecordField.GENDER, "").build()))
        .isEmpty();
  }

  @Test
  void each_typed_field_that_cannot_be_read_blocks_with_its_text() {
    Map<RecordField, String> unreadable =
        Map.of(
            RecordField.GENDER,
            "?",
            RecordField.BIRTH_DATE,
            "2003-02-30",
            RecordField.PROGRAM_YEARS,
            "three",
            RecordField.ENTRY_DATE,
            "autumn",
            RecordField.EXPECTED_GRADUATION_DATE,
            "June");
    unreadable.forEach(
        (field, text) ->
            assertThat(
                    run(
                        BuiltInRules.READABLE_VALUES,
                        valid().set(field, text, "roster.xlsx!Sheet1!Z9").build()))
                .as(field.key())
                .singleElement()
                .satisfies(
                    f -> {
                      assertThat(f.rule()).isEqualTo("R6.value.unreadable");
                      assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
                      assertThat(f.field()).isEqualTo(field.key());
                      assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!Z9");
                      assertThat(f.message(Locale.ENGLISH))
                          .isEqualTo(
                              "Unreadable " + field.label(Locale.ENGLISH) + ": \"" + text + "\"");
                    }));
  }

  @Test
  void an_unknown_or_refused_ethnicity_blocks_and_a_non_canonical_one_warns() {
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "火星族").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("ethnicity");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!G2");
              assertThat(f.message(Locale.ENGLISH)).contains("\"火星族\"");
            });
    VerificationContext noExtension =
        VerificationContext.of(VerificationPolicy.defaults().withEthnicityExtension(false), TODAY);
    assertThat(
            run(
                BuiltInRules.ETHNICITY,
                valid().set(RecordField.ETHNICITY, "98").build(),
                noExtension))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.message(Locale.ENGLISH)).startsWith("Ethnicity code 98 (");
            });
    assertThat(
            run(
                BuiltInRules.ETHNICITY,
                valid().set(RecordField.ETHNICITY, "汉族").build(),
                noExtension))
        .isEmpty();
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "蒙古").build()))
        .singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("\"蒙古\"", "\"蒙古族\""));
    assertThat(run(BuiltInRules.ETHNICITY, valid().set(RecordField.ETHNICITY, "").build()))
        .isEmpty();
  }

  @Test
  void an_unreadable_or_foreign_name_blocks_and_names_the_cell() {
    assertThat(
            run(
                BuiltInRules.NAME,
                valid().set(RecordField.NAME, "\u0007", "roster.xlsx!Sheet1!C8").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.name.unreadable");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("name");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!C8");
            });
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "John Smith").build()))
        .extracting(Finding::severity)
        .containsExactly(Severity.BLOCKING);
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "张三3").build()))
        .extracting(Finding::severity)
        .containsExactly(Severity.BLOCKING);
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "").build())).isEmpty();
  }

  @Test
  void a_latin_name_accepted_by_the_policy_is_not_checked_for_chinese_characters() {
    VerificationContext latin =
        VerificationContext.of(VerificationPolicy.defaults().withLatinNames(true), TODAY);
    assertThat(run(BuiltInRules.NAME, valid().set(RecordField.NAME, "张三3").build(), latin))
        .extracting(Finding::rule)
        .containsExactly("R6.name.characters");
  }

  @Test
  void an_unreadable_or_unmatched_student_number_blocks_and_names_the_pattern() {
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid()
                    .set(RecordField.STUDENT_NUMBER, "2021 0101", "roster.xlsx!Sheet1!A4")
                    .build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("studentNumber");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!A4");
            });
    VerificationContext tenDigits =
        VerificationContext.of(
            VerificationPolicy.defaults().withStudentNumberPattern("20\\d{8}"), TODAY);
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid().set(RecordField.STUDENT_NUMBER, "A2021").build(),
                tenDigits))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Student number \"A2021\" does not match the institution's format 20\\d{8}");
            });
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid().set(RecordField.STUDENT_NUMBER, "A2021").build()))
        .isEmpty();
    assertThat(
            run(
                BuiltInRules.STUDENT_NUMBER_FORMAT,
                valid().set(RecordField.STUDENT_NUMBER, "").build(),
                tenDigits))
        .isEmpty();
  }

  @Test
  void every_later_record_with_a_taken_student_number_is_reported_against_the_first() {
    StudentRecord a =
        withNumberAndId("2021010101", idNumber("460100", LocalDate.of(2003, 5, 1), 2));
    StudentRecord b =
        withNumberAndId("2021010101", idNumber("460100", LocalDate.of(2003, 5, 1), 4));
    StudentRecord c =
        withNumberAndId("2021010101", idNumber("460100", LocalDate.of(2003, 5, 1), 6));
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, List.of(a, b, c)))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.student-number.duplicate");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("studentNumber");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!A2");
            })
        .extracting(f -> f.message(Locale.ENGLISH))
        .containsExactly(
            "Student number 2021010101 appears twice: records 1 and 2",
            "Student number 2021010101 appears twice: records 1 and 3");
  }

  @Test
  void records_without_a_student_number_are_no_duplicates_of_each_other() {
    StudentRecord a = valid().set(RecordField.STUDENT_NUMBER, "").build();
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, List.of(a, a, a))).isEmpty();
  }

  @Test
  void student_numbers_with_characters_past_nine_are_not_read_as_digits() {
    List<StudentRecord> records =
        List.of(
            valid().set(RecordField.STUDENT_NUMBER, "1:").build(),
            valid().set(RecordField.STUDENT_NUMBER, "20").build(),
            valid().set(RecordField.STUDENT_NUMBER, "/1").build(),
            valid().set(RecordField.STUDENT_NUMBER, "-9").build());
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records)).isEmpty();
  }

  @Test
  void among_many_distinct_student_numbers_only_the_repeated_one_is_reported() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      records.add(
          StudentRecord.builder()
              .set(RecordField.STUDENT_NUMBER, String.valueOf(2021000000 + i * 7))
              .build());
    }
    records.add(
        StudentRecord.builder()
            .set(RecordField.STUDENT_NUMBER, String.valueOf(2021000000 + 1999 * 7))
            .build());
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records))
        .extracting(f -> f.message(Locale.ENGLISH))
        .containsExactly("Student number 2021013993 appears twice: records 2000 and 2001");
  }

  @Test
  void seventeen_and_eighteen_digit_student_numbers_are_compared_exactly() {
    List<StudentRecord> records =
        List.of(
            valid().set(RecordField.STUDENT_NUMBER, "12345678901234567").build(),
            valid().set(RecordField.STUDENT_NUMBER, "123456789012345678").build(),
            valid().set(RecordField.STUDENT_NUMBER, "12345678901234567").build(),
            valid().set(RecordField.STUDENT_NUMBER, "123456789012345678").build());
    assertThat(runAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records))
        .extracting(Finding::subject)
        .containsExactly("12345678901234567", "123456789012345678");
  }

  @Test
  void an_id_number_on_a_later_record_is_reported_with_both_students_and_the_cell() {
    String id = idNumber("460100", LocalDate.of(2003, 5, 1), 2);
    StudentRecord a = withNumberAndId("2021010101", id);
    StudentRecord other =
        withNumberAndId("2021010102", idNumber("460100", LocalDate.of(2003, 5, 1), 4));
    StudentRecord b = withNumberAndId("2021010103", id);
    assertThat(runAll(BuiltInRules.UNIQUE_IDENTITIES, List.of(a, other, b)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.subject()).isEqualTo("2021010103");
              assertThat(f.field()).isEqualTo("idNumber");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!F2");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "ID number 460100********0021 appears on the records of student 2021010101 and student 2021010103");
            });
  }

  @Test
  void id_numbers_differing_only_in_the_last_character_are_different_people() {
    String first17 = "46010020030501002";
    List<StudentRecord> records =
        List.of(
            withNumberAndId("1", first17 + "1"),
            withNumberAndId("2", first17 + "2"),
            withNumberAndId("3", first17 + "X"),
            withNumberAndId("4", first17 + "0"));
    assertThat(runAll(BuiltInRules.UNIQUE_IDENTITIES, records)).isEmpty();
  }

  @Test
  void id_numbers_of_other_shapes_are_compared_as_text() {
    List<StudentRecord> records =
        List.of(
            withNumberAndId("1", "12345X"),
            withNumberAndId("2", "12345X"),
            withNumberAndId("3", "123456"),
            withNumberAndId("4", ""),
            withNumberAndId("5", ""),
            withNumberAndId("6", "1234567890123456789"),
            withNumberAndId("7", "1234567890123456789"));
    assertThat(runAll(BuiltInRules.UNIQUE_IDENTITIES, records))
        .extracting(Finding::subject)
        .containsExactly("2", "7");
  }

  @Test
  void a_programme_length_that_gives_no_cohort_blocks_on_that_field() {
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid().set(RecordField.PROGRAM_YEARS, "4").build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("programYears");
              assertThat(f.message(Locale.ENGLISH)).startsWith("A programme length of 4 years");
            });
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid()
                    .set(RecordField.PROGRAM_YEARS, "4")
                    .set(RecordField.ENTRY_DATE, "")
                    .build()))
        .isEmpty();
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid().set(RecordField.PROGRAM_YEARS, "").build()))
        .isEmpty();
  }

  @Test
  void a_cohort_of_another_class_blocks_on_the_entry_date() {
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid()
                    .set(RecordField.ENTRY_DATE, "2022-09-01")
                    .set(RecordField.EXPECTED_GRADUATION_DATE, "2025-06-30")
                    .build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R1.cohort.graduating-class");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("entryDate");
              assertThat(f.message(Locale.ENGLISH))
                  .endsWith("graduates in 2025, not with the class of 2024");
            });
    VerificationContext anyYear = VerificationContext.of(VerificationPolicy.defaults(), TODAY);
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid()
                    .set(RecordField.ENTRY_DATE, "2022-09-01")
                    .set(RecordField.EXPECTED_GRADUATION_DATE, "2025-06-30")
                    .build(),
                anyYear))
        .as("a context without a graduating year checks no class")
        .isEmpty();
  }

  @Test
  void an_expected_graduation_in_another_year_than_the_cohorts_blocks_on_that_field() {
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid()
                    .set(
                        RecordField.EXPECTED_GRADUATION_DATE, "2025-06-30", "roster.xlsx!Sheet1!P2")
                    .build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R1.cohort.expected-graduation");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("expectedGraduationDate");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!P2");
              assertThat(f.message(Locale.ENGLISH))
                  .startsWith("Expected graduation date 2025-06-30")
                  .endsWith("graduates in 2024");
            });
    assertThat(
            run(
                BuiltInRules.COHORT_MATCHES_GRADUATING_CLASS,
                valid().set(RecordField.EXPECTED_GRADUATION_DATE, "").build()))
        .isEmpty();
  }

  @Test
  void a_class_in_another_college_or_cohort_blocks_and_names_both_sides() {
    VerificationContext known =
        context()
            .withClasses(
                Map.of(
                    "21软件1班", new ClassPlacement("软件工程学院", CohortId.of(2021, 3)),
                    "22软件1班", new ClassPlacement("软件工程学院", CohortId.of(2022, 3))));
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.COLLEGE, "动画学院").build(),
                known))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("college");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Class \"21软件1班\" belongs to 软件工程学院, but the record names the college 动画学院");
            });
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.CLASS_GROUP, "22软件1班", "roster.xlsx!Sheet1!O3").build(),
                known))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R6.class.cohort");
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("classGroup");
              assertThat(f.location()).isEqualTo("roster.xlsx!Sheet1!O3");
            });
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.CLASS_GROUP, "99某班").build(),
                known))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.field()).isEqualTo("classGroup");
              assertThat(f.message(Locale.ENGLISH)).isEqualTo("Unknown class \"99某班\"");
            });
  }

  @Test
  void a_class_is_checked_only_against_what_the_record_gives() {
    VerificationContext known =
        context().withClasses(Map.of("21软件1班", new ClassPlacement("软件工程学院", CohortId.of(2022, 3))));
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.COLLEGE, "").set(RecordField.ENTRY_DATE, "").build(),
                known))
        .isEmpty();
    assertThat(
            run(
                BuiltInRules.CLASS_PLACEMENT,
                valid().set(RecordField.CLASS_GROUP, "").build(),
                known))
        .isEmpty();
  }

  @Test
  void an_id_number_born_after_today_blocks_and_one_born_today_passes() {
    assertThat(run(BuiltInRules.ID_NUMBER, withId(idNumber("460100", TODAY.plusDays(1), 2))))
        .extracting(Finding::rule)
        .containsExactly("R6.id.birth-date-future");
    assertThat(
            run(
                BuiltInRules.ID_NUMBER,
                withId(idNumber("460100", TODAY.plusMonths(1).withDayOfMonth(1), 2))))
        .extracting(Finding::rule)
        .containsExactly("R6.id.birth-date-future");
    assertThat(run(BuiltInRules.ID_NUMBER, withId(idNumber("460100", TODAY, 2)))).isEmpty();
  }

  @Test
  void february_29th_in_an_id_number_exists_only_in_leap_years() {
    for (String year : List.of("1900", "2003", "2100")) {
      String first17 = "460100" + year + "0229" + "002";
      assertThat(
              run(
                  BuiltInRules.ID_NUMBER,
                  withId(first17 + io.gradcap.core.record.IdNumber.checkCharacter(first17))))
          .as(year)
          .extracting(Finding::rule)
          .containsExactly("R6.id.birth-date");
    }
    for (String year : List.of("2000", "2004")) {
      assertThat(
              run(
                  BuiltInRules.ID_NUMBER,
                  withId(idNumber("460100", LocalDate.of(Integer.parseInt(year), 2, 29), 2))))
          .isEmpty();
    }
  }
}
