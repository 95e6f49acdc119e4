/**
 * Collections the campaign state is built from: {@code SharedMap}, a persistent map that shares its
 * structure between versions, so that each event makes a new state without copying the old one.
 * Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal.collect;

import org.jspecify.annotations.NullMarked;
