/**
 * The field-level rules of record verification as Jakarta Validation constraints
 * ({@code @ValidIdNumber}, {@code @ValidEthnicity}, {@code @ValidStudentNumber},
 * {@code @ValidPersonName}, {@code @ValidGender}) for a host's own entities, named so that they
 * import beside the value types of {@code io.gradcap.core.record}. Validators (internal) are
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator} (no
 * annotation processing) and messages need no EL: build the factory with Hibernate Validator's
 * {@code ParameterMessageInterpolator}. Messages come from {@code ContributorValidationMessages},
 * Simplified Chinese by default, English for {@code en}. Tier: API.
 */
@NullMarked
package io.gradcap.core.validation;

import org.jspecify.annotations.NullMarked;
