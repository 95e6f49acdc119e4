package io.gradcap.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle of core speaks both languages with the same keys. */
class MessageBundlesTest {

  @Test
  void every_chinese_key_has_an_english_translation_and_back() throws IOException {
    Path resources = io.gradcap.spi.testkit.ModuleServices.classesRoot(ErrorCode.class);
    List<String> bundles;
    try (Stream<Path> files = Files.walk(resources)) {
      bundles =
          files
              .map(p -> resources.relativize(p).toString())
              .filter(
                  p ->
                      p.endsWith(".properties")
                          && !p.endsWith("_en.properties")
                          && !p.startsWith("META-INF"))
              .filter(
                  p ->
                      !p.endsWith(
                          "_zh.properties")) // explicit Chinese copies of a default bundle, for
              // java.util.ResourceBundle
              .map(p -> p.substring(0, p.length() - ".properties".length()).replace('/', '.'))
              .toList();
    }
    assertThat(bundles).contains(Message.ERRORS);
    for (String bundle : bundles) {
      assertThat(Messages.keys(bundle, Locale.ENGLISH))
          .as(bundle)
          .isEqualTo(Messages.keys(bundle, Locale.CHINESE));
    }
  }

  @Test
  void every_error_code_has_a_message() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(Messages.pattern(Message.ERRORS, code.code(), Locale.CHINESE))
          .as(code.code())
          .isNotNull();
    }
  }

  @Test
  void chinese_is_the_default_whatever_the_jvm_locale() {
    Message message = Message.of(Message.ERRORS, "GC-0002", "x");
    assertThat(message.format(Locale.GERMANY)).startsWith("配置无效");
    assertThat(message.format(Locale.US)).startsWith("Invalid configuration");
    assertThat(message).hasToString(message.format(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_finding_describes_itself_on_one_line() {
    Finding finding =
        Finding.of(
                "R6.test",
                Severity.BLOCKING,
                "2021001",
                "idNumber",
                Message.of(Message.ERRORS, "GC-0003", "x", "y"))
            .at("roster.xlsx!Sheet1!F12");
    assertThat(finding.describe(Locale.ENGLISH))
        .isEqualTo(
            "[BLOCKING] R6.test 2021001 idNumber @roster.xlsx!Sheet1!F12: Cannot parse \"x\": y");
  }
}
