package io.gradcap.core.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.record.RecordField;
import org.junit.jupiter.api.Test;

class RowKeyTest {

  @Test
  void the_key_printed_for_a_student_never_changes_between_releases() {
    // Sheets already printed must still match back: the key is pinned, not recomputed.
    assertThat(RowKey.forRecord(Fixtures.record("2021010102", "张三", 2)).value())
        .isEqualTo("976Y9AYM");
  }

  @Test
  void an_unreadable_id_number_still_gives_a_key_from_its_text() {
    RowKey key =
        RowKey.forRecord(
            Fixtures.record("2021010102", "张三", 2).with(RecordField.ID_NUMBER, " not-an-id "));
    assertThat(key.value()).isEqualTo("44VZ5NVG");
  }

  @Test
  void a_key_has_exactly_eight_characters_of_the_alphabet() {
    assertThat(RowKey.of("0123ABYZ").value()).isEqualTo("0123ABYZ");
    assertThatThrownBy(() -> RowKey.of("0123ABY")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowKey.of("0123ABYZ0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowKey.of("0123ABYU")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowKey.of("I123ABYZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowKey.of("0123abyz")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_typed_back_key_forgives_case_spaces_hyphens_and_look_alikes() {
    assertThat(RowKey.parse(" 97-6y 9a-ym ")).isEqualTo(RowKey.of("976Y9AYM"));
    assertThat(RowKey.parse("O1IL-abcd")).isEqualTo(RowKey.of("0111ABCD"));
    assertThatThrownBy(() -> RowKey.parse("976Y9AY")).isInstanceOf(IllegalArgumentException.class);
  }
}
