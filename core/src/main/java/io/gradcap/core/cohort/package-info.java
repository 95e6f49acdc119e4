/**
 * Cohorts and graduating classes (R1) and the academic calendar of teaching weeks. Tier: API.
 *
 * <p>This package depends on no other feature package, so that every other one (the student record
 * included) may use it; the institution's structure is in {@code io.gradcap.core.institution}.
 */
@NullMarked
package io.gradcap.core.cohort;

import org.jspecify.annotations.NullMarked;
