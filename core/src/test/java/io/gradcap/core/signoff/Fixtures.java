package io.gradcap.core.signoff;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A class of the seed notice's kind: 软件工程学院, 21软件1班, due Monday of week 10. */
final class Fixtures {

  static final String COLLEGE = "软件工程学院";
  static final String CLASS = "21软件1班";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final ReturnDeadline DEADLINE = ReturnDeadline.of(LocalDate.of(2023, 4, 17), 10);
  static final Instant MONDAY_NOON = Instant.parse("2023-04-17T04:00:00Z");
  static final Actor OFFICE = Actor.officeStaff("t-001", "教务处");
  static final Actor COUNSELLOR = Actor.counsellor("t-101", "王老师", Set.of(CLASS));
  static final Actor OTHER_COUNSELLOR = Actor.counsellor("t-102", "赵老师", Set.of("21软件2班"));
  static final Actor RESPONSIBLE = Actor.collegeResponsible("t-017", "周庆标", Set.of(COLLEGE));
  static final Actor OTHER_RESPONSIBLE = Actor.collegeResponsible("t-018", "叶宏代", Set.of("动画学院"));

  private Fixtures() {}

  static StudentRecord record(String number, String name, int sequence) {
    String first17 = "460100" + "20030501" + String.format("%03d", sequence);
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, number)
        .set(RecordField.NAME, name)
        .set(RecordField.GENDER, sequence % 2 == 1 ? "男" : "女")
        .set(RecordField.BIRTH_DATE, "2003-05-01")
        .set(RecordField.ID_NUMBER, first17 + IdNumber.checkCharacter(first17))
        .set(RecordField.ETHNICITY, "汉族")
        .set(RecordField.COLLEGE, COLLEGE)
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.LEVEL, "专科")
        .set(RecordField.PROGRAM_YEARS, "3")
        .set(RecordField.ENTRY_DATE, "2021-09-01")
        .set(RecordField.CLASS_GROUP, CLASS)
        .set(RecordField.EXPECTED_GRADUATION_DATE, "2024-06-30")
        .build();
  }

  /** Three students, given out of order. */
  static List<StudentRecord> records() {
    List<StudentRecord> records = new ArrayList<>();
    records.add(record("2021010110", "李四", 11));
    records.add(record("2021010102", "张三", 2));
    records.add(record("202101019", "阿依古丽·买买提", 4));
    return records;
  }

  static SignOffSheet sheet() {
    return SignOffSheet.forClass(COLLEGE, CLASS, records(), DEADLINE);
  }

  static SignOffState state() {
    return SignOffState.open(sheet(), records(), io.gradcap.core.record.FieldClasses.defaults());
  }

  static StudentNumber n(String number) {
    return StudentNumber.of(number);
  }

  static Actor student(String number) {
    return Actor.student(n(number), "学生");
  }
}
