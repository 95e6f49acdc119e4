package io.gradcap.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateCatalogueTest {

  private static final CertificateCatalogue DEFAULTS = CertificateCatalogue.defaults();

  @Test
  void the_defaults_know_the_common_certificates_and_their_levels() {
    assertThat(DEFAULTS.find("全国计算机等级考试二级证书").orElseThrow().acceptsLevel("二级")).isTrue();
    assertThat(DEFAULTS.find("NCRE").orElseThrow().acceptsLevel("五级")).isFalse();
    assertThat(DEFAULTS.find("高等学校英语应用能力考试").orElseThrow().acceptsLevel("Ａ级")).isTrue();
    assertThat(DEFAULTS.find("普通话水平测试等级证书").orElseThrow().acceptsLevel("二级甲等")).isTrue();
    assertThat(DEFAULTS.find("普通话").orElseThrow().acceptsLevel("四级甲等")).isFalse();
    assertThat(DEFAULTS.find("国家职业资格证书").orElseThrow().acceptsLevel("高级技师")).isTrue();
    assertThat(DEFAULTS.find("cet-6").orElseThrow().acceptsLevel("512")).isTrue();
    assertThat(DEFAULTS.find("CET-6").orElseThrow().acceptsLevel("优秀")).isFalse();
    assertThat(DEFAULTS.find("驾驶证")).isEmpty();
  }

  @Test
  void the_name_a_cell_contains_first_wins() {
    assertThat(DEFAULTS.find("1+X 云计算平台运维与开发职业技能等级证书").orElseThrow().name())
        .isEqualTo("1+X职业技能等级证书");
    assertThat(DEFAULTS.find("电工职业技能等级证书").orElseThrow().name()).isEqualTo("国家职业资格证书");
  }

  @Test
  void a_yaml_file_extends_the_defaults() {
    String yaml =
        """
        certificates:
          - name: 全国计算机等级考试
            levels: [一级, 二级]
          - name: 机动车驾驶证
            aliases: [驾驶证]
            levels:
              - name: C1
                aliases: [C1照]
              - B2
        """;

    CertificateCatalogue catalogue =
        CertificateCatalogue.read(yaml, CertificateCatalogue.Format.YAML, "certs.yaml");

    assertThat(catalogue.find("驾驶证").orElseThrow().acceptsLevel("C1照")).isTrue();
    assertThat(catalogue.find("NCRE")).isEmpty();
    assertThat(catalogue.find("全国计算机等级考试").orElseThrow().acceptsLevel("三级")).isFalse();
    assertThat(catalogue.find("普通话")).isPresent();
  }

  @Test
  void a_json_file_in_replace_mode_is_the_whole_catalogue() {
    String json =
        "{\"mode\":\"replace\",\"certificates\":[{\"name\":\"教师资格证\",\"levelPattern\":\"(小学|初中|高中)\"}]}";

    CertificateCatalogue catalogue =
        CertificateCatalogue.read(json, CertificateCatalogue.Format.JSON, "certs.json");

    assertThat(catalogue.kinds()).extracting(CertificateKind::name).containsExactly("教师资格证");
    assertThat(catalogue.find("教师资格证").orElseThrow().acceptsLevel("初中")).isTrue();
  }

  @Test
  void an_invalid_file_is_refused_with_every_problem_listed() {
    String yaml =
        """
        mode: merge
        certificates:
          - aliases: [x]
          - name: A
            levelPattern: "("
            colour: red
          - name: A
        """;

    assertThatThrownBy(
            () -> CertificateCatalogue.read(yaml, CertificateCatalogue.Format.YAML, "bad.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CERTIFICATE_CATALOGUE);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains(
                      "bad.yaml",
                      "5 problem",
                      "$.mode",
                      "$.certificates[0].name",
                      "levelPattern",
                      "colour",
                      "listed twice");
            });
  }

  @Test
  void unreadable_text_is_refused() {
    assertThatThrownBy(
            () -> CertificateCatalogue.read("{", CertificateCatalogue.Format.JSON, "x.json"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CERTIFICATE_CATALOGUE));
  }
}
