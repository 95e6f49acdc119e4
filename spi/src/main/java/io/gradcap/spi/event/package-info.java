/**
 * The append-only event store port: campaign state is the fold of the events appended here, with
 * optimistic concurrency per stream, an idempotency key per append and snapshots for fast opening.
 * Tier: SPI.
 */
@NullMarked
package io.gradcap.spi.event;

import org.jspecify.annotations.NullMarked;
