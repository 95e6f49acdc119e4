/**
 * The content of every printable document (sign-off sheets, capture schedule and queue lists,
 * record-card register and handover, change-request handover) as layouts and rows of the SPI's
 * tabular port, which an adapter renders. Tier: API.
 */
@NullMarked
package io.gradcap.core.print;

import org.jspecify.annotations.NullMarked;
