package io.gradcap.spi.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewEventTest {

  private static final Instant T = Instant.parse("2024-03-01T08:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "0",
        "-1.5e+3",
        "\"学籍\"",
        "true",
        "null",
        " { \"a\" : [1, {\"b\": \"\\u00e9\\n\"}], \"c\": -0.0 } ",
        "[[[[]]]]"
      })
  void well_formed_json_is_accepted(String json) {
    assertThat(NewEvent.of("t", json, "a", T).payloadText()).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "{\"a\":}",
        "{a:1}",
        "[1,]",
        "01",
        "1.",
        "'x'",
        "\"\t\"",
        "\"\\x\"",
        "{} {}",
        "nul",
        "NaN",
        "[1 2]",
        "{\"a\" 1}",
        "\"unterminated"
      })
  void anything_else_is_refused_with_the_reason(String notJson) {
    assertThatThrownBy(() -> NewEvent.of("record.corrected", notJson, "a", T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record.corrected")
        .hasMessageContaining("not JSON");
  }

  @Test
  void bytes_that_are_not_utf_8_are_refused() {
    byte[] latin1 = "\"é\"".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new NewEvent("t", latin1, "a", T)).hasMessageContaining("UTF-8");
  }

  @Test
  void nesting_is_bounded_so_a_hostile_payload_cannot_overflow_the_stack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> NewEvent.of("t", deep, "a", T)).hasMessageContaining("nested");
  }

  @Test
  void type_and_actor_are_held_to_their_shape() {
    assertThatThrownBy(() -> NewEvent.of("1x", "{}", "a", T)).hasMessageContaining("event type");
    assertThatThrownBy(() -> NewEvent.of("a b", "{}", "a", T)).hasMessageContaining("event type");
    assertThatThrownBy(() -> NewEvent.of("t", "{}", " ", T)).hasMessageContaining("actor");
    assertThatThrownBy(() -> NewEvent.of("t", "{}", "a\nb", T)).hasMessageContaining("actor");
  }

  @Test
  void the_payload_cannot_be_changed_from_outside() {
    byte[] bytes = "[1]".getBytes(StandardCharsets.UTF_8);
    NewEvent event = new NewEvent("t", bytes, "a", T);
    bytes[1] = '2';
    event.payload()[1] = '3';
    assertThat(event.payloadText()).isEqualTo("[1]");
  }

  @Test
  void time_is_held_to_the_microsecond_and_equality_compares_payload_content() {
    NewEvent a = NewEvent.of("t", "[1]", "a", T.plusNanos(1_999));
    NewEvent b = NewEvent.of("t", "[1]", "a", T.plusNanos(1_000));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(NewEvent.of("t", "[2]", "a", T));
  }

  @Test
  void to_string_never_shows_the_payload() {
    assertThat(NewEvent.of("t", "{\"id\":\"110105199001010023\"}", "a", T).toString())
        .doesNotContain("110105199001010023");
  }
}
