package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordFieldTest {

  @Test
  void the_critical_fields_of_r3_are_name_gender_ethnicity_id_number_and_birth_date() {
    assertThat(Arrays.stream(RecordField.values()).filter(RecordField::criticalByDefault))
        .containsExactlyInAnyOrder(
            RecordField.NAME,
            RecordField.GENDER,
            RecordField.ETHNICITY,
            RecordField.ID_NUMBER,
            RecordField.BIRTH_DATE);
  }

  @Test
  void keys_and_labels() {
    assertThat(RecordField.ID_NUMBER.key()).isEqualTo("idNumber");
    assertThat(RecordField.EXPECTED_GRADUATION_DATE.key()).isEqualTo("expectedGraduationDate");
    assertThat(RecordField.ID_NUMBER.label(Locale.CHINA)).isEqualTo("身份证号");
    assertThat(RecordField.ID_NUMBER.label(Locale.ENGLISH)).isEqualTo("ID number");
    assertThat(RecordField.ID_NUMBER.chsiCode()).isEqualTo("SFZH");
  }
}
