package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.gradcap.core.GradcapException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void dot_variants_become_the_canonical_middle_dot() {
    for (String typed :
        new String[] {
          "阿依古丽•买买提", "阿依古丽.买买提", "阿依古丽・买买提", "阿依古丽．买买提", "阿依古丽･买买提", "阿依古丽 · 买买提", "阿依古丽·买买提"
        }) {
      assertThat(PersonName.parse(typed).value()).as(typed).isEqualTo("阿依古丽\u00B7买买提");
    }
  }

  @Test
  void stray_spaces_between_chinese_characters_go() {
    assertThat(PersonName.parse(" 张 三\u3000").value()).isEqualTo("张三");
    assertThat(PersonName.parse("John   Smith").value()).isEqualTo("John Smith");
    assertThat(PersonName.parse("J. Smith").value()).isEqualTo("J. Smith");
    assertThat(PersonName.parse("Ｊｏｈｎ").value()).isEqualTo("John");
  }

  @Test
  void chinese_and_latin_names_are_told_apart() {
    assertThat(PersonName.of("张三").isChinese()).isTrue();
    assertThat(PersonName.of("阿依古丽·买买提").isChinese()).isTrue();
    assertThat(PersonName.of("阿依古丽·买买提").hasMiddleDot()).isTrue();
    assertThat(PersonName.of("·张三").isChinese()).isFalse();
    assertThat(PersonName.of("张··三").isChinese()).isFalse();
    assertThat(PersonName.of("张三A").isChinese()).isFalse();
    assertThat(PersonName.of("John Smith").isLatin()).isTrue();
    assertThat(PersonName.of("张三").isLatin()).isFalse();
    assertThat(PersonName.of("\uD840\uDC00三").isChinese()).as("extension B character").isTrue();
  }

  @Test
  void the_invariant_refuses_blank_control_characters_and_dot_variants() {
    assertThatThrownBy(() -> PersonName.parse(" "))
        .isInstanceOf(GradcapException.class)
        .hasMessageContaining("GC-0104");
    assertThatThrownBy(() -> PersonName.of("张三\t")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> PersonName.of("阿依古丽•买买提")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> PersonName.of("张\u0007三")).isInstanceOf(GradcapException.class);
    assertThat(PersonName.tryParse("\u3000")).isEmpty();
  }

  @Test
  void round_trips_and_equality() {
    PersonName name = PersonName.parse("阿依古丽•买买提");
    assertThat(PersonName.parse(name.toString())).isEqualTo(name);
    new EqualsTester()
        .addEqualityGroup(PersonName.of("张三"), PersonName.parse("张 三"))
        .addEqualityGroup(PersonName.of("张山"))
        .testEquals();
  }
}
