package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.image.JpegHeader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

  private static final String STUDENT = "2021010101";
  private static final PhotoCheck CHECK = PhotoCheck.standard();

  /** A 480×640 colour capture at quality 85 and 300 dpi: about 28 KB. */
  private static final byte[] GOOD =
      Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 300);

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  @Test
  void a_capture_to_the_specification_has_no_findings() {
    assertThat(GOOD.length).isBetween(20 * 1024, 40 * 1024);
    assertThat(CHECK.check(GOOD, STUDENT)).isEmpty();
    JpegHeader header = JpegHeader.read(GOOD).orElseThrow();
    assertThat(header.width()).isEqualTo(480);
    assertThat(header.height()).isEqualTo(640);
    assertThat(header.components()).isEqualTo(3);
    assertThat(header.precision()).isEqualTo(8);
    assertThat(header.dpi()).contains(300.0);
    assertThat(header.complete()).isTrue();
  }

  @Test
  void a_file_that_is_not_a_jpeg_is_one_blocking_finding() throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), "png", png);
    for (byte[] notJpeg :
        List.of(
            png.toByteArray(),
            new byte[0],
            new byte[] {(byte) 0xFF, (byte) 0xD8},
            Arrays.copyOf(GOOD, 100))) {
      List<Finding> findings = CHECK.check(notJpeg, STUDENT);
      assertThat(rules(findings)).containsExactly("R16.photo.format");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.BLOCKING);
      assertThat(findings.get(0).subject()).isEqualTo(STUDENT);
      assertThat(findings.get(0).message(Locale.CHINESE)).contains("JPEG");
    }
  }

  @Test
  void the_photo_is_480_by_640_pixels() {
    byte[] landscape =
        Jpegs.encode(Jpegs.portrait(640, 480, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 300);
    List<Finding> findings = CHECK.check(landscape, STUDENT);
    assertThat(rules(findings)).containsExactly("R16.photo.dimensions");
    assertThat(findings.get(0).isBlocking()).isTrue();
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The image is 640×480 px; it must be 480×640 px");
  }

  @Test
  void the_photo_is_24_bit_colour() {
    byte[] grey =
        Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_BYTE_GRAY, 1), 0.9f, 300);
    List<Finding> findings = CHECK.check(grey, STUDENT);
    assertThat(rules(findings)).contains("R16.photo.colour");
    assertThat(
            findings.stream()
                .filter(f -> f.rule().equals("R16.photo.colour"))
                .findFirst()
                .orElseThrow()
                .message(Locale.ENGLISH))
        .contains("1 colour components");
  }

  @Test
  void a_density_other_than_300_dpi_is_a_warning() {
    byte[] at72 = Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 72);
    List<Finding> findings = CHECK.check(at72, STUDENT);
    assertThat(rules(findings)).containsExactly("R16.photo.dpi");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("72 dpi").contains("300 dpi");
  }

  @Test
  void a_photo_without_any_density_is_a_warning() {
    byte[] noDensity =
        Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 0);
    assertThat(JpegHeader.read(noDensity).orElseThrow().dpi()).isEmpty();
    List<Finding> findings = CHECK.check(noDensity, STUDENT);
    assertThat(rules(findings)).containsExactly("R16.photo.dpi");
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("states no resolution");
  }

  @Test
  void exif_resolution_counts_and_inches_or_centimetres_are_both_understood() {
    byte[] noDensity =
        Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.85f, 0);
    assertThat(CHECK.check(Jpegs.withExif(noDensity, 1, 300, 2), STUDENT)).isEmpty();
    JpegHeader perCm = JpegHeader.read(Jpegs.withExif(noDensity, 1, 118, 3)).orElseThrow();
    assertThat(perCm.dpi()).hasValueSatisfying(dpi -> assertThat(dpi).isBetween(299.0, 300.5));
  }

  @Test
  void a_rotated_or_mirrored_photo_is_refused() {
    byte[] rotated = Jpegs.withExif(GOOD, 6, 300, 2);
    List<Finding> findings = CHECK.check(rotated, STUDENT);
    assertThat(rules(findings)).containsExactly("R16.photo.orientation");
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("orientation 6");
  }

  @Test
  void a_file_size_outside_20_to_40_kb_is_a_warning() {
    byte[] large =
        Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.95f, 300);
    byte[] small = Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.7f, 300);
    assertThat(large.length).isGreaterThan(40 * 1024);
    assertThat(small.length).isLessThan(20 * 1024);
    for (byte[] file : List.of(large, small)) {
      List<Finding> findings = CHECK.check(file, STUDENT);
      assertThat(rules(findings)).containsExactly("R16.photo.file-size");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
      assertThat(findings.get(0).message(Locale.ENGLISH)).contains(Integer.toString(file.length));
    }
  }

  @Test
  void quality_is_estimated_from_the_quantisation_table() {
    for (int q : List.of(30, 50, 60, 75, 85, 95)) {
      byte[] file =
          Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), q / 100f, 300);
      assertThat(JpegHeader.read(file).orElseThrow().quality())
          .as("quality %s", q)
          .isBetween(q - 2, q + 2);
    }
  }

  @Test
  void a_quality_below_60_is_a_warning() {
    byte[] poor = Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.4f, 300);
    List<Finding> findings = CHECK.check(poor, STUDENT);
    assertThat(rules(findings)).containsExactly("R16.photo.file-size", "R16.photo.quality");
    assertThat(findings.get(1).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(1).message(Locale.CHINESE)).contains("压缩质量约为 40");
  }

  @Test
  void a_truncated_file_is_refused() {
    byte[] cut = Arrays.copyOf(GOOD, GOOD.length - 500);
    assertThat(rules(CHECK.check(cut, STUDENT))).containsExactly("R16.photo.truncated");
  }

  @Test
  void the_specification_is_a_parameter() {
    PhotoCheck lenient = new PhotoCheck(new PhotoSpec(480, 640, 300, 0, 200 * 1024, 0));
    byte[] large =
        Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 1), 0.95f, 300);
    assertThat(lenient.check(large, STUDENT)).isEmpty();
  }
}
