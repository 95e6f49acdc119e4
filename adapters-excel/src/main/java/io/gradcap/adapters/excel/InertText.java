package io.gradcap.adapters.excel;

/**
 * Keeps data from becoming a live formula in a spreadsheet (CSV and formula injection): any text
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading single quote, which spreadsheet programs show as text and never evaluate.
 */
public final class InertText {

  private InertText() {}

  /** Whether a spreadsheet program could read the text as the start of a formula. */
  public static boolean isDangerous(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /** The text as it may be written into a CSV cell: dangerous text gets a leading single quote. */
  public static String forCsv(String text) {
    return isDangerous(text) ? "'" + text : text;
  }
}
