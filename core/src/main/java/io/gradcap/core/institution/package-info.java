/**
 * The institution's structure: colleges (and units treated like colleges, such as the joint
 * undergraduate classes), their classes and students, and the responsible persons named per task.
 * Tier: API.
 *
 * <p>It lives apart from {@code cohort} because classes hold students by {@link
 * io.gradcap.core.record.StudentNumber} while the student record refers to its {@link
 * io.gradcap.core.cohort.CohortId}: {@code record -> cohort} and {@code institution -> record,
 * cohort} keep the feature packages free of cycles.
 */
@NullMarked
package io.gradcap.core.institution;

import org.jspecify.annotations.NullMarked;
