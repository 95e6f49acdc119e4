/**
 * Implementation details of gradcap core that nobody outside may touch: message bundles and the one
 * place that calls {@link java.util.ServiceLoader}. Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal;

import org.jspecify.annotations.NullMarked;
