/**
 * In-memory implementations of the SPI's ports for core's tests; they pass the same contract kits
 * as the real adapters. Tier: test support (core's test-jar).
 */
@NullMarked
package io.gradcap.core.testing;

import org.jspecify.annotations.NullMarked;
