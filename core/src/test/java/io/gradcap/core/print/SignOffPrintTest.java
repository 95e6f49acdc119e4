package io.gradcap.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.spi.table.SheetRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignOffPrintTest {

  private static final ReturnDeadline DEADLINE = ReturnDeadline.of(LocalDate.of(2024, 3, 29), 5);

  private static StudentRecord student(String number, String classGroup) {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, number)
        .set(RecordField.NAME, "张三")
        .set(RecordField.ID_NUMBER, "11010519491231002X")
        .set(RecordField.COLLEGE, "软件工程学院")
        .set(RecordField.CLASS_GROUP, classGroup)
        .build();
  }

  @Test
  void one_section_a_class_with_its_rows_then_the_signature_lines() {
    PrintedSheet printed =
        SignOffPrint.of(
            SignOffSheet.perClass(
                List.of(student("2021010101", "21软件1班"), student("2021010201", "21软件2班")),
                DEADLINE),
            Locale.SIMPLIFIED_CHINESE);
    assertThat(printed.rows())
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactly("Section", "Values", "Lines", "Section", "Values", "Lines");
    assertThat(printed.layout().breakBeforeSection()).isTrue();
    assertThat(printed.layout().rowHeight()).isPositive();
    assertThat(printed.values().get(0)).contains("11010519491231002X");
    assertThat(((SheetRow.Lines) printed.rows().get(2)).lines())
        .anySatisfy(l -> assertThat(l).contains("签名"));
    assertThat(printed.layout().columns()).hasSize(printed.values().get(0).size());
  }

  @Test
  void sheets_with_different_columns_cannot_share_a_printed_sheet() {
    SignOffSheet full =
        SignOffSheet.forClass(
            "软件工程学院", "21软件1班", List.of(student("2021010101", "21软件1班")), DEADLINE);
    SignOffSheet narrow =
        SignOffSheet.forClass(
            "软件工程学院",
            "21软件2班",
            List.of(student("2021010201", "21软件2班")),
            DEADLINE,
            List.of(RecordField.STUDENT_NUMBER, RecordField.NAME));
    assertThatThrownBy(() -> SignOffPrint.of(List.of(full, narrow), Locale.SIMPLIFIED_CHINESE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
