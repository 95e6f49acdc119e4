package io.gradcap.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateCatalogueLimitsTest {

  @Test
  void a_catalogue_above_the_limit_is_refused_before_it_is_parsed() {
    String huge = "x".repeat(CertificateCatalogue.MAX_CHARS + 1);
    assertThatThrownBy(
            () -> CertificateCatalogue.read(huge, CertificateCatalogue.Format.YAML, "huge.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CERTIFICATE_CATALOGUE_TOO_LARGE);
              assertThat(e.getMessage(Locale.ENGLISH)).contains("huge.yaml").contains("1,048,576");
            });
  }

  @Test
  void a_key_given_twice_is_refused_with_the_key_and_its_line() {
    assertThatThrownBy(
            () ->
                CertificateCatalogue.read(
                    "mode: extend\ncertificates: []\nmode: replace\n",
                    CertificateCatalogue.Format.YAML,
                    "c.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH))
                    .contains("line 3")
                    .contains("\"mode\" appears twice"));
  }
}
