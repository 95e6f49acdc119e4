package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * A photo specification is refused when it could never be met; its limits themselves are allowed.
 */
class PhotoSpecLimitsTest {

  @Test
  void the_standard_is_480_by_640_at_300_dpi_20_to_40_kb_quality_60() {
    PhotoSpec spec = PhotoSpec.standard();
    assertThat(spec.width()).isEqualTo(480);
    assertThat(spec.height()).isEqualTo(640);
    assertThat(spec.dpi()).isEqualTo(300);
    assertThat(spec.minBytes()).isEqualTo(20 * 1024);
    assertThat(spec.maxBytes()).isEqualTo(40 * 1024);
    assertThat(spec.minQuality()).isEqualTo(60);
  }

  @Test
  void one_pixel_one_dpi_and_a_single_allowed_size_make_a_valid_specification() {
    PhotoSpec tiny = new PhotoSpec(1, 1, 1, 0, 0, 0);
    assertThat(tiny.minBytes()).isEqualTo(tiny.maxBytes());
    assertThat(new PhotoSpec(480, 640, 300, 30_000, 30_000, 100).minQuality()).isEqualTo(100);
  }

  @Test
  void a_width_height_or_density_of_zero_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(0, 640, 300, 0, 1, 60))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 0, 300, 0, 1, 60))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 640, 0, 0, 1, 60))
        .withMessageContaining("positive");
  }

  @Test
  void a_negative_or_inverted_size_range_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 640, 300, -1, 40 * 1024, 60))
        .withMessage("size range -1..40960");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 640, 300, 40 * 1024 + 1, 40 * 1024, 60))
        .withMessage("size range 40961..40960");
  }

  @Test
  void a_quality_outside_0_to_100_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 640, 300, 0, 1, -1))
        .withMessage("quality -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PhotoSpec(480, 640, 300, 0, 1, 101))
        .withMessage("quality 101");
  }
}
