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
 * The text is a gender: 男 or 女 as CHSI carries it, or a GB/T 2261.1 code.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}). The validator is
 * {@code GenderValidator}, registered through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidGender {

  String message() default "{io.gradcap.core.validation.ValidGender.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether the GB/T 2261.1 codes 0, 1, 2, 9 are valid besides the text. */
  boolean acceptCodes() default true;

  /** Whether only 男 and 女 (or codes 1 and 2) are valid, not 0 not known or 9 not stated. */
  boolean statedOnly() default true;
}
