/**
 * Roster import: maps the rows of a user's sheet, read through the SPI's tabular port, to student
 * record fields, recognising headers by their aliases and coercing values with located findings,
 * all or nothing. Tier: API.
 */
@NullMarked
package io.gradcap.core.roster;

import org.jspecify.annotations.NullMarked;
