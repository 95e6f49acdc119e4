/**
 * The campaign journal: every feature's events written to the event store as versioned JSON, and
 * the whole campaign's state loaded back from it (with snapshots), so the store is the system of
 * record. Tier: API.
 */
@NullMarked
package io.gradcap.core.journal;

import org.jspecify.annotations.NullMarked;
