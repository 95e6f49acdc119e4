package io.gradcap.core.internal.validation;

import io.gradcap.core.validation.ValidStudentNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidStudentNumber}: the shared shape, then the institution's format if given.
 */
public final class StudentNumberValidator
    implements ConstraintValidator<ValidStudentNumber, CharSequence> {

  private @Nullable Pattern format;

  @Override
  public void initialize(ValidStudentNumber constraint) {
    format = constraint.regexp().isEmpty() ? null : Pattern.compile(constraint.regexp());
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int n = value.length();
    if (n == 0 || n > 32) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
        return false;
      }
    }
    return format == null || format.matcher(value).matches();
  }
}
