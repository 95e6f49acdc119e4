/**
 * The validators of the constraints in {@code io.gradcap.core.validation}, registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} and the module's {@code
 * provides}: Hibernate Validator finds them by the constraint they validate, so no host names them.
 * Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal.validation;

import org.jspecify.annotations.NullMarked;
