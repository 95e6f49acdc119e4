package io.gradcap.spi.table;

import io.gradcap.spi.Location;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the tabular ports, recognised by extension or media type. */
public enum TableFormat {
  /** Office Open XML workbook. */
  XLSX(
      List.of("xlsx"),
      List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  /** Office Open XML workbook with macros: recognised so that it can be refused by name. */
  XLSM(List.of("xlsm"), List.of("application/vnd.ms-excel.sheet.macroenabled.12")),
  /** Excel 97–2003 workbook (BIFF8). */
  XLS(List.of("xls"), List.of("application/vnd.ms-excel")),
  /** Comma-separated values, UTF-8 (with or without BOM) or GB18030. */
  CSV(List.of("csv"), List.of("text/csv", "text/comma-separated-values", "application/csv"));

  private final List<String> extensions;
  private final List<String> mediaTypes;

  TableFormat(List<String> extensions, List<String> mediaTypes) {
    this.extensions = extensions;
    this.mediaTypes = mediaTypes;
  }

  public List<String> extensions() {
    return extensions;
  }

  public List<String> mediaTypes() {
    return mediaTypes;
  }

  /** The format a location names: its {@link MediaType} attachment first, else its extension. */
  public static Optional<TableFormat> of(Location location) {
    Optional<MediaType> mediaType = location.attachment(MediaType.class);
    if (mediaType.isPresent()) {
      for (TableFormat format : values()) {
        if (format.mediaTypes.contains(mediaType.get().value())) {
          return Optional.of(format);
        }
      }
      return Optional.empty();
    }
    String uri = location.uri();
    int dot = uri.lastIndexOf('.');
    if (dot < 0 || dot < Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'))) {
      return Optional.empty();
    }
    String extension = uri.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Whether the location names this format. Never throws. */
  public boolean matches(Location location) {
    return of(location).filter(this::equals).isPresent();
  }

  /** The file name at the end of a location's path, the name used in cell references. */
  public static String fileName(Location location) {
    String uri = location.uri();
    int slash = Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\'));
    String name = uri.substring(slash + 1);
    return name.isBlank() ? uri : name;
  }
}
