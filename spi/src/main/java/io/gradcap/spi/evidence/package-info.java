/**
 * The evidence vault port: files that back a change request (ID card scans, certificates, court
 * papers), stored and fetched by their SHA-256 with metadata, verified on every read. Tier: SPI.
 */
@NullMarked
package io.gradcap.spi.evidence;

import org.jspecify.annotations.NullMarked;
