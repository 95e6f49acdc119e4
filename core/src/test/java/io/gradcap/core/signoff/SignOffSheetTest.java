package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.CLASS;
import static io.gradcap.core.signoff.Fixtures.COLLEGE;
import static io.gradcap.core.signoff.Fixtures.DEADLINE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignOffSheetTest {

  @Test
  void rows_are_sorted_by_student_number() {
    SignOffSheet sheet = Fixtures.sheet();
    assertThat(sheet.students()).containsExactly(n("202101019"), n("2021010102"), n("2021010110"));
    assertThat(sheet.rows()).extracting(SignOffRow::number).containsExactly(1, 2, 3);
    assertThat(sheet.rows().get(0).cells(sheet.columns()).get(1)).isEqualTo("阿依古丽·买买提");
  }

  @Test
  void the_title_names_college_class_cohort_and_deadline_with_its_teaching_week() {
    SignOffSheet sheet = Fixtures.sheet();
    assertThat(sheet.cohort()).isEqualTo(CohortId.of(2021, 3));
    assertThat(sheet.title(Locale.CHINA))
        .isEqualTo("软件工程学院 21软件1班（2021级3年制）学籍信息核对签名表　请于 2023年4月17日（第10周星期一）前交回");
    assertThat(sheet.title(Locale.ENGLISH))
        .contains("软件工程学院", "21软件1班", "2021级3年制", "17 April 2023", "Monday of teaching week 10");
  }

  @Test
  void headers_hold_the_checked_fields_a_signature_and_a_wrong_column() {
    List<String> headers = Fixtures.sheet().headers(Locale.CHINA);
    assertThat(headers).startsWith("序号", "学号", "姓名").endsWith("核对码", "本人签名", "有误（请写明正确信息）");
    assertThat(headers).hasSize(SignOffSheet.DEFAULT_COLUMNS.size() + 4);
    assertThat(Fixtures.sheet().headers(Locale.ENGLISH))
        .endsWith("Row key", "Signature", "Wrong (write the correct value)");
  }

  @Test
  void row_keys_match_a_reordered_marked_up_sheet_back_to_its_students() {
    SignOffSheet sheet = Fixtures.sheet();
    List<SignOffRow> shuffled = new ArrayList<>(sheet.rows());
    Collections.reverse(shuffled);
    for (SignOffRow marked : shuffled) {
      String typedBack = marked.key().value().toLowerCase(Locale.ROOT);
      assertThat(sheet.row(RowKey.parse(typedBack)))
          .map(SignOffRow::student)
          .contains(marked.student());
    }
    assertThat(sheet.rows()).extracting(SignOffRow::key).doesNotHaveDuplicates();
    List<StudentRecord> reordered = new ArrayList<>(Fixtures.records());
    Collections.reverse(reordered);
    assertThat(SignOffSheet.forClass(COLLEGE, CLASS, reordered, DEADLINE).rows())
        .isEqualTo(sheet.rows());
    assertThat(sheet.rows().get(0).toString()).doesNotContain("20030501");
  }

  @Test
  void row_keys_round_trip_and_forgive_look_alikes() {
    RowKey key = RowKey.forRecord(Fixtures.record("2021010102", "张三", 2));
    assertThat(RowKey.parse(key.toString())).isEqualTo(key);
    assertThat(RowKey.parse("0000-1111")).isEqualTo(RowKey.parse("oooo illl"));
    assertThatThrownBy(() -> RowKey.of("UUUUUUUU")).isInstanceOf(IllegalArgumentException.class);
    new EqualsTester()
        .addEqualityGroup(key, RowKey.of(key.value()))
        .addEqualityGroup(RowKey.forRecord(Fixtures.record("2021010103", "张三", 2)))
        .testEquals();
  }

  @Test
  void one_sheet_per_class() {
    List<StudentRecord> records = new ArrayList<>(Fixtures.records());
    records.add(Fixtures.record("2021020101", "王五", 5).with(RecordField.CLASS_GROUP, "21软件2班"));
    assertThat(SignOffSheet.perClass(records, DEADLINE))
        .extracting(SignOffSheet::classGroup)
        .containsExactly("21软件1班", "21软件2班");
  }

  @Test
  void the_deadline_week_is_given_and_must_agree_with_the_weekday() {
    assertThat(ReturnDeadline.of(LocalDate.of(2023, 4, 17), 10).weekLabel(Locale.CHINA))
        .isEqualTo("第10周星期一");
    assertThatThrownBy(() -> new ReturnDeadline(LocalDate.of(2023, 4, 17), 10, DayOfWeek.SUNDAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
