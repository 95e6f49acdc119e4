/**
 * The contract between gradcap and the systems it runs in. Tier: SPI, stable, JDK only.
 *
 * <p>Every port comes as a pair: a {@link io.gradcap.spi.PortProvider} with a public no-argument
 * constructor, which is discovered or registered explicitly, and the port it opens for a {@link
 * io.gradcap.spi.Location}. Nothing in this package is ever {@code null} unless its documentation
 * says so.
 */
@NullMarked
package io.gradcap.spi;

import org.jspecify.annotations.NullMarked;
