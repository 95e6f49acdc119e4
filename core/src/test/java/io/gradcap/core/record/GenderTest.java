package io.gradcap.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.GradcapException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GenderTest {

  @Test
  void reads_chsi_text_and_gb_t_2261_codes() {
    assertThat(Gender.parse("男")).isEqualTo(Gender.MALE);
    assertThat(Gender.parse(" 女 ")).isEqualTo(Gender.FEMALE);
    assertThat(Gender.parse("１")).isEqualTo(Gender.MALE);
    assertThat(Gender.ofCode("2")).isEqualTo(Gender.FEMALE);
    assertThat(Gender.ofCode("0")).isEqualTo(Gender.NOT_KNOWN);
    assertThat(Gender.ofCode("9")).isEqualTo(Gender.NOT_STATED);
    assertThat(Gender.parse("female")).isEqualTo(Gender.FEMALE);
    assertThatThrownBy(() -> Gender.ofCode("男")).isInstanceOf(GradcapException.class);
    assertThatThrownBy(() -> Gender.parse("3"))
        .isInstanceOf(GradcapException.class)
        .hasMessageContaining("GC-0102");
  }

  @Test
  void to_string_is_the_chsi_text_and_round_trips() {
    assertThat(Gender.MALE).hasToString("男");
    for (Gender g : Gender.values()) {
      assertThat(Gender.parse(g.toString())).isEqualTo(g);
      assertThat(Gender.ofCode(g.code())).isEqualTo(g);
    }
    assertThat(Gender.FEMALE.label(Locale.ENGLISH)).isEqualTo("female");
    assertThat(Gender.NOT_STATED.isStated()).isFalse();
  }
}
