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
 * The text names one of the 56 ethnic groups of GB/T 3304-1991, by name or 2-digit code.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}). The validator is
 * {@code EthnicityValidator}, registered through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidEthnicity {

  String message() default "{io.gradcap.core.validation.ValidEthnicity.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether the widely used extension 97 其他 and 98 外国血统中国籍人士 is valid. */
  boolean acceptExtension() default true;

  /**
   * Whether only the exact name or 2-digit code is valid, not short forms such as 蒙古 or
   * romanizations.
   */
  boolean canonicalOnly() default false;
}
