package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldClassesTest {

  @Test
  void defaults_follow_r3_and_are_configurable() {
    FieldClasses defaults = FieldClasses.defaults();
    assertThat(defaults.classOf(RecordField.ID_NUMBER)).isEqualTo(FieldClass.CRITICAL);
    assertThat(defaults.classOf(RecordField.CLASS_GROUP))
        .isEqualTo(FieldClass.DIRECTLY_CORRECTABLE);
    FieldClasses stricter =
        defaults.withCritical(RecordField.MAJOR).withCorrectable(RecordField.BIRTH_DATE);
    assertThat(stricter.isCritical(RecordField.MAJOR)).isTrue();
    assertThat(stricter.isCritical(RecordField.BIRTH_DATE)).isFalse();
    assertThat(FieldClasses.criticalOnly(RecordField.NAME).critical())
        .containsExactly(RecordField.NAME);
  }
}
