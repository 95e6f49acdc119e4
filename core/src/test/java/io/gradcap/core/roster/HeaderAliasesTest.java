package io.gradcap.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.record.RecordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderAliasesTest {

  private final HeaderAliases aliases = HeaderAliases.defaults();

  @ParameterizedTest
  @CsvSource({
    "学号,STUDENT_NUMBER",
    "Student No.,STUDENT_NUMBER",
    "XH,STUDENT_NUMBER",
    "xh,STUDENT_NUMBER",
    "*学号：,STUDENT_NUMBER",
    "学　号,STUDENT_NUMBER",
    "ＸＨ,STUDENT_NUMBER",
    "身份证号码,ID_NUMBER",
    "SFZH,ID_NUMBER",
    "ID No.,ID_NUMBER",
    "公民身份号码,ID_NUMBER",
    "姓名,NAME",
    "XM,NAME",
    "性别,GENDER",
    "民族,ETHNICITY",
    "MZ,ETHNICITY",
    "出生日期,BIRTH_DATE",
    "CSRQ,BIRTH_DATE",
    "班号,CLASS_GROUP",
    "班级,CLASS_GROUP",
    "二级学院,COLLEGE",
    "专业名称,MAJOR",
    "学制,PROGRAM_YEARS",
    "入学日期,ENTRY_DATE",
    "RXRQ,ENTRY_DATE",
    "考生号,CANDIDATE_NUMBER",
    "KSH,CANDIDATE_NUMBER",
    "政治面貌,POLITICAL_STATUS"
  })
  void every_usual_header_names_its_field(String header, RecordField field) {
    assertThat(aliases.field(header)).contains(field);
  }

  @Test
  void unknown_headers_name_nothing() {
    assertThat(aliases.field("宿舍号")).isEmpty();
    assertThat(aliases.field("")).isEmpty();
  }

  @Test
  void one_alias_cannot_name_two_fields() {
    assertThatThrownBy(() -> aliases.with(RecordField.NAME, "学号"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
