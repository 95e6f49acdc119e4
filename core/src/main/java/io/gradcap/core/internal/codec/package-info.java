/**
 * Positional JSON codecs, written once per type: a {@link io.gradcap.core.internal.codec.Shape}
 * lists a record's components in order, each with how it is written and read, and both directions
 * are driven from that one list. The campaign snapshot is built from them. Tier: internal, not
 * exported.
 */
@NullMarked
package io.gradcap.core.internal.codec;

import org.jspecify.annotations.NullMarked;
