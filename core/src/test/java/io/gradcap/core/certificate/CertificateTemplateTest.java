package io.gradcap.core.certificate;

import static io.gradcap.core.certificate.Sheets.HEADER;
import static io.gradcap.core.certificate.Sheets.TITLE;
import static io.gradcap.core.certificate.Sheets.sheet;
import static io.gradcap.core.certificate.Sheets.zhang;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.internal.Messages;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CertificateTemplateTest {

  @Test
  void the_standard_template_has_the_offices_columns_in_order() {
    CertificateTemplate template = CertificateTemplate.standard();

    assertThat(template.headers())
        .containsExactly("学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注");
    assertThat(template.columnOf(CertificateField.ISSUE_DATE)).contains(6);
    assertThat(CertificateField.ISSUE_DATE.format()).isEqualTo(CertificateField.Format.DATE);
  }

  @Test
  void a_template_workbook_gives_its_title_columns_and_prefilled_rows() {
    Object[] header = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "学院意见"};

    CertificateTemplate template =
        CertificateTemplate.read(sheet(TITLE, header, zhang(), null, new Object[] {"填表人："}))
            .orElseThrow();

    assertThat(template.title()).isEqualTo("毕业生在校期间获得证书统计表");
    assertThat(template.columns().get(7)).isEqualTo(new TemplateColumn("学院意见", null));
    assertThat(template.prefilled()).hasSize(1);
    assertThat(template.prefilled().get(0)).startsWith("2021010101", "张三").hasSize(8);
    assertThat(CertificateTemplate.read(sheet(TITLE))).isEmpty();
  }

  @Test
  void the_blank_document_is_the_title_the_header_and_the_prefilled_rows() {
    CertificateTemplate template =
        CertificateTemplate.read(sheet(TITLE, HEADER, zhang())).orElseThrow();

    SheetLayout layout = template.layout();
    List<SheetRow> rows = template.blankRows();

    assertThat(layout.titleRows()).containsExactly("毕业生在校期间获得证书统计表");
    assertThat(layout.columns())
        .extracting(Column::header)
        .containsExactly(CertificateTemplate.standard().headers().toArray(String[]::new));
    assertThat(layout.headerRowIndex()).isEqualTo(1);
    assertThat(rows)
        .singleElement()
        .isInstanceOfSatisfying(
            SheetRow.Values.class,
            v -> assertThat(v.values()).startsWith("2021010101", "张三", "全国计算机等级考试"));
    assertThat(CertificateTemplate.standard().blankRows()).isEmpty();
  }

  @Test
  void every_message_formats_in_both_languages() {
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      for (String key : Messages.keys(CertificateCheck.BUNDLE, locale)) {
        String text = Messages.format(CertificateCheck.BUNDLE, key, locale, List.of("a", "b", "c"));
        assertThat(text).as(key).doesNotStartWith("!").doesNotContain("{");
      }
    }
    assertThat(Messages.keys(CertificateCheck.BUNDLE, Locale.CHINESE))
        .containsExactlyInAnyOrderElementsOf(
            Messages.keys(CertificateCheck.BUNDLE, Locale.ENGLISH));
    assertThat(CertificateField.CERTIFICATE_NUMBER.label(Locale.ENGLISH))
        .isEqualTo("Certificate number");
  }
}
