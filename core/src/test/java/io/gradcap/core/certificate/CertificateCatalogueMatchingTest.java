package io.gradcap.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateCatalogueMatchingTest {

  private static CertificateKind kind(String name, String... aliases) {
    return new CertificateKind(name, List.of(aliases), List.of(), null);
  }

  @Test
  void of_two_names_starting_at_the_same_place_the_longer_wins_whatever_the_order() {
    CertificateKind english = kind("英语");
    CertificateKind cet4 = kind("英语四级");

    assertThat(CertificateCatalogue.of(List.of(english, cet4)).find("英语四级证书")).contains(cet4);
    assertThat(CertificateCatalogue.of(List.of(cet4, english)).find("英语四级证书")).contains(cet4);
  }

  @Test
  void a_name_found_earlier_in_the_cell_beats_a_longer_one_found_later() {
    CertificateKind putonghua = kind("普通话");
    CertificateKind cet4 = kind("大学英语四级考试");

    assertThat(CertificateCatalogue.of(List.of(cet4, putonghua)).find("普通话及大学英语四级考试"))
        .contains(putonghua);
  }

  @Test
  void full_width_letters_and_punctuation_match_their_ascii_forms_to_the_ends_of_the_range() {
    CertificateCatalogue catalogue = CertificateCatalogue.of(List.of(kind("!C1~")));

    assertThat(catalogue.find("！Ｃ１～")).isPresent();
    assertThat(catalogue.find("！ｃ１～ ")).isPresent();
  }

  @Test
  void a_catalogue_with_a_certificate_listed_twice_is_refused() {
    assertThatThrownBy(() -> CertificateCatalogue.of(List.of(kind("驾驶证"), kind(" 驾驶证"))))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CERTIFICATE_CATALOGUE);
              assertThat(e.getMessage(Locale.ENGLISH)).contains("listed twice");
            });
    assertThat(CertificateCatalogue.of(List.of(kind("驾驶证"))).kinds()).hasSize(1);
  }

  @Test
  void certificates_and_levels_need_a_name() {
    assertThatThrownBy(() -> kind(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CertificateLevel.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_catalogue_of_exactly_the_limit_is_read() {
    String head = "{\"certificates\": [{\"name\": \"教师资格证\"}]}";
    String text = head + " ".repeat(CertificateCatalogue.MAX_CHARS - head.length());

    assertThat(text).hasSize(CertificateCatalogue.MAX_CHARS);
    assertThat(
            CertificateCatalogue.read(text, CertificateCatalogue.Format.JSON, "limit.json")
                .find("教师资格证"))
        .isPresent();
  }

  @Test
  void unknown_keys_are_refused_at_the_top_and_inside_a_level() {
    String yaml =
        """
        colour: red
        certificates:
          - name: 驾驶证
            levels:
              - name: C1
                score: 90
        """;

    assertThatThrownBy(
            () -> CertificateCatalogue.read(yaml, CertificateCatalogue.Format.YAML, "keys.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH))
                    .contains(
                        "2 problem",
                        "$.colour: 未知的键 / unknown key",
                        "$.certificates[0].levels[0].score: 未知的键 / unknown key"));
  }
}
