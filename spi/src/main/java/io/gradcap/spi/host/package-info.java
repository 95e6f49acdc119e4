/**
 * Host lookups the library cannot make itself: a class's teaching timetable and each student's
 * capture-code status (CHSI is reached only through the host). Tier: SPI.
 */
@NullMarked
package io.gradcap.spi.host;

import org.jspecify.annotations.NullMarked;
