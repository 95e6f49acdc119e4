package io.gradcap.spi.table;

import java.util.Objects;

/**
 * The printed footer of every page, in three parts. The parts may use the placeholders {@code
 * {page}}, {@code {pages}} and {@code {sheet}}, which the spreadsheet program fills in when it
 * prints.
 *
 * @param left text at the left edge, such as a signature line
 * @param center text in the middle, such as {@code 第 {page} 页，共 {pages} 页}
 * @param right text at the right edge, such as a date line
 */
public record Footer(String left, String center, String right) {

  /** No footer. */
  public static final Footer NONE = new Footer("", "", "");

  public Footer {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(right, "right");
  }

  /** Page x of y in the middle, in Chinese. */
  public static Footer pageOfPages() {
    return new Footer("", "第 {page} 页，共 {pages} 页", "");
  }

  public Footer withLeft(String text) {
    return new Footer(text, center, right);
  }

  public Footer withRight(String text) {
    return new Footer(left, center, text);
  }

  public boolean isEmpty() {
    return left.isEmpty() && center.isEmpty() && right.isEmpty();
  }
}
