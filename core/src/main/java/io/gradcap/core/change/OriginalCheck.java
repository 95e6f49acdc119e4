package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import java.time.Instant;

/**
 * Who checked a copy against its original, and when.
 *
 * @param by the person who saw the original
 * @param at when
 */
public record OriginalCheck(Actor by, Instant at) {}
