package io.gradcap.core.internal.validation;

import io.gradcap.core.record.Ethnicity;
import io.gradcap.core.validation.ValidEthnicity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidEthnicity} against GB/T 3304's table. */
public final class EthnicityValidator implements ConstraintValidator<ValidEthnicity, CharSequence> {

  private boolean acceptExtension = true;
  private boolean canonicalOnly;

  @Override
  public void initialize(ValidEthnicity constraint) {
    acceptExtension = constraint.acceptExtension();
    canonicalOnly = constraint.canonicalOnly();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return Ethnicity.tryParse(value)
        .filter(e -> acceptExtension || !e.isExtension())
        .filter(
            e ->
                !canonicalOnly
                    || value.toString().equals(e.name())
                    || value.toString().equals(e.code()))
        .isPresent();
  }
}
