package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.TableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one sheet as CSV: the header row and the values; titles, section lines and print layout
 * have no place in CSV and are left out. UTF-8 with a BOM by default (so that Excel shows Chinese
 * correctly), or the {@link Charset} attachment's charset, such as GB18030. Text that a spreadsheet
 * could take for a formula gets a leading single quote ({@link InertText}).
 */
final class CsvWriter implements TableWriter {

  private final String file;
  private final Target.Output target;
  private final Writer out;
  private boolean written;
  private boolean closed;

  /** Set when the sheet could not be written: closing then leaves no file. */
  private boolean failed;

  private CsvWriter(String file, Target.Output target, Writer out) {
    this.file = file;
    this.target = target;
    this.out = out;
  }

  static CsvWriter open(Location location) {
    Charset charset = location.attachment(Charset.class).orElse(StandardCharsets.UTF_8);
    Target.Output stream = Target.open(location);
    Writer writer = new BufferedWriter(new OutputStreamWriter(stream, charset), 64 * 1024);
    CsvWriter csv = new CsvWriter(TableFormat.fileName(location), stream, writer);
    if (charset.equals(StandardCharsets.UTF_8)) {
      csv.raw("\uFEFF");
    }
    return csv;
  }

  private void raw(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new TableWriteException(file, "cannot write the file: " + e.getMessage(), e);
    }
  }

  @Override
  public void writeSheet(SheetLayout layout, Stream<? extends SheetRow> rows) {
    if (closed) {
      throw new TableWriteException(file, "the file is already closed");
    }
    if (written) {
      throw new TableWriteException(file + "!" + layout.name(), "a CSV file holds one sheet only");
    }
    written = true;
    try {
      write(layout, rows);
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  private void write(SheetLayout layout, Stream<? extends SheetRow> rows) {
    List<Column> columns = layout.columns();
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      field(line, InertText.forCsv(columns.get(i).header()));
    }
    raw(line.append("\r\n").toString());
    try (Stream<? extends SheetRow> items = rows) {
      items.forEachOrdered(
          item -> {
            if (item instanceof SheetRow.Values values) {
              line.setLength(0);
              List<Object> cells = values.values();
              for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                  line.append(',');
                }
                Object value = i < cells.size() ? cells.get(i) : null;
                if (value != null) {
                  field(line, text(value));
                }
              }
              try {
                out.write(line.append("\r\n").toString());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    } catch (UncheckedIOException e) {
      throw new TableWriteException(file, "cannot write the file: " + e.getMessage(), e);
    }
  }

  private static String text(Object value) {
    if (value instanceof CharSequence chars) {
      return InertText.forCsv(chars.toString());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString((long) d)
          : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    return value.toString();
  }

  private static void field(StringBuilder line, String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(text);
      return;
    }
    line.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!failed) {
        out.flush();
        target.commit();
      }
    } catch (IOException e) {
      throw new TableWriteException(file, "cannot write the file: " + e.getMessage(), e);
    } finally {
      target.discard();
    }
  }
}
