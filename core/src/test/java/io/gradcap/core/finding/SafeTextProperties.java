package io.gradcap.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SafeTextProperties {

  private static final String DIGIT = "[0-9\uFF10-\uFF19]";

  /**
   * An 18- or 15-character ID-shaped run not inside a longer run of digits, as a reader would spot
   * it.
   */
  // 15 or 18 digits standing alone, or 14 or 17 digits and an X, whatever follows the X (an ID
  // number run together with the next value is still one).
  private static final Pattern UNMASKED =
      Pattern.compile(
          "(?<!"
              + DIGIT
              + ")("
              + DIGIT
              + "{17}|"
              + DIGIT
              + "{14})("
              + DIGIT
              + "(?!"
              + DIGIT
              + ")|[Xx\uFF38\uFF58])");

  private static final Pattern HIDDEN =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

  /**
   * Pieces of hostile text: ID numbers in every typed form, digits, controls, bidi marks, Chinese.
   */
  private static Gen<String> piece() {
    Gen<String> ids =
        integers()
            .between(0, 999_999_999)
            .zip(
                integers().between(0, 3),
                integers().between(0, 3),
                (n, form, length) -> idNumber(n, form, length));
    Gen<String> digits =
        integers()
            .between(1, 40)
            .zip(integers().between(0, 9), (n, d) -> String.valueOf(d).repeat(n));
    Gen<String> controls =
        Generate.pick(
            List.of("\u0000", "\u202E", "\u2066", "\r", "\u001B[2J", "\n", "\u0085", "\u200F"));
    Gen<String> words =
        Generate.pick(List.of("学号", "X", "x", " ", "@F7:", "Ｘ", "身份证号", "-", "\\u00"));
    return ids.mix(digits).mix(controls.mix(words));
  }

  private static String idNumber(int seed, int form, int length) {
    String base = String.format("%09d", seed);
    String eighteen = "110105" + base + "12" + (seed % 2 == 0 ? "X" : "7");
    String text = length == 0 ? eighteen.substring(0, 15).replace('X', '1') : eighteen;
    if (form == 1) {
      text = text.toLowerCase(java.util.Locale.ROOT);
    } else if (form == 2) {
      StringBuilder wide = new StringBuilder();
      text.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
      text = wide.toString();
    }
    return text;
  }

  @Test
  void no_rendered_text_holds_an_unmasked_id_number_or_a_raw_control_character() {
    qt().forAll(lists().of(piece()).ofSizeBetween(1, 12))
        .checkAssert(
            pieces -> {
              String safe = SafeText.of(String.join("", pieces));
              assertThat(UNMASKED.matcher(safe).find()).as(safe).isFalse();
              assertThat(HIDDEN.matcher(safe).find()).as(safe).isFalse();
            });
  }

  @Test
  void text_without_id_numbers_or_controls_passes_unchanged() {
    Gen<String> plain =
        Generate.pick(List.of("学号", "2021010101", "软件工程学院", " ", "12", "@F7:", "\n", "X"));
    qt().forAll(lists().of(plain).ofSizeBetween(0, 8))
        .checkAssert(
            pieces -> {
              String text = String.join("", pieces);
              if (!UNMASKED.matcher(text).find()) {
                assertThat(SafeText.of(text)).isEqualTo(text);
              }
            });
  }

  @Test
  void rendering_twice_changes_nothing_more() {
    qt().forAll(lists().of(piece()).ofSizeBetween(1, 8))
        .checkAssert(
            pieces -> {
              String once = SafeText.maskIdNumbers(String.join("", pieces));
              assertThat(SafeText.maskIdNumbers(once)).isEqualTo(once);
            });
  }
}
