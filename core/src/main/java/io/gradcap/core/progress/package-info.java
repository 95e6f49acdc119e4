/**
 * Campaign progress: one view per class, per college and for the institution across every task,
 * each measure against its milestone, what is overdue first. Tier: API.
 */
@NullMarked
package io.gradcap.core.progress;

import org.jspecify.annotations.NullMarked;
