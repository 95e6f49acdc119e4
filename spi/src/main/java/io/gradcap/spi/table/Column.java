package io.gradcap.spi.table;

import java.util.Objects;

/**
 * One column of a written sheet: its header text and its width.
 *
 * @param header the header cell's text
 * @param width the width in characters of the default font (a CJK character counts as two)
 */
public record Column(String header, int width) {

  public Column {
    Objects.requireNonNull(header, "header");
    if (width < 1 || width > 255) {
      throw new IllegalArgumentException("width must be 1..255 characters: " + width);
    }
  }

  /** A column as wide as its header, at least 8 characters. */
  public static Column of(String header) {
    int width = 2;
    for (int i = 0; i < header.length(); i++) {
      width += header.charAt(i) > 0x2E7F ? 2 : 1;
    }
    return new Column(header, Math.max(8, Math.min(255, width)));
  }

  public static Column of(String header, int width) {
    return new Column(header, width);
  }
}
