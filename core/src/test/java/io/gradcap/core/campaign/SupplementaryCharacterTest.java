package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names may hold characters outside the Basic Multilingual Plane (𠮷, written as a surrogate pair).
 * Wherever such a pair falls in a YAML file, including across the YAML reader's 1,024-char buffer
 * boundary, the file reads as it would without it.
 */
class SupplementaryCharacterTest {

  @Test
  void a_surrogate_pair_at_any_position_near_the_reader_buffer_boundary_reads() {
    Campaign seed = Seed.campaign();
    for (int padding = 1000; padding < 1040; padding++) {
      String text = "# " + "x".repeat(padding) + "𠮷\n" + Seed.yaml();
      assertThat(CampaignCodec.read(text, CampaignFormat.YAML, Seed.NAME))
          .as("padding %s", padding)
          .isEqualTo(seed);
    }
  }
}
