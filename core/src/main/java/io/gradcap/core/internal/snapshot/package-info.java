/**
 * How each feature's state is written in the campaign snapshot, one class per feature: each record
 * type is described once, by a {@link io.gradcap.core.internal.codec.Shape} listing its components
 * in the order they are written. Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal.snapshot;

import org.jspecify.annotations.NullMarked;
