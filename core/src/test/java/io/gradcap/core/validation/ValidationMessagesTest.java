package io.gradcap.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The constraint messages exist in Chinese (default and explicit zh copy) and English, with the
 * same keys.
 */
class ValidationMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ValidationMessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void chinese_default_zh_copy_and_english_agree() throws IOException {
    Properties base = load("ContributorValidationMessages");
    assertThat(load("ContributorValidationMessages_zh")).isEqualTo(base);
    assertThat(load("ContributorValidationMessages_en").keySet()).isEqualTo(base.keySet());
    for (io.gradcap.core.verification.IdNumberStatus s :
        io.gradcap.core.verification.IdNumberStatus.values()) {
      if (!s.isAcceptable()) {
        assertThat(base).containsKey("io.gradcap.core.validation.ValidIdNumber." + s.name());
      }
    }
  }
}
