package io.gradcap.core.verification;

import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.LocalDate;

/** Records and ID numbers for tests: valid unless a test changes them. */
final class TestRecords {

  static final LocalDate TODAY = LocalDate.of(2024, 4, 3);

  private TestRecords() {}

  /** A valid 18-character ID number for the region, birth date and 3-digit sequence. */
  static String idNumber(String region6, LocalDate birth, int sequence) {
    String first17 =
        region6
            + String.format(
                "%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
    return first17 + IdNumber.checkCharacter(first17);
  }

  /** A valid record of the 2021 3-year cohort graduating in 2024, female, born 2003-05-01. */
  static StudentRecord.Builder valid() {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, "2021010101", "roster.xlsx!Sheet1!A2")
        .set(RecordField.CANDIDATE_NUMBER, "21460101150001")
        .set(RecordField.NAME, "张三", "roster.xlsx!Sheet1!C2")
        .set(RecordField.GENDER, "女", "roster.xlsx!Sheet1!D2")
        .set(RecordField.BIRTH_DATE, "2003-05-01", "roster.xlsx!Sheet1!E2")
        .set(
            RecordField.ID_NUMBER,
            idNumber("460100", LocalDate.of(2003, 5, 1), 2),
            "roster.xlsx!Sheet1!F2")
        .set(RecordField.ETHNICITY, "汉族", "roster.xlsx!Sheet1!G2")
        .set(RecordField.POLITICAL_STATUS, "共青团员")
        .set(RecordField.COLLEGE, "软件工程学院")
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.LEVEL, "专科")
        .set(RecordField.PROGRAM_YEARS, "3")
        .set(RecordField.STUDY_FORM, "普通全日制")
        .set(RecordField.ENTRY_DATE, "2021-09-01")
        .set(RecordField.CLASS_GROUP, "21软件1班", "roster.xlsx!Sheet1!O2")
        .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30");
  }

  static VerificationContext context() {
    return VerificationContext.of(VerificationPolicy.defaults(), TODAY).withGraduatingYear(2024);
  }
}
