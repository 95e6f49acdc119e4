/**
 * The journal codec's speed-ups for Jackson: records created through their constructors and
 * instants read from decimal seconds without {@code BigDecimal}. Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal.json;

import org.jspecify.annotations.NullMarked;
