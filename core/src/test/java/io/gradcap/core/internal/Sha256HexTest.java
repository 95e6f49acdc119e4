package io.gradcap.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256HexTest {

  private static final String DIGEST =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void sixty_four_lower_case_hex_digits_are_a_digest() {
    assertThat(Sha256Hex.isSha256Hex(DIGEST)).isTrue();
  }

  @Test
  void upper_case_other_letters_and_other_lengths_are_not() {
    assertThat(Sha256Hex.isSha256Hex(DIGEST.toUpperCase(java.util.Locale.ROOT))).isFalse();
    assertThat(Sha256Hex.isSha256Hex(DIGEST.substring(1) + "g")).isFalse();
    assertThat(Sha256Hex.isSha256Hex(DIGEST.substring(1))).isFalse();
    assertThat(Sha256Hex.isSha256Hex(DIGEST + "0")).isFalse();
    assertThat(Sha256Hex.isSha256Hex("")).isFalse();
  }
}
