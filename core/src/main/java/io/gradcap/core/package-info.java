/**
 * gradcap core's entry points and its one root exception. Tier: API.
 *
 * <p>What is truly exceptional is a {@link io.gradcap.core.GradcapException} with an {@link
 * io.gradcap.core.ErrorCode}; bad data is never exceptional and comes back as {@link
 * io.gradcap.core.finding.Finding}s.
 */
@NullMarked
package io.gradcap.core;

import org.jspecify.annotations.NullMarked;
