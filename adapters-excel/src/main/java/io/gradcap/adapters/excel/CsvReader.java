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
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n + 1), n < head.length);
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
      throw new SheetNotFoundException(
          source.name + "!" + name, "a CSV file has one sheet, " + sheet);
    }
    Reader reader;
    try {
      InputStream in = Files.newInputStream(source.path);
      reader = new BufferedReader(new DecodingReader(in, charset), 64 * 1024);
    } catch (IOException e) {
      throw new UnreadableTableException(source.name, "cannot read the file: " + e.getMessage(), e);
    }
    Parser parser =
        new Parser(reader, CellRef.of(source.name, sheet, 0, 0), source.limits, charset);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(parser, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
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
      throw new SheetNotFoundException(
          source.name + "!" + name, "a CSV file has one sheet, " + sheet);
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
    private final Charset charset;
    private final StringBuilder field = new StringBuilder();
    private int row = -1;

    /** The cell being read, for locating what goes wrong in it. */
    private int atRow;

    private int atColumn;

    /** Line breaks read so far: the line being read is one more. */
    private long lineBreaks;

    private boolean first = true;
    private boolean eof;
    private Row next;

    Parser(Reader in, CellRef origin, ReadLimits limits, Charset charset) {
      this.in = in;
      this.origin = origin;
      this.limits = limits;
      this.charset = charset;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !eof) {
        try {
          next = readRecord();
        } catch (DecodingReader.MalformedTextException e) {
          throw undecodable(e);
        } catch (CharacterCodingException e) {
          throw new UnreadableTableException(
              origin
                  .at(Math.min(atRow, CellRef.MAX_ROW), Math.min(atColumn, CellRef.MAX_COLUMN))
                  .toString(),
              "not valid " + charset.name() + " text; save the file as UTF-8 or GB18030",
              e);
        } catch (IOException e) {
          throw new UnreadableTableException(
              origin.sheetLocation(), "cannot read the file: " + e.getMessage(), e);
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

    /**
     * Bytes the charset cannot decode, at the cell and line that hold them, with what to do, in
     * Chinese and English: the one message a user sees comes from here.
     */
    private UnreadableTableException undecodable(DecodingReader.MalformedTextException e) {
      long line = lineBreaks + 1;
      long byteNumber = e.offset() + 1;
      String name =
          charset.equals(GB18030)
              ? "GB18030"
              : charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
      CellRef cell =
          origin.at(Math.min(atRow, CellRef.MAX_ROW), Math.min(atColumn, CellRef.MAX_COLUMN));
      return new UnreadableTableException(
          cell.toString(),
          "第 "
              + line
              + " 行（文件第 "
              + byteNumber
              + " 字节起）不是有效的 "
              + name
              + " 文本；"
              + "请在 Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”，或在记事本中另存为 UTF-8 或 GB18030 编码后重试 / "
              + "line "
              + line
              + " (from byte "
              + byteNumber
              + " of the file) is not valid "
              + name
              + " text: "
              + "save the file again as \"CSV UTF-8 (Comma delimited)\" in Excel, or as UTF-8 or GB18030 in a text editor",
          e);
    }

    private int read() throws IOException {
      int c = in.read();
      if (c == '\n') {
        lineBreaks++;
      }
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      return c;
    }

    private Row readRecord() throws IOException {
      atRow = row + 1;
      atColumn = 0;
      int c = read();
      if (c < 0) {
        eof = true;
        return null;
      }
      row++;
      atColumn = 0;
      if (row >= limits.maxRows()) {
        throw new TableLimitExceededException(
            origin.sheetLocation() + "!A" + (row + 1), "maxRows", limits.maxRows());
      }
      CellRef rowRef = origin.at(Math.min(row, CellRef.MAX_ROW), 0);
      List<Cell> cells = new ArrayList<>(16);
      while (true) {
        field.setLength(0);
        int column = cells.size();
        atColumn = column;
        if (column >= limits.maxColumns()) {
          throw new TableLimitExceededException(
              rowRef.at(rowRef.row(), Math.min(column, CellRef.MAX_COLUMN)).toString(),
              "maxColumns",
              limits.maxColumns());
        }
        if (c == '"') {
          while (true) {
            c = read();
            if (c < 0) {
              throw new UnreadableTableException(
                  rowRef.at(rowRef.row(), column).toString(), "a quoted field is never closed");
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
          if (in.read() == '\n') {
            lineBreaks++;
          } else {
            in.reset();
          }
        }
        break;
      }
      return new Row(rowRef, cells);
    }

    private void append(int c, CellRef rowRef, int column) {
      if (field.length() >= CellText.MAX_CHARS) {
        throw CellText.tooLong(rowRef.at(rowRef.row(), column));
      }
      field.append((char) c);
    }
  }
}
