/**
 * The institution and its structure: colleges, classes and their students, responsible persons per
 * task, cohorts and graduating classes (R1), and the academic calendar of teaching weeks. Tier: API.
 */
@NullMarked
package io.gradcap.core.cohort;

import org.jspecify.annotations.NullMarked;
