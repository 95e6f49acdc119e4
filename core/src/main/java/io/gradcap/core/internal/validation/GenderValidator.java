package io.gradcap.core.internal.validation;

import io.gradcap.core.validation.ValidGender;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Validates {@link ValidGender}: 男/女 and, where allowed, GB/T 2261.1 codes. */
public final class GenderValidator implements ConstraintValidator<ValidGender, CharSequence> {

  private boolean acceptCodes = true;
  private boolean statedOnly = true;

  @Override
  public void initialize(ValidGender constraint) {
    acceptCodes = constraint.acceptCodes();
    statedOnly = constraint.statedOnly();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String text = value.toString().strip();
    if (!acceptCodes && text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
      return false;
    }
    return io.gradcap.core.record.Gender.tryParse(text)
        .filter(g -> !statedOnly || g.isStated())
        .isPresent();
  }
}
