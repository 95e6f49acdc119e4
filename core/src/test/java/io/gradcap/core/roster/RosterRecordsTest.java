package io.gradcap.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterRecordsTest {

  @Test
  void each_imported_value_becomes_a_field_located_at_its_cell() {
    Sheets sheet =
        new Sheets()
            .row(0, "姓名", "学号", "身份证号码", "班级")
            .row(1, "张三", "2021010101", "11010519491231002X", "21软件1班")
            .row(2, "李四", "2021010102", "110105194912310037", "21软件1班");
    List<StudentRecord> records =
        RosterRecords.toRecords(RosterImporter.of(RosterMapping.defaults()).read(sheet).rows());
    assertThat(records).hasSize(2);
    StudentRecord first = records.get(0);
    assertThat(first.studentNumber()).contains(StudentNumber.of("2021010101"));
    assertThat(first.text(RecordField.NAME)).isEqualTo("张三");
    assertThat(first.location(RecordField.ID_NUMBER)).contains("名单.xlsx!Sheet1!C2");
    assertThat(first.location(RecordField.CLASS_GROUP)).contains("名单.xlsx!Sheet1!D2");
    assertThat(first.location(RecordField.ETHNICITY)).isEmpty();
    assertThat(records.get(1).location(RecordField.NAME)).contains("名单.xlsx!Sheet1!A3");
  }
}
