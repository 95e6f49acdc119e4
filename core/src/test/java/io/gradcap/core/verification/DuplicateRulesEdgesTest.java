package io.gradcap.core.verification;

import static io.gradcap.core.verification.TestRecords.context;
import static io.gradcap.core.verification.TestRecords.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The duplicate rules at their edges: student numbers too long for the numeric index, first holders
 * written with leading zeros or letters, many distinct ID numbers, and streams longer than the
 * indexes are sized for.
 */
class DuplicateRulesEdgesTest {

  private static StudentRecord record(String number, String id) {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, number)
        .set(RecordField.ID_NUMBER, id)
        .build();
  }

  private static List<Finding> checkAll(RecordRule rule, List<StudentRecord> records) {
    List<Finding> findings = new ArrayList<>();
    rule.checkAll(records, context(), findings::add);
    return findings;
  }

  private static List<Finding> stream(RecordRule rule, List<StudentRecord> records) {
    List<Finding> findings = new ArrayList<>();
    VerificationStream stream =
        Verifier.builder().clear().rule(rule).build().stream(context(), findings::add);
    records.forEach(stream);
    return findings;
  }

  private static List<String> english(List<Finding> findings) {
    return findings.stream().map(f -> f.message(Locale.ENGLISH)).toList();
  }

  /** Distinct valid ID numbers: consecutive sequences over consecutive birth days. */
  private static String distinctId(int i) {
    return idNumber("460100", LocalDate.of(2003, 1, 1).plusDays(i / 1000), i % 1000);
  }

  @Test
  void twenty_digit_student_numbers_that_differ_are_no_duplicates() {
    // These two differ by 2^63: read as longs they would wrap onto the same key.
    List<StudentRecord> records =
        List.of(
            record("10248191152060862008", distinctId(1)),
            record("19471563188915637816", distinctId(2)),
            record("10248191152060862008", distinctId(3)));
    assertThat(english(checkAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records)))
        .containsExactly("Student number 10248191152060862008 appears twice: records 1 and 3");
  }

  @Test
  void hundreds_of_distinct_id_numbers_are_no_duplicates_and_a_repeated_one_is() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      records.add(record(String.valueOf(2021000000 + i), distinctId(i)));
    }
    assertThat(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records)).isEmpty();
    records.add(record("2021999999", distinctId(599)));
    assertThat(english(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records)))
        .containsExactly(
            "ID number "
                + IdNumber.of(distinctId(599)).masked()
                + " appears on the records of student 2021000599 and student 2021999999");
  }

  @Test
  void the_first_holder_of_an_id_number_is_named_as_written_with_leading_zeros_or_letters() {
    String a = distinctId(1);
    String b = distinctId(2);
    String c = distinctId(3);
    String d = distinctId(4);
    List<StudentRecord> records =
        List.of(
            record("007", a),
            record("A-7", b),
            record("0", c),
            record("00000000000000000000042", d),
            record("2", a),
            record("3", b),
            record("4", c),
            record("5", d));
    assertThat(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records))
        .extracting(f -> f.message(Locale.ENGLISH).replaceFirst("^ID number \\S+ ", ""))
        .containsExactly(
            "appears on the records of student 007 and student 2",
            "appears on the records of student A-7 and student 3",
            "appears on the records of student 0 and student 4",
            "appears on the records of student 00000000000000000000042 and student 5");
  }

  @Test
  void a_streamed_identity_check_names_first_holders_beyond_its_initial_size() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 2100; i++) {
      records.add(record(String.format("%010d", 2021000000 + i), distinctId(i)));
    }
    records.add(record("A-1", distinctId(1024)));
    records.add(record("A-2", distinctId(2099)));
    records.add(record("A-3", distinctId(0)));
    assertThat(stream(BuiltInRules.UNIQUE_IDENTITIES, records))
        .extracting(f -> f.message(Locale.ENGLISH).replaceFirst("^ID number \\S+ ", ""))
        .containsExactly(
            "appears on the records of student 2021001024 and student A-1",
            "appears on the records of student 2021002099 and student A-2",
            "appears on the records of student 2021000000 and student A-3");
  }

  @Test
  void a_streamed_student_number_check_finds_duplicates_beyond_its_initial_size() {
    List<StudentRecord> records = new ArrayList<>();
    for (int i = 0; i < 2100; i++) {
      records.add(
          StudentRecord.builder()
              .set(RecordField.STUDENT_NUMBER, String.valueOf(2021000000 + i))
              .build());
    }
    records.add(StudentRecord.builder().set(RecordField.STUDENT_NUMBER, "2021000000").build());
    records.add(StudentRecord.builder().set(RecordField.STUDENT_NUMBER, "2021002099").build());
    assertThat(english(stream(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records)))
        .containsExactly(
            "Student number 2021000000 appears twice: records 1 and 2101",
            "Student number 2021002099 appears twice: records 2100 and 2102");
  }

  @Test
  void a_student_without_a_student_number_is_reported_about_no_student() {
    String id = distinctId(5);
    List<Finding> findings =
        checkAll(BuiltInRules.UNIQUE_IDENTITIES, List.of(record("2021010101", id), record("", id)));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isNull();
              assertThat(f.field()).isEqualTo("idNumber");
            });
  }

  @Test
  void a_holder_without_a_student_number_is_named_by_its_record() {
    String id = distinctId(6);
    List<StudentRecord> records = List.of(record("", id), record("2021010102", id));
    assertThat(english(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records)))
        .containsExactly(
            "ID number "
                + IdNumber.of(id).masked()
                + " appears on records 1 and 2 (at least one of them has no student number)");
  }

  @Test
  void every_later_holder_of_an_unreadable_id_number_is_reported_against_the_first() {
    List<StudentRecord> records =
        List.of(record("S1", "12345X"), record("S2", "12345X"), record("S3", "12345X"));
    assertThat(english(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records)))
        .containsExactly(
            "ID number "
                + IdNumber.of("12345X").masked()
                + " appears on the records of student S1 and student S2",
            "ID number "
                + IdNumber.of("12345X").masked()
                + " appears on the records of student S1 and student S3");
  }

  @Test
  void every_later_record_with_a_taken_student_number_of_letters_is_reported_against_the_first() {
    List<StudentRecord> records =
        List.of(
            record("A-98", distinctId(1)),
            record("A-98", distinctId(2)),
            record("A-98", distinctId(3)));
    assertThat(english(checkAll(BuiltInRules.UNIQUE_STUDENT_NUMBERS, records)))
        .containsExactly(
            "Student number A-98 appears twice: records 1 and 2",
            "Student number A-98 appears twice: records 1 and 3");
  }

  @Test
  void eighteen_character_id_numbers_with_an_x_inside_are_compared_as_written() {
    List<StudentRecord> records =
        List.of(
            record("1", "1X3456789012345678"),
            record("2", "2X3456789012345678"),
            record("3", "12345678901234X678"),
            record("4", "1X3456789012345678"));
    assertThat(checkAll(BuiltInRules.UNIQUE_IDENTITIES, records))
        .extracting(Finding::subject)
        .containsExactly("4");
  }
}
