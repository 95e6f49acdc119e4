package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ID numbers are shown masked: the region and the last four characters only. */
class IdNumberMaskingTest {

  @Test
  void an_id_number_shows_its_region_and_last_four_characters() {
    assertThat(Labels.mask("46010020030512003x")).isEqualTo("460100********003X");
    assertThat(Labels.mask("4601002003"))
        .as("ten characters: nothing between to hide")
        .isEqualTo("4601002003");
  }

  @Test
  void a_value_too_short_to_be_an_id_number_is_hidden_entirely() {
    assertThat(Labels.mask("460100200")).isEqualTo("*********");
    assertThat(Labels.mask("")).isEmpty();
  }

  @Test
  void typed_id_numbers_are_folded_from_full_width_and_spaces_dropped() {
    assertThat(Labels.normalisedIdNumber("４６０１ ００\u3000２００３０５１２００３ｘ"))
        .isEqualTo("46010020030512003X");
    assertThat(Labels.normalisedIdNumber("！１～")).isEqualTo("!1~");
  }

  @Test
  void only_id_numbers_are_masked_when_shown() {
    assertThat(Labels.shown(io.gradcap.core.record.RecordField.ID_NUMBER, "46010020030512003X"))
        .isEqualTo("460100********003X");
    assertThat(Labels.shown(io.gradcap.core.record.RecordField.NAME, "张三")).isEqualTo("张三");
  }
}
