package io.gradcap.examples.demo;

/** Text laid out in columns on a console, where a CJK character takes two columns. */
public final class Columns {

  private Columns() {}

  /** How many console columns the text takes: CJK ideographs and full-width forms count two. */
  public static int width(String text) {
    return text.codePoints()
        .map(
            c ->
                Character.isIdeographic(c)
                        || (c >= 0xFF00 && c <= 0xFFEF)
                        || (c >= 0x3000 && c <= 0x303F)
                    ? 2
                    : 1)
        .sum();
  }

  /** The text padded with spaces to {@code width} columns, and at least {@code minGap} spaces. */
  public static String pad(String text, int width, int minGap) {
    return text + " ".repeat(Math.max(minGap, width - width(text)));
  }
}
