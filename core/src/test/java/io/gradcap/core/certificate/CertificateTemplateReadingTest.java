package io.gradcap.core.certificate;

import static io.gradcap.core.certificate.Sheets.HEADER;
import static io.gradcap.core.certificate.Sheets.TITLE;
import static io.gradcap.core.certificate.Sheets.li;
import static io.gradcap.core.certificate.Sheets.sheet;
import static io.gradcap.core.certificate.Sheets.zhang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTemplateReadingTest {

  private static final List<TemplateColumn> TWO =
      List.of(
          TemplateColumn.of(CertificateField.STUDENT_NUMBER),
          TemplateColumn.of(CertificateField.NAME));

  @Test
  void a_row_with_just_two_known_headers_is_the_header() {
    CertificateTemplate template =
        CertificateTemplate.read(sheet(TITLE, new Object[] {"学号", "证书名称", "学院意见"})).orElseThrow();

    assertThat(template.headers()).containsExactly("学号", "证书名称", "学院意见");
    assertThat(CertificateTemplate.read(sheet(new Object[] {"学号", "学院意见"}))).isEmpty();
  }

  @Test
  void a_field_the_template_lacks_has_no_column() {
    CertificateTemplate template =
        CertificateTemplate.read(sheet(new Object[] {"学号", "证书名称", "学院意见"})).orElseThrow();

    assertThat(template.columnOf(CertificateField.CERTIFICATE_NAME)).contains(1);
    assertThat(template.columnOf(CertificateField.REMARKS)).isEmpty();
    assertThat(template.columns().get(2).fieldIfAny()).isEmpty();
    assertThat(template.columns().get(0).fieldIfAny()).contains(CertificateField.STUDENT_NUMBER);
  }

  @Test
  void prefilled_rows_end_at_a_signature_line_right_below_them() {
    CertificateTemplate template =
        CertificateTemplate.read(sheet(TITLE, HEADER, zhang(), new Object[] {"填表人："}, li()))
            .orElseThrow();

    assertThat(template.prefilled()).hasSize(1);
  }

  @Test
  void a_template_needs_columns_with_distinct_headers_and_markers() {
    assertThatThrownBy(
            () ->
                new CertificateTemplate(
                    "", List.of(), List.of(), CertificateTemplate.DEFAULT_MARKERS))
        .isInstanceOf(IllegalArgumentException.class);
    List<TemplateColumn> twice =
        List.of(
            new TemplateColumn("学号", CertificateField.STUDENT_NUMBER),
            new TemplateColumn(" 学号\n", null));
    assertThatThrownBy(
            () ->
                new CertificateTemplate("", twice, List.of(), CertificateTemplate.DEFAULT_MARKERS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CertificateTemplate("", TWO, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CertificateTemplate("", TWO, List.of(), List.of("补充", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CertificateTemplate("", TWO, List.of(), List.of("补充")).headers())
        .containsExactly("学号", "姓名");
    assertThatThrownBy(() -> new TemplateColumn(" ", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
