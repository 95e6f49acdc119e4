package io.gradcap.core.certificate;

import io.gradcap.core.finding.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A column of the certificate template whose content the check understands, with its format. */
public enum CertificateField {
  STUDENT_NUMBER("学号", Format.STUDENT_NUMBER, true),
  NAME("姓名", Format.TEXT, true),
  CERTIFICATE_NAME("证书名称", Format.TEXT, true),
  LEVEL("等级", Format.LEVEL, true),
  CERTIFICATE_NUMBER("证书编号", Format.TEXT, true),
  ISSUER("发证机关", Format.TEXT, true),
  ISSUE_DATE("发证日期", Format.DATE, true),
  REMARKS("备注", Format.TEXT, false);

  /** What a cell of a column must hold. */
  public enum Format {
    /** Any text. */
    TEXT,
    /** A student number (学号). */
    STUDENT_NUMBER,
    /** A date cell, or text written {@code 2024-04-17}. */
    DATE,
    /** One of the certificate's levels in the catalogue. */
    LEVEL
  }

  private final String header;
  private final Format format;
  private final boolean required;

  CertificateField(String header, Format format, boolean required) {
    this.header = header;
    this.format = format;
    this.required = required;
  }

  /** The header text of the office's template. */
  public String header() {
    return header;
  }

  public Format format() {
    return format;
  }

  /** Whether a data row must fill this cell. */
  public boolean isRequired() {
    return required;
  }

  /** The key used in findings: {@code certificateNumber}. */
  public String key() {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }

  public String label(Locale locale) {
    return Message.of(CertificateCheck.BUNDLE, "field." + key()).format(locale);
  }

  /** The field whose template header this is, after trimming spaces. */
  public static Optional<CertificateField> ofHeader(String text) {
    String normal = CertificateTemplate.normalize(text);
    return List.of(values()).stream().filter(f -> f.header.equals(normal)).findFirst();
  }
}
