package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRange;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TextCell;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CSV file (RFC 4180: comma, double quotes, quotes doubled inside them, line breaks inside
 * quoted fields). The charset is the {@link Charset} attachment if given; otherwise UTF-8 when the
 * file starts with a BOM or its first 64 KB are valid UTF-8, else GB18030, which Chinese Excel
 * writes. Every cell is text; its one sheet is named after the file.
 */
final class CsvReader implements TableReader {

  /** Excel's limit on the characters of one cell; a longer field is a broken or hostile file. */
  static final int MAX_FIELD_CHARS = 32_767;

  static final Charset GB18030 = Charset.forName("GB18030");

  private final Source source;
  private final String sheet;
  private final Charset charset;

  private CsvReader(Source source, Charset charset) {
    this.source = source;
    String stem = source.name;
    int dot = stem.lastIndexOf('.');
    this.sheet = dot > 0 ? stem.substring(0, dot) : stem;
    this.charset = charset != null ? charset : detect(source);
  }

  static CsvReader open(Location location) {
    Source source = Source.open(location);
    try {
      return new CsvReader(source, location.attachment(Charset.class).orElse(null));
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  Charset charset() {
    return charset;
  }

  private static Charset detect(Source source) {
    byte[] head = new byte[64 * 1024];
    int n;
    try (InputStream in = Files.newInputStream(source.path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UnreadableTableException(source.name, "cannot read the file: " + e.getMessage(), e);
    }
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n + 1), n < head.length);
    return result.isError() ? GB18030 : StandardCharsets.UTF_8;
  }

  @Override
  public String file() {
    return source.name;
  }

  @Override
  public List<String> sheetNames() {
    return List.of(sheet);
  }

  @Override
  public Stream<Row> rows(String name) {
    if (!sheet.equals(name)) {
      throw new SheetNotFoundException(source.name + "!" + name, "a CSV file has one sheet, " + sheet);
    }
    Reader reader;
    try {
      InputStream in = Files.newInputStream(source.path);
      CharsetDecoder decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    } catch (IOException e) {
      throw new UnreadableTableException(source.name, "cannot read the file: " + e.getMessage(), e);
    }
    Parser parser = new Parser(reader, CellRef.of(source.name, sheet, 0, 0), source.limits);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(parser, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public List<CellRange> mergedRegions(String name) {
    if (!sheet.equals(name)) {
      throw new SheetNotFoundException(source.name + "!" + name, "a CSV file has one sheet, " + sheet);
    }
    return List.of();
  }

  @Override
  public void close() {
    source.close();
  }

  /** Reads one record at a time. */
  private static final class Parser implements Iterator<Row> {
    private final Reader in;
    private final CellRef origin;
    private final ReadLimits limits;
    private final StringBuilder field = new StringBuilder();
    private int row = -1;
    private boolean first = true;
    private boolean eof;
    private Row next;

    Parser(Reader in, CellRef origin, ReadLimits limits) {
      this.in = in;
      this.origin = origin;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !eof) {
        try {
          next = readRecord();
        } catch (CharacterCodingException e) {
          throw new UnreadableTableException(origin.sheetLocation() + "!A" + (row + 1),
              "not valid text in the file's charset; save it as UTF-8 or GB18030", e);
        } catch (IOException e) {
          throw new UnreadableTableException(origin.sheetLocation(), "cannot read the file: " + e.getMessage(), e);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row result = next;
      next = null;
      return result;
    }

    private int read() throws IOException {
      int c = in.read();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      return c;
    }

    private Row readRecord() throws IOException {
      int c = read();
      if (c < 0) {
        eof = true;
        return null;
      }
      row++;
      if (row >= limits.maxRows()) {
        throw new TableLimitExceededException(origin.sheetLocation() + "!A" + (row + 1), "maxRows", limits.maxRows());
      }
      CellRef rowRef = origin.at(Math.min(row, CellRef.MAX_ROW), 0);
      List<Cell> cells = new ArrayList<>(16);
      while (true) {
        field.setLength(0);
        int column = cells.size();
        if (column >= limits.maxColumns()) {
          throw new TableLimitExceededException(
              rowRef.at(rowRef.row(), Math.min(column, CellRef.MAX_COLUMN)).toString(), "maxColumns", limits.maxColumns());
        }
        if (c == '"') {
          while (true) {
            c = read();
            if (c < 0) {
              throw new UnreadableTableException(rowRef.at(rowRef.row(), column).toString(), "a quoted field is never closed");
            }
            if (c == '"') {
              c = read();
              if (c != '"') {
                break;
              }
            }
            append(c, rowRef, column);
          }
        }
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          append(c, rowRef, column);
          c = read();
        }
        String text = field.toString();
        CellRef ref = rowRef.at(rowRef.row(), column);
        cells.add(text.isEmpty() ? new BlankCell(ref) : new TextCell(ref, text));
        if (c == ',') {
          c = read();
          continue;
        }
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
        }
        break;
      }
      return new Row(rowRef, cells);
    }

    private void append(int c, CellRef rowRef, int column) {
      if (field.length() >= MAX_FIELD_CHARS) {
        throw new TableLimitExceededException(rowRef.at(rowRef.row(), column).toString(), "maxCellChars", MAX_FIELD_CHARS);
      }
      field.append((char) c);
    }
  }
}
