package io.gradcap.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link Ethnicity} against GB/T 3304's table. */
public final class EthnicityValidator implements ConstraintValidator<Ethnicity, CharSequence> {

  private boolean acceptExtension = true;
  private boolean canonicalOnly;

  @Override
  public void initialize(Ethnicity constraint) {
    acceptExtension = constraint.acceptExtension();
    canonicalOnly = constraint.canonicalOnly();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return io.gradcap.core.record.Ethnicity.tryParse(value)
        .filter(e -> acceptExtension || !e.isExtension())
        .filter(e -> !canonicalOnly || value.toString().equals(e.name()) || value.toString().equals(e.code()))
        .isPresent();
  }
}
