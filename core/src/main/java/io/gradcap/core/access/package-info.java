/**
 * Actors and their scopes: who may touch which students. Every command names its actor, and core
 * refuses what the actor's scope does not cover. Tier: API.
 */
@NullMarked
package io.gradcap.core.access;

import org.jspecify.annotations.NullMarked;
