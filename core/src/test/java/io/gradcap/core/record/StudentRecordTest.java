package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.cohort.CohortId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudentRecordTest {

  static StudentRecord.Builder valid() {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, "2021010101", "roster.xlsx!Sheet1!A2")
        .set(RecordField.CANDIDATE_NUMBER, "21460101150001")
        .set(RecordField.NAME, "张三", "roster.xlsx!Sheet1!C2")
        .set(RecordField.GENDER, "女")
        .set(RecordField.BIRTH_DATE, "1949-12-31")
        .set(RecordField.ID_NUMBER, "11010519491231002X", "roster.xlsx!Sheet1!F2")
        .set(RecordField.ETHNICITY, "汉")
        .set(RecordField.POLITICAL_STATUS, "共青团员")
        .set(RecordField.COLLEGE, "软件工程学院")
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.LEVEL, "专科")
        .set(RecordField.PROGRAM_YEARS, "3")
        .set(RecordField.STUDY_FORM, "普通全日制")
        .set(RecordField.ENTRY_DATE, "20210901")
        .set(RecordField.CLASS_GROUP, "21软件1班")
        .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30");
  }

  @Test
  void reads_typed_values_from_raw_text() {
    StudentRecord r = valid().build();
    assertThat(r.studentNumber()).contains(StudentNumber.of("2021010101"));
    assertThat(r.name()).contains(PersonName.of("张三"));
    assertThat(r.gender()).contains(Gender.FEMALE);
    assertThat(r.birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(r.idNumber()).contains(IdNumber.of("11010519491231002X"));
    assertThat(r.ethnicity()).contains(Ethnicity.of("汉族"));
    assertThat(r.programYears()).hasValue(3);
    assertThat(r.entryDate()).contains(LocalDate.of(2021, 9, 1));
    assertThat(r.expectedGraduationDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(r.classGroup()).isEqualTo("21软件1班");
    assertThat(r.college()).isEqualTo("软件工程学院");
  }

  @Test
  void the_cohort_is_derived_from_entry_date_and_programme_length() {
    assertThat(valid().build().cohort()).contains(CohortId.of(2021, 3));
    assertThat(
            valid()
                .set(RecordField.ENTRY_DATE, "2019-09")
                .set(RecordField.PROGRAM_YEARS, "5年")
                .build()
                .cohort())
        .contains(CohortId.of(2019, 5));
    assertThat(
            valid()
                .set(RecordField.ENTRY_DATE, "2022年9月1日")
                .set(RecordField.PROGRAM_YEARS, "2")
                .set(RecordField.LEVEL, "本科")
                .build()
                .cohort())
        .contains(CohortId.jointUndergraduate(2022));
    assertThat(valid().set(RecordField.PROGRAM_YEARS, "4").build().cohort()).isEmpty();
  }

  @Test
  void invalid_values_are_kept_as_text_and_flagged_unreadable() {
    StudentRecord r =
        valid()
            .set(RecordField.ID_NUMBER, "1101051949123I002X", "roster.xlsx!Sheet1!F2")
            .set(RecordField.BIRTH_DATE, "1949-02-30")
            .set(RecordField.GENDER, "?")
            .set(RecordField.ETHNICITY, "火星")
            .build();
    assertThat(r.idNumber()).isEmpty();
    assertThat(r.text(RecordField.ID_NUMBER)).isEqualTo("1101051949123I002X");
    assertThat(r.location(RecordField.ID_NUMBER)).contains("roster.xlsx!Sheet1!F2");
    assertThat(r.isUnreadable(RecordField.ID_NUMBER)).isTrue();
    assertThat(r.isUnreadable(RecordField.BIRTH_DATE)).isTrue();
    assertThat(r.isUnreadable(RecordField.GENDER)).isTrue();
    assertThat(r.isUnreadable(RecordField.ETHNICITY)).isTrue();
    assertThat(r.isUnreadable(RecordField.COLLEGE)).isFalse();
    assertThat(r.texts()).hasSize(RecordField.values().length);
  }

  @Test
  void an_imported_row_keeps_text_and_locations_per_field() {
    StudentRecord r =
        StudentRecord.builder()
            .setAll(
                Map.of(
                    RecordField.STUDENT_NUMBER,
                    "2021010101",
                    RecordField.ID_NUMBER,
                    "１１０１０５１９４９１２３１００２ｘ"),
                Map.of(RecordField.ID_NUMBER, "roster.xlsx!Sheet1!F12"))
            .build();
    assertThat(r.idNumber()).contains(IdNumber.of("11010519491231002X"));
    assertThat(r.text(RecordField.ID_NUMBER)).isEqualTo("１１０１０５１９４９１２３１００２ｘ");
    assertThat(r.location(RecordField.ID_NUMBER)).contains("roster.xlsx!Sheet1!F12");
    assertThat(r.location(RecordField.STUDENT_NUMBER)).isEmpty();
  }

  @Test
  void with_replaces_one_field_and_keeps_its_location() {
    StudentRecord r = valid().build().with(RecordField.NAME, "张山");
    assertThat(r.name()).contains(PersonName.of("张山"));
    assertThat(r.location(RecordField.NAME)).contains("roster.xlsx!Sheet1!C2");
  }

  @Test
  void to_string_never_shows_the_full_id_number() {
    assertThat(valid().build().toString())
        .contains("2021010101", "110105********002X")
        .doesNotContain("11010519491231002X");
    assertThat(valid().set(RecordField.ID_NUMBER, "11010519491231002Y").build().toString())
        .doesNotContain("11010519491231002Y");
  }

  @Test
  void equality_is_by_text_and_locations() {
    new EqualsTester()
        .addEqualityGroup(valid().build(), valid().build())
        .addEqualityGroup(valid().location(RecordField.NAME, "other.xlsx!Sheet1!C9").build())
        .addEqualityGroup(StudentRecord.ofText(Map.of(RecordField.NAME, "张三")))
        .testEquals();
  }
}
