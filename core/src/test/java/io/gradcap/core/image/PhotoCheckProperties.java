package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.gradcap.core.finding.Finding;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Bad data gives findings, never an exception: whatever bytes arrive, the check answers. */
class PhotoCheckProperties {

  private static final byte[] GOOD =
      Jpegs.withExif(
          Jpegs.encode(Jpegs.portrait(480, 640, BufferedImage.TYPE_INT_RGB, 7), 0.85f, 300),
          1,
          300,
          2);
  private static final PhotoCheck CHECK = PhotoCheck.standard();

  @Test
  void arbitrary_bytes_are_reported_not_thrown() {
    qt().forAll(
            Generate.byteArrays(
                integers().between(0, 300),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)))
        .checkAssert(
            bytes -> {
              List<Finding> findings = CHECK.check(bytes, "x");
              if (bytes.length < 2 || bytes[0] != (byte) 0xFF || bytes[1] != (byte) 0xD8) {
                assertThat(findings).extracting(Finding::rule).containsExactly("R16.photo.format");
              }
            });
  }

  @Test
  void a_real_header_with_bytes_changed_or_cut_off_is_reported_not_thrown() {
    int headerEnd =
        700; // SOI, EXIF, JFIF, DQT, SOF and DHT of the fixture lie within the first bytes
    qt().forAll(
            integers().between(0, headerEnd),
            integers().between(0, 255),
            integers().between(1, GOOD.length))
        .checkAssert(
            (at, value, length) -> {
              byte[] changed = GOOD.clone();
              changed[at] = (byte) (int) value;
              assertThat(CHECK.check(changed, "x")).isNotNull();
              assertThat(CHECK.check(Arrays.copyOf(changed, length), "x")).isNotNull();
            });
  }
}
