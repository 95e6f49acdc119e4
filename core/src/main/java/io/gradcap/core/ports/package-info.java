/**
 * Which adapter opens a port: {@link io.gradcap.core.ports.Ports}, a registry of the providers a
 * host registers explicitly and, when it opts in, those found through {@code META-INF/services}.
 * The rule that picks one provider for a location is written here once. Tier: API.
 */
@NullMarked
package io.gradcap.core.ports;

import org.jspecify.annotations.NullMarked;
