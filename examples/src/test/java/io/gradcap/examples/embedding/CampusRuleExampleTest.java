package io.gradcap.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CampusRuleExampleTest {

  private static StudentRecord student(String number, String classGroup, String cell) {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, number)
        .set(RecordField.NAME, "张三")
        .set(RecordField.CLASS_GROUP, classGroup, cell)
        .set(RecordField.ENTRY_DATE, "2021-09-01")
        .build();
  }

  @Test
  void a_class_not_named_after_its_entry_year_is_reported_at_its_cell_in_both_languages() {
    List<Finding> findings =
        CampusRuleExample.verify(
                List.of(
                    student("2021010101", "21软件1班", "名单.xlsx!S!B2"),
                    student("2021010102", "软件1班", "名单.xlsx!S!B3")))
            .findings()
            .stream()
            .filter(f -> f.rule().equals(ClassNamingRule.ID))
            .toList();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject()).isEqualTo("2021010102");
              assertThat(f.location()).isEqualTo("名单.xlsx!S!B3");
              assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("软件1班", "“21”");
              assertThat(f.message(Locale.ENGLISH)).contains("this campus's class naming");
            });
  }

  @Test
  void the_campus_rule_runs_beside_the_built_in_ones() {
    assertThat(CampusRuleExample.verifier().rules())
        .extracting(r -> r.id())
        .contains(ClassNamingRule.ID, "R6.id");
  }

  @Test
  void main_runs() {
    String printed = Console.printedBy(() -> CampusRuleExample.main(new String[0]));
    assertThat(printed.lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("[")
                    .contains(ClassNamingRule.ID, "2021010102", "名单.xlsx!Sheet1!B3", "软件1班")
                    .doesNotContain("2021010101"));
  }
}
