package io.gradcap.core.record;

/** Text normalisation shared by the field types: what Chinese input methods produce. */
final class Text {

  private Text() {}

  /**
   * Folds full-width ASCII forms (U+FF01–U+FF5E, such as {@code １２３Ｘ}) to their ASCII counterparts
   * and the ideographic space (U+3000) to a plain space.
   */
  static String foldFullWidth(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        out.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
