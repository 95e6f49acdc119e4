package io.gradcap.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void an_eighteen_character_id_number_is_masked_like_id_number_masks_it() {
    assertThat(SafeText.maskIdNumbers("11010519491231002X")).isEqualTo("110105********002X");
  }

  @Test
  void a_legacy_fifteen_digit_number_is_masked() {
    assertThat(SafeText.maskIdNumbers("110105491231002")).isEqualTo("110105*****1002");
  }

  @Test
  void a_lower_case_x_and_full_width_digits_are_masked() {
    assertThat(SafeText.maskIdNumbers("11010519491231002x")).isEqualTo("110105********002x");
    assertThat(SafeText.maskIdNumbers("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("１１０１０５********００２Ｘ");
  }

  @Test
  void an_id_number_inside_text_is_masked_where_it_stands() {
    assertThat(SafeText.maskIdNumbers("corrupt number 46010020030512485X in F7"))
        .isEqualTo("corrupt number 460100********485X in F7");
    assertThat(SafeText.maskIdNumbers("张三11010519491231002X号")).isEqualTo("张三110105********002X号");
  }

  @Test
  void two_numbers_side_by_side_are_both_masked() {
    assertThat(SafeText.maskIdNumbers("11010519491231002X11010519491231002X"))
        .isEqualTo("110105********002X110105********002X");
  }

  @Test
  void digits_inside_a_longer_run_and_short_numbers_are_left_alone() {
    assertThat(SafeText.maskIdNumbers("12345678901234567890")).isEqualTo("12345678901234567890");
    assertThat(SafeText.maskIdNumbers("2021010101 row 12 of 3110"))
        .isEqualTo("2021010101 row 12 of 3110");
    assertThat(SafeText.maskIdNumbers("1234567890123456")).isEqualTo("1234567890123456");
  }

  @Test
  void the_fraction_of_a_decimal_is_no_id_number_so_a_rate_reads_as_typed() {
    assertThat(SafeText.maskIdNumbers("rate 0.000000586733137"))
        .isEqualTo("rate 0.000000586733137");
    assertThat(SafeText.maskIdNumbers("file a.110105491231002"))
        .isEqualTo("file a.110105*****1002");
  }

  @Test
  void masking_is_idempotent() {
    String once = SafeText.maskIdNumbers("11010519491231002X");
    assertThat(SafeText.maskIdNumbers(once)).isEqualTo(once);
  }

  @Test
  void bidi_and_control_characters_are_shown_escaped() {
    assertThat(SafeText.escapeControls("a\u202Eb\u0000c\u001B[31md\re\u2066f"))
        .isEqualTo("a\\u202Eb\\u0000c\\u001B[31md\\u000De\\u2066f");
  }

  @Test
  void line_feeds_tabs_chinese_and_emoji_are_kept() {
    String text = "第一行\n\t阿依古丽·买买提 😀";
    assertThat(SafeText.escapeControls(text)).isEqualTo(text);
  }

  @Test
  void an_unpaired_surrogate_is_escaped() {
    assertThat(SafeText.escapeControls("a\uD800b")).isEqualTo("a\\uD800b");
  }

  @Test
  void an_escape_sequence_never_joins_digits_into_an_unmasked_number() {
    // 110105 + NUL + 9491231002X: escaped, the NUL's digits would make a 15-character run.
    assertThat(SafeText.of("110105\u00009491231002X")).doesNotContain("00009491231002X");
  }

  @Test
  void a_finding_renders_masked_and_escaped_in_every_part() {
    Finding finding =
        new Finding(
            "R6.test",
            Severity.BLOCKING,
            "11010519491231002X",
            "name",
            "roster.xlsx!Sheet1!C2",
            Message.of(Message.ERRORS, "GC-0003", "11010519491231002X\u202E", "x"));
    assertThat(finding.describe(Locale.ENGLISH))
        .doesNotContain("11010519491231002X")
        .doesNotContain("\u202E")
        .contains("110105********002X")
        .contains("\\u202E");
    assertThat(finding.message(Locale.ENGLISH))
        .doesNotContain("11010519491231002X")
        .contains("\\u202E");
  }

  @Test
  void an_exception_message_is_masked_and_escaped() {
    GradcapException e =
        new GradcapException(ErrorCode.UNPARSEABLE_VALUE, "11010519491231002X\u202E", "x");
    assertThat(e.getMessage(Locale.ENGLISH))
        .doesNotContain("11010519491231002X")
        .contains("110105********002X")
        .contains("\\u202E");
    assertThat(e.getMessage()).doesNotContain("11010519491231002X");
  }
}
