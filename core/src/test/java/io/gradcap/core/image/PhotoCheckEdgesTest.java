package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.image.JpegHeader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The photo check's limits are inclusive: a file exactly at a limit passes, one step beyond it does
 * not.
 */
class PhotoCheckEdgesTest {

  private static final String STUDENT = "2021010101";
  private static final byte[] GOOD =
      Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 300);
  private static final int SIZE = GOOD.length;
  private static final int QUALITY = JpegHeader.read(GOOD).orElseThrow().quality();

  private static List<Finding> check(PhotoSpec spec, byte[] file) {
    return new PhotoCheck(spec).check(file, STUDENT);
  }

  @Test
  void a_file_exactly_as_small_or_as_large_as_allowed_passes() {
    assertThat(check(new PhotoSpec(480, 640, 300, SIZE, SIZE, 0), GOOD)).isEmpty();
  }

  @Test
  void a_file_one_byte_below_the_minimum_or_above_the_maximum_is_a_warning_naming_the_range() {
    List<Finding> tooSmall = check(new PhotoSpec(480, 640, 300, SIZE + 1, SIZE + 10, 0), GOOD);
    assertThat(tooSmall)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R16.photo.file-size");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "The file has "
                          + SIZE
                          + " bytes; usually it lies between "
                          + (SIZE + 1)
                          + " and "
                          + (SIZE + 10)
                          + " bytes");
            });
    List<Finding> tooLarge = check(new PhotoSpec(480, 640, 300, 0, SIZE - 1, 0), GOOD);
    assertThat(tooLarge).extracting(Finding::rule).containsExactly("R16.photo.file-size");
  }

  @Test
  void a_quality_exactly_at_the_minimum_passes_and_one_below_is_a_warning() {
    assertThat(QUALITY).isBetween(83, 87);
    assertThat(check(new PhotoSpec(480, 640, 300, 0, 100 * 1024, QUALITY), GOOD)).isEmpty();
    List<Finding> poor = check(new PhotoSpec(480, 640, 300, 0, 100 * 1024, QUALITY + 1), GOOD);
    assertThat(poor)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R16.photo.quality");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "The JPEG quality is about "
                          + QUALITY
                          + "; it should be at least "
                          + (QUALITY + 1));
            });
  }

  @Test
  void the_density_the_specification_asks_for_is_the_one_checked() {
    byte[] at72 = Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 72);
    assertThat(check(new PhotoSpec(480, 640, 72, 0, 100 * 1024, 0), at72)).isEmpty();
    assertThat(check(new PhotoSpec(480, 640, 72, 0, 100 * 1024, 0), GOOD))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo("The image states 300 dpi; it should be 72 dpi"));
  }

  @Test
  void a_photo_of_the_right_width_but_the_wrong_height_is_refused() {
    byte[] short_ =
        Jpegs.encode(Jpegs.portrait(480, 600, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 300);
    assertThat(check(new PhotoSpec(480, 640, 300, 0, 100 * 1024, 0), short_))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R16.photo.dimensions");
              assertThat(f.isBlocking()).isTrue();
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo("The image is 480×600 px; it must be 480×640 px");
            });
  }

  @Test
  void a_mirrored_photo_is_refused_and_an_upright_mark_is_not() {
    assertThat(check(PhotoSpec.standard(), Jpegs.withExif(GOOD, 1, 300, 2))).isEmpty();
    assertThat(check(PhotoSpec.standard(), Jpegs.withExif(GOOD, 2, 300, 2)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R16.photo.orientation");
              assertThat(f.isBlocking()).isTrue();
            });
  }
}
