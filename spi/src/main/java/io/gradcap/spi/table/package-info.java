/**
 * The tabular ports: read a sheet as a stream of typed, located cells, write a printable workbook
 * from streams of rows with layout hints, and annotate a copy of a user's workbook with findings.
 * Tier: SPI, stable, JDK only.
 *
 * <p>Which file looks like what is the adapter's business; what a document contains is the
 * domain's. Unreadable input is a {@link io.gradcap.spi.table.UnreadableTableException} (a {@link
 * io.gradcap.spi.PortException}) naming the file and, where it applies, the sheet and cell.
 */
@NullMarked
package io.gradcap.spi.table;

import org.jspecify.annotations.NullMarked;
