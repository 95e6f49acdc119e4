package io.gradcap.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.internal.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImageMessagesTest {

  @Test
  void every_pattern_formats_in_both_languages_for_every_status() {
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      for (String key : Messages.keys(ImageConfirmation.BUNDLE, locale)) {
        for (ImageStatus status : ImageStatus.values()) {
          String text =
              Messages.format(
                  ImageConfirmation.BUNDLE,
                  key,
                  locale,
                  List.of("2021010101", status.ordinal(), 3, 4));
          assertThat(text).as(key).doesNotStartWith("!").doesNotContain("{");
        }
      }
    }
  }
}
