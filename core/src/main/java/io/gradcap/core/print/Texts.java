package io.gradcap.core.print;

import io.gradcap.core.finding.Message;
import io.gradcap.spi.table.Footer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** This package's texts. */
final class Texts {

  static final String MESSAGES = "io.gradcap.core.print.messages";

  private Texts() {}

  static String text(Locale locale, String key, Object... args) {
    return Message.of(MESSAGES, key, args).format(locale);
  }

  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  static String date(LocalDate date, Locale locale) {
    return english(locale)
        ? date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
        : date.format(DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE));
  }

  /** Page x of y in the middle, and a text (a signature line) at the left. */
  static Footer footer(Locale locale, String left) {
    return new Footer(left, text(locale, "footer.page", "{page}", "{pages}"), "");
  }
}
