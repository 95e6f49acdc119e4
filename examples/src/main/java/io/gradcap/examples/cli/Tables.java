package io.gradcap.examples.cli;

import io.gradcap.adapters.excel.CsvTableReaderProvider;
import io.gradcap.adapters.excel.XlsTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.core.ports.Ports;
import io.gradcap.core.print.PrintedSheet;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import io.gradcap.spi.table.TableWriter;
import io.gradcap.spi.table.UnsupportedTableFormatException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opening rosters and writing printable workbooks through the Excel/CSV adapter, by file extension.
 */
public final class Tables {

  /**
   * The readers of the Excel/CSV adapter, registered explicitly: the command line discovers
   * nothing.
   */
  static final Ports PORTS =
      Ports.builder()
          .register(
              new XlsxTableReaderProvider(),
              new XlsTableReaderProvider(),
              new CsvTableReaderProvider())
          .build();

  private Tables() {}

  /**
   * Opens a {@code .xlsx}, {@code .xls} or {@code .csv} file.
   *
   * @throws UnsupportedTableFormatException if no reader supports the file's name
   */
  public static TableReader open(Path file) {
    Location location = Location.of(file.toString());
    return PORTS
        .find(TableReaderProvider.class, location)
        .orElseThrow(
            () ->
                new UnsupportedTableFormatException(
                    file.toString(), "not a .xlsx, .xls or .csv file"))
        .open(location);
  }

  /** Imports a roster with the default header aliases: every record, or every error. */
  public static RosterImport readRoster(Path file) {
    try (TableReader reader = open(file)) {
      return RosterImporter.of(RosterMapping.defaults()).read(reader);
    }
  }

  /** Writes the sheets, in order, into one {@code .xlsx} workbook. */
  public static void writeXlsx(Path file, List<PrintedSheet> sheets) {
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      for (PrintedSheet sheet : sheets) {
        writer.writeSheet(sheet.layout(), sheet.stream());
      }
    }
  }
}
