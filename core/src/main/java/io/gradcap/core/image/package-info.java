/**
 * Image confirmation (R16–R18): each student's graduation image from capture to the student's final
 * confirmation, disputes and the office's resolution, the lock date after which only the office's
 * correction path exists, and the check of a photo's bytes against the capture photo specification.
 * Tier: API.
 */
@NullMarked
package io.gradcap.core.image;

import org.jspecify.annotations.NullMarked;
