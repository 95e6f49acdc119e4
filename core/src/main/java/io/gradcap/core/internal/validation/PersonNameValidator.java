package io.gradcap.core.internal.validation;

import io.gradcap.core.record.PersonName;
import io.gradcap.core.validation.ValidPersonName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidPersonName}: Chinese with middle dots, Latin where allowed, canonical where
 * required.
 */
public final class PersonNameValidator
    implements ConstraintValidator<ValidPersonName, CharSequence> {

  private boolean acceptLatin;
  private boolean canonicalOnly;

  @Override
  public void initialize(ValidPersonName constraint) {
    acceptLatin = constraint.acceptLatin();
    canonicalOnly = constraint.canonicalOnly();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return PersonName.tryParse(value)
        .filter(name -> name.isChinese() || (acceptLatin && name.isLatin()))
        .filter(name -> !canonicalOnly || name.value().contentEquals(value))
        .isPresent();
  }
}
