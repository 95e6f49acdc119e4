/**
 * The institution and its structure: colleges, classes, cohorts and the academic calendar. Tier: API.
 */
@NullMarked
package io.gradcap.core.cohort;

import org.jspecify.annotations.NullMarked;
