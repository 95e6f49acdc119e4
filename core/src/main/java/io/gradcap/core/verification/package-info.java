/**
 * Checks of student records before anything is printed (R6, R1): a {@link
 * io.gradcap.core.verification.Verifier} runs built-in and campus-specific {@link
 * io.gradcap.core.verification.RecordRule}s and reports findings, never exceptions. Tier: API, with
 * {@code RecordRule} as the extension point.
 */
@NullMarked
package io.gradcap.core.verification;

import org.jspecify.annotations.NullMarked;
