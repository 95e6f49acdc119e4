package io.gradcap.core.certificate;

import com.google.common.base.Preconditions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One column of the certificate template, in the office's order.
 *
 * @param header the header text exactly as the template has it
 * @param field what the column holds, if the check understands it; other columns are only kept in
 *     place
 */
public record TemplateColumn(String header, @Nullable CertificateField field) {
  public TemplateColumn {
    Preconditions.checkArgument(!header.isBlank(), "a template column needs a header");
  }

  public static TemplateColumn of(CertificateField field) {
    return new TemplateColumn(field.header(), field);
  }

  public Optional<CertificateField> fieldIfAny() {
    return Optional.ofNullable(field);
  }
}
