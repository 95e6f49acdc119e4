package io.gradcap.core.signoff;

import static io.gradcap.core.signoff.Fixtures.CLASS;
import static io.gradcap.core.signoff.Fixtures.COLLEGE;
import static io.gradcap.core.signoff.Fixtures.DEADLINE;
import static io.gradcap.core.signoff.Fixtures.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignOffSheetLayoutTest {

  @Test
  void a_class_of_mixed_cohorts_has_no_cohort_in_its_title() {
    List<StudentRecord> records = new ArrayList<>(Fixtures.records());
    records.add(Fixtures.record("2021010120", "王五", 20).with(RecordField.PROGRAM_YEARS, "5"));
    SignOffSheet sheet = SignOffSheet.forClass(COLLEGE, CLASS, records, DEADLINE);

    assertThat(sheet.cohort()).isNull();
    assertThat(sheet.title(Locale.CHINA))
        .isEqualTo("软件工程学院 21软件1班 学籍信息核对签名表　请于 2023年4月17日（第10周星期一）前交回");
    assertThat(sheet.title(Locale.ENGLISH))
        .isEqualTo(
            "软件工程学院 21软件1班: student record sign-off sheet, return by 17 April 2023 (Monday of teaching week 10)");
  }

  @Test
  void a_class_where_one_student_has_no_cohort_has_no_cohort() {
    List<StudentRecord> records = new ArrayList<>(Fixtures.records());
    records.add(Fixtures.record("2021010120", "王五", 20).with(RecordField.ENTRY_DATE, ""));

    assertThat(SignOffSheet.forClass(COLLEGE, CLASS, records, DEADLINE).cohort()).isNull();
    assertThat(Fixtures.sheet().cohort()).isEqualTo(CohortId.of(2021, 3));
  }

  @Test
  void chosen_columns_print_in_the_given_order_with_values_stripped() {
    List<StudentRecord> records =
        List.of(Fixtures.record("2021010102", "张三", 2).with(RecordField.NAME, "  张三 "));
    SignOffSheet sheet =
        SignOffSheet.forClass(
            COLLEGE,
            CLASS,
            records,
            DEADLINE,
            List.of(RecordField.NAME, RecordField.STUDENT_NUMBER));

    assertThat(sheet.headers(Locale.CHINA))
        .containsExactly("序号", "姓名", "学号", "核对码", "本人签名", "有误（请写明正确信息）");
    assertThat(sheet.rows().get(0).cells(sheet.columns())).containsExactly("张三", "2021010102");
    assertThat(sheet.rows().get(0).cells(List.of(RecordField.MAJOR)))
        .as("a column not printed")
        .containsExactly("");
  }

  @Test
  void a_record_without_a_readable_student_number_cannot_be_printed() {
    List<StudentRecord> records = List.of(Fixtures.record("学号待定", "张三", 2));

    assertThatThrownBy(() -> SignOffSheet.forClass(COLLEGE, CLASS, records, DEADLINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no readable student number");
  }

  @Test
  void a_row_is_found_by_student_number_and_a_stranger_finds_none() {
    SignOffSheet sheet = Fixtures.sheet();

    assertThat(sheet.row(n("2021010110"))).map(SignOffRow::number).contains(3);
    assertThat(sheet.row(n("2099000001"))).isEmpty();
    assertThat(sheet.row(RowKey.of("00000000"))).isEmpty();
  }

  @Test
  void sheets_come_ordered_by_college_then_class() {
    List<StudentRecord> records = new ArrayList<>();
    records.add(
        Fixtures.record("2021030101", "甲", 1)
            .with(RecordField.COLLEGE, "动画学院")
            .with(RecordField.CLASS_GROUP, "21动画2班"));
    records.addAll(Fixtures.records());
    records.add(
        Fixtures.record("2021030102", "乙", 3)
            .with(RecordField.COLLEGE, "动画学院")
            .with(RecordField.CLASS_GROUP, "21动画1班"));

    assertThat(SignOffSheet.perClass(records, DEADLINE))
        .extracting(SignOffSheet::college, SignOffSheet::classGroup)
        .containsExactly(
            tuple("动画学院", "21动画1班"), tuple("动画学院", "21动画2班"), tuple("软件工程学院", "21软件1班"));
  }
}
