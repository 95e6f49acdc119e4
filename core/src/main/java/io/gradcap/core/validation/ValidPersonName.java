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
 * The text is a person's name as records carry it: Chinese characters with single middle dots
 * between the parts (any of the dot variants {@code •}, {@code .}, {@code ・}, {@code ．}, unless
 * {@link #canonicalOnly()}), or Latin letters where {@link #acceptLatin()} allows.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}). The validator is
 * {@code PersonNameValidator}, registered through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPersonName {

  String message() default "{io.gradcap.core.validation.ValidPersonName.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether names in Latin letters are valid. */
  boolean acceptLatin() default false;

  /** Whether only the canonical form is valid: middle dot U+00B7, no stray spaces. */
  boolean canonicalOnly() default false;
}
