package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.BooleanCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRange;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.ErrorCell;
import io.gradcap.spi.table.FormulaCell;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.SuspiciousArchiveException;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads an {@code .xlsx} workbook as streams of rows: POI opens the package and its parts, a StAX
 * pull parser walks each sheet's XML one row at a time, so memory holds one row, the styles and the
 * shared strings, never the sheet. Formulas are not evaluated; their cached values are read.
 */
final class XlsxReader implements io.gradcap.spi.table.TableReader {

  private final Source source;
  private final OPCPackage pkg;
  private final Map<String, Long> compressed;
  private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
  private final boolean[] dateStyles;
  private final boolean date1904;
  private final XSSFReader reader;
  private SharedStrings sharedStrings;

  /**
   * Merged regions found at the end of a sheet read to its end, so that asking for them costs
   * nothing.
   */
  private final Map<String, List<CellRange>> mergedSeen =
      new java.util.concurrent.ConcurrentHashMap<>();

  private XlsxReader(Source source) {
    this.source = source;
    this.compressed = ArchiveGuard.checkXlsx(source);
    try {
      this.pkg = OPCPackage.open(source.path.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw translate(source.name, "not a readable .xlsx workbook", e);
    }
    try {
      this.reader = new XSSFReader(pkg, true);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        it.next().close();
        sheets.put(it.getSheetName(), it.getSheetPart());
      }
      this.dateStyles = dateStyles(reader.getStylesTable());
      this.date1904 = readDate1904(reader.getWorkbookData());
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      pkg.revert();
      if (e instanceof UnreadableTableException u) {
        throw u;
      }
      throw translate(source.name, "not a readable .xlsx workbook", e);
    }
  }

  static XlsxReader open(Location location) {
    Source source = Source.open(location);
    try {
      return new XlsxReader(source);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  /** Maps what POI throws to a typed error: zip bombs by name, the rest as unreadable. */
  static UnreadableTableException translate(String location, String what, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnreadableTableException u) {
        return u;
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb") || message.contains("zip bomb")) {
        return new SuspiciousArchiveException(
            location, "a part inflates far beyond its stored size: a zip bomb, refused", e);
      }
    }
    return new UnreadableTableException(location, what + ": " + firstLine(e.getMessage()), e);
  }

  /** A third party's message as one short line: its first line, at most 200 characters. */
  static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static boolean[] dateStyles(StylesTable styles) {
    if (styles == null) {
      return new boolean[0];
    }
    boolean[] dates = new boolean[styles.getNumCellStyles()];
    for (int i = 0; i < dates.length; i++) {
      XSSFCellStyle style = styles.getStyleAt(i);
      if (style != null) {
        dates[i] = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
      }
    }
    return dates;
  }

  private boolean readDate1904(InputStream workbook) throws IOException {
    try (workbook) {
      XMLStreamReader xml =
          Xml.reader(ArchiveGuard.guard(workbook, source.name + "!workbook.xml", 0, source.limits));
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && "workbookPr".equals(xml.getLocalName())) {
          String value = xml.getAttributeValue(null, "date1904");
          return "1".equals(value) || "true".equalsIgnoreCase(value);
        }
        if (xml.getEventType() == XMLStreamConstants.START_ELEMENT
            && "sheets".equals(xml.getLocalName())) {
          return false;
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      throw translate(source.name, "corrupt workbook.xml", e);
    }
  }

  private SharedStrings sharedStrings() {
    if (sharedStrings == null) {
      var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
      if (parts.isEmpty()) {
        sharedStrings = SharedStrings.none();
      } else {
        PackagePart part = parts.get(0);
        String location = source.name + "!" + part.getPartName().getName().substring(1);
        try {
          InputStream in =
              ArchiveGuard.guard(
                  part.getInputStream(),
                  location,
                  compressed.getOrDefault(part.getPartName().getName(), 0L),
                  source.limits);
          sharedStrings =
              SharedStrings.read(new BufferedInputStream(in, 64 * 1024), location, source.limits);
        } catch (IOException | RuntimeException e) {
          throw translate(location, "cannot read the shared strings", e);
        }
      }
    }
    return sharedStrings;
  }

  @Override
  public String file() {
    return source.name;
  }

  @Override
  public List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  private PackagePart part(String sheet) {
    PackagePart part = sheets.get(sheet);
    if (part == null) {
      throw new SheetNotFoundException(
          source.name + "!" + sheet, "no such sheet; the workbook has " + sheets.keySet());
    }
    return part;
  }

  private InputStream open(String sheet) {
    PackagePart part = part(sheet);
    String name = part.getPartName().getName();
    try {
      return new BufferedInputStream(
          ArchiveGuard.guard(
              part.getInputStream(),
              source.name + "!" + sheet,
              compressed.getOrDefault(name, 0L),
              source.limits),
          64 * 1024);
    } catch (IOException e) {
      throw translate(source.name + "!" + sheet, "cannot read the sheet", e);
    }
  }

  @Override
  public Stream<Row> rows(String sheet) {
    SharedStrings strings = sharedStrings();
    InputStream in = open(sheet);
    RowParser parser;
    try {
      parser = new RowParser(Xml.reader(in), CellRef.of(source.name, sheet, 0, 0), strings);
    } catch (XMLStreamException | RuntimeException e) {
      closeQuietly(in);
      throw translate(source.name + "!" + sheet, "corrupt sheet", e);
    }
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(parser, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              parser.close();
              closeQuietly(in);
            });
  }

  @Override
  public List<CellRange> mergedRegions(String sheet) {
    List<CellRange> seen = mergedSeen.get(sheet);
    if (seen != null) {
      return seen;
    }
    try (InputStream in = open(sheet)) {
      return MergeScanner.scan(in);
    } catch (IllegalArgumentException e) {
      throw new UnreadableTableException(
          source.name + "!" + sheet, "corrupt merged region: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw translate(source.name + "!" + sheet, "cannot read the sheet", e);
    }
  }

  @Override
  public void close() {
    try {
      pkg.revert();
    } finally {
      source.close();
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing more can go wrong with a stream that was only read.
    }
  }

  /** Pulls one {@code <row>} at a time from a sheet's XML. */
  private final class RowParser implements Iterator<Row> {
    private final XMLStreamReader xml;
    private final CellRef origin;
    private final SharedStrings strings;
    private final ReadLimits limits = source.limits;
    private Row next;
    private boolean done;
    private int lastRow = -1;

    RowParser(XMLStreamReader xml, CellRef origin, SharedStrings strings) {
      this.xml = xml;
      this.origin = origin;
      this.strings = strings;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = parseNextRow();
        } catch (XMLStreamException | RuntimeException e) {
          // Aalto and POI throw their own exceptions (a bomb detected while inflating, a parser's
          // unchecked wrapper): none of them leaves the adapter untranslated.
          throw translate(
              origin.sheetLocation() + "!" + CellRef.columnName(0) + (lastRow + 2),
              "corrupt sheet",
              e);
        }
        done = next == null;
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    void close() {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Closing a parser that was only read cannot lose data.
      }
    }

    private Row parseNextRow() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
          return parseRow();
        }
        if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
          mergedSeen.put(origin.sheet(), readMergeCells());
          return null;
        }
      }
      return null;
    }

    /** After the rows: the {@code <mergeCell>} elements, which come before the end of the sheet. */
    private List<CellRange> readMergeCells() throws XMLStreamException {
      List<CellRange> ranges = new ArrayList<>();
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && "mergeCell".equals(xml.getLocalName())) {
          String ref = xml.getAttributeValue(null, "ref");
          try {
            ranges.add(CellRange.parse(ref));
          } catch (IllegalArgumentException e) {
            throw new UnreadableTableException(
                origin.sheetLocation(), "corrupt merged region " + ref, e);
          }
        }
      }
      return List.copyOf(ranges);
    }

    private Row parseRow() throws XMLStreamException {
      String r = xml.getAttributeValue(null, "r");
      int row = r == null ? lastRow + 1 : parsePositive(r) - 1;
      if (row < 0 || row <= lastRow && r != null) {
        throw new UnreadableTableException(origin.sheetLocation(), "corrupt row number " + r);
      }
      if (row >= limits.maxRows() || row > CellRef.MAX_ROW) {
        throw new TableLimitExceededException(
            origin.sheetLocation() + "!A" + (row + 1), "maxRows", limits.maxRows());
      }
      lastRow = row;
      CellRef rowRef = origin.at(row, 0);
      List<Cell> cells = new ArrayList<>(16);
      int lastColumn = -1;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
          String ref = xml.getAttributeValue(null, "r");
          int column = ref == null ? lastColumn + 1 : column(ref);
          if (column <= lastColumn) {
            throw new UnreadableTableException(rowRef.toString(), "corrupt cell reference " + ref);
          }
          if (column >= limits.maxColumns() || column > CellRef.MAX_COLUMN) {
            throw new TableLimitExceededException(
                origin.sheetLocation()
                    + "!"
                    + CellRef.columnName(Math.min(column, CellRef.MAX_COLUMN))
                    + (row + 1),
                "maxColumns",
                limits.maxColumns());
          }
          for (int gap = lastColumn + 1; gap < column; gap++) {
            cells.add(new BlankCell(rowRef.at(row, gap)));
          }
          lastColumn = column;
          cells.add(parseCell(rowRef.at(row, column)));
        } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
          break;
        }
      }
      return new Row(rowRef, cells);
    }

    private Cell parseCell(CellRef ref) throws XMLStreamException {
      String type = xml.getAttributeValue(null, "t");
      String s = xml.getAttributeValue(null, "s");
      int style = s == null ? 0 : parsePositive(s);
      String value = null;
      String formula = null;
      StringBuilder inline = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if ("v".equals(name)) {
            value = elementText();
          } else if ("f".equals(name)) {
            formula = elementText();
          } else if ("is".equals(name)) {
            inline = readInline();
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
          break;
        }
      }
      Cell cell = value(ref, type, style, value, inline);
      return formula == null ? cell : new FormulaCell(ref, formula, cell);
    }

    /** The text up to the element's end; one event's text as is, without copying it. */
    private String elementText() throws XMLStreamException {
      String first = null;
      StringBuilder more = null;
      while (true) {
        int event = xml.next();
        if (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (first == null) {
            first = xml.getText();
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            more.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          return more != null ? more.toString() : first == null ? "" : first;
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          throw new UnreadableTableException(
              origin.sheetLocation(), "corrupt sheet: <" + xml.getLocalName() + "> inside a value");
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
          throw new UnreadableTableException(
              origin.sheetLocation(), "corrupt sheet: it ends inside a value");
        }
      }
    }

    private StringBuilder readInline() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int phonetic = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if ("rPh".equals(xml.getLocalName())) {
            phonetic++;
          } else if ("t".equals(xml.getLocalName()) && phonetic == 0) {
            text.append(elementText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if ("rPh".equals(xml.getLocalName())) {
            phonetic--;
          } else if ("is".equals(xml.getLocalName())) {
            break;
          }
        }
      }
      return text;
    }

    private Cell value(CellRef ref, String type, int style, String value, StringBuilder inline) {
      if (type == null || "n".equals(type)) {
        if (value == null || value.isEmpty()) {
          return new BlankCell(ref);
        }
        double number;
        try {
          number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          throw new UnreadableTableException(
              ref.toString(),
              "corrupt number (" + value.length() + " characters that are not a number)",
              e);
        }
        if (style < dateStyles.length && dateStyles[style] && DateUtil.isValidExcelDate(number)) {
          return new DateCell(ref, DateUtil.getLocalDateTime(number, date1904));
        }
        return new NumberCell(ref, number);
      }
      switch (type) {
        case "s" -> {
          String text = value == null ? null : strings.get(parsePositive(value));
          if (text == null) {
            throw new UnreadableTableException(
                ref.toString(),
                "refers to shared string " + value + ", which the table does not have");
          }
          return CellText.of(ref, text);
        }
        case "inlineStr" -> {
          return CellText.of(
              ref, inline == null ? (value == null ? "" : value) : inline.toString());
        }
        case "str" -> {
          return value == null ? new BlankCell(ref) : CellText.of(ref, value);
        }
        case "b" -> {
          return value == null
              ? new BlankCell(ref)
              : new BooleanCell(ref, "1".equals(value) || "true".equals(value));
        }
        case "e" -> {
          return new ErrorCell(ref, value == null ? "#VALUE!" : value);
        }
        case "d" -> {
          if (value == null || value.isEmpty()) {
            return new BlankCell(ref);
          }
          try {
            return value.length() <= 10
                ? new DateCell(ref, LocalDate.parse(value).atStartOfDay())
                : new DateCell(
                    ref,
                    LocalDateTime.parse(
                        value.endsWith("Z") ? value.substring(0, value.length() - 1) : value));
          } catch (DateTimeParseException e) {
            throw new UnreadableTableException(ref.toString(), "corrupt date " + value, e);
          }
        }
        default -> throw new UnreadableTableException(ref.toString(), "unknown cell type " + type);
      }
    }

    private int parsePositive(String digits) {
      int n = 0;
      if (digits.isEmpty() || digits.length() > 9) {
        throw new UnreadableTableException(origin.sheetLocation(), "corrupt number " + digits);
      }
      for (int i = 0; i < digits.length(); i++) {
        char c = digits.charAt(i);
        if (c < '0' || c > '9') {
          throw new UnreadableTableException(origin.sheetLocation(), "corrupt number " + digits);
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    private int column(String ref) {
      int column = 0;
      int i = 0;
      while (i < ref.length()) {
        char c = ref.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          column = column * 26 + (c - 'A' + 1);
        } else if (c >= 'a' && c <= 'z') {
          column = column * 26 + (c - 'a' + 1);
        } else {
          break;
        }
        if (column > CellRef.MAX_COLUMN + 1) {
          return CellRef.MAX_COLUMN + 1;
        }
        i++;
      }
      if (i == 0) {
        throw new UnreadableTableException(origin.sheetLocation(), "corrupt cell reference " + ref);
      }
      return column - 1;
    }
  }
}
