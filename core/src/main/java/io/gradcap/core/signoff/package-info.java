/**
 * Sign-off of student records (R2–R5): the per-class sign-off sheet, the outcomes students and
 * staff record on it as events, the routing of corrections (critical fields open a change request,
 * others apply at once), and progress per class and college against the return deadline. Tier: API.
 */
@NullMarked
package io.gradcap.core.signoff;

import org.jspecify.annotations.NullMarked;
