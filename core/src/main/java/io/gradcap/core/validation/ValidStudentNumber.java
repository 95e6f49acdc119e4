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
 * The text is a student number: 1-32 ASCII letters, digits or hyphens, and the institution's format
 * if {@link #regexp()} gives one.
 *
 * <p>{@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank}). The validator is
 * {@code StudentNumberValidator}, registered through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidStudentNumber {

  String message() default "{io.gradcap.core.validation.ValidStudentNumber.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The institution's format as a regular expression; empty for none. */
  String regexp() default "";
}
