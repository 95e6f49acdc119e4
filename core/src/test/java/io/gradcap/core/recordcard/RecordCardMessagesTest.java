package io.gradcap.core.recordcard;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.internal.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RecordCardMessagesTest {

  @Test
  void every_pattern_formats_in_both_languages() {
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      for (String key : Messages.keys(RecordCards.BUNDLE, locale)) {
        String text =
            Messages.format(RecordCards.BUNDLE, key, locale, List.of("a", "b", "c", "d", "e"));
        assertThat(text).as(key).doesNotStartWith("!").doesNotContain("{");
      }
    }
  }
}
