/**
 * Reading the header of a JPEG file (size, colour, density, estimated quality) for the photo check
 * of {@code io.gradcap.core.image}. Tier: internal, not exported.
 */
@NullMarked
package io.gradcap.core.internal.image;

import org.jspecify.annotations.NullMarked;
