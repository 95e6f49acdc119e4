package io.gradcap.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is a citizen identity number acceptable under R6's policy (GB 11643-1999: shape, ISO
 * 7064 MOD 11-2 check character, province-level region, a real birth date not after today as the
 * validator's clock provider tells it). The options mirror {@code VerificationPolicy}; defaults are
 * the library's default policy.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}). The validator is
 * {@code IdNumberValidator}, registered through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidIdNumber {

  String message() default "{io.gradcap.core.validation.ValidIdNumber.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether a legacy 15-digit number is valid (it is upgraded for checking). */
  boolean acceptLegacy15Digit() default true;

  /** Whether birth years 1800-1899 are valid. */
  boolean acceptBirthBefore1900() default true;

  /**
   * Whether the residence permits of Hong Kong, Macau and Taiwan residents (81/82/83 + 0000) are
   * valid.
   */
  boolean acceptResidencePermits() default true;

  /** Whether foreign permanent-resident IDs (first digit 9) are valid. */
  boolean acceptForeignPermanentResidentIds() default true;
}
