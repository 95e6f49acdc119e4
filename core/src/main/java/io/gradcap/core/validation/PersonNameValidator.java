package io.gradcap.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link PersonName}: Chinese with middle dots, Latin where allowed, canonical where required. */
public final class PersonNameValidator implements ConstraintValidator<PersonName, CharSequence> {

  private boolean acceptLatin;
  private boolean canonicalOnly;

  @Override
  public void initialize(PersonName constraint) {
    acceptLatin = constraint.acceptLatin();
    canonicalOnly = constraint.canonicalOnly();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    return io.gradcap.core.record.PersonName.tryParse(value)
        .filter(name -> name.isChinese() || (acceptLatin && name.isLatin()))
        .filter(name -> !canonicalOnly || name.value().contentEquals(value))
        .isPresent();
  }
}
