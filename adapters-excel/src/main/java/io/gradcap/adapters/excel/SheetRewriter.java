package io.gradcap.adapters.excel;

import io.gradcap.spi.table.CellNote;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Rewrites one noted sheet's XML as it streams from the original to the copy: every event is copied
 * as read, except that a noted cell gets its highlighted format ({@code s}), a noted cell or row
 * the sheet lacks is added in its place, a noted row gets the errors column's cell after the last
 * used column, and the sheet gets a {@code <legacyDrawing>} pointing at its comments' VML and a
 * width for the errors column. A first pass ({@link #scan}) finds the last used column and the
 * formats of the noted cells; memory holds the notes and one element at a time.
 */
final class SheetRewriter {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final XMLInputFactory INPUT = inputFactory();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  /**
   * Top-level worksheet elements that come after {@code <legacyDrawing>}, in the schema's order.
   */
  private static final Set<String> AFTER_LEGACY_DRAWING =
      Set.of(
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  private final TreeMap<Integer, List<CellNote>> notesByRow;
  private final Map<Long, List<CellNote>> notesByCell = new HashMap<>();
  private final Map<Long, Integer> formats = new HashMap<>();
  private final String errorsHeader;
  private final int headerRow;
  private final Styles styles;
  private final String id;
  private final int number;
  private int lastColumn = -1;

  SheetRewriter(
      TreeMap<Integer, List<CellNote>> notesByRow,
      String errorsHeader,
      int headerRow,
      Styles styles,
      String id) {
    this.notesByRow = notesByRow;
    this.errorsHeader = errorsHeader;
    this.headerRow = headerRow;
    this.styles = styles;
    this.id = id;
    this.number = Integer.parseInt(id.replaceAll("\\D", ""));
    for (List<CellNote> notes : notesByRow.values()) {
      for (CellNote note : notes) {
        notesByCell
            .computeIfAbsent(
                StreamingAnnotator.key(note.cell().row(), note.cell().column()),
                k -> new ArrayList<>(1))
            .add(note);
      }
    }
  }

  private static XMLInputFactory inputFactory() {
    XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  String commentsName() {
    return "comments_" + id + ".xml";
  }

  String vmlName() {
    return "vmlDrawing_" + id + ".vml";
  }

  String commentsId() {
    return "rId" + id + "c";
  }

  String vmlId() {
    return "rId" + id + "v";
  }

  private CellNote.Level level(long cell) {
    return notesByCell.get(cell).stream().anyMatch(n -> n.level() == CellNote.Level.ERROR)
        ? CellNote.Level.ERROR
        : CellNote.Level.WARNING;
  }

  /** First pass: the last used column and the format of every noted cell. */
  void scan(InputStream in) throws XMLStreamException {
    XMLStreamReader xml = INPUT.createXMLStreamReader(in);
    int row = -1;
    int column = -1;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = xml.getLocalName();
      if ("row".equals(local)) {
        String r = xml.getAttributeValue(null, "r");
        row = r == null ? row + 1 : Integer.parseInt(r) - 1;
        column = -1;
      } else if ("c".equals(local)) {
        String r = xml.getAttributeValue(null, "r");
        column = r == null ? column + 1 : io.gradcap.spi.table.CellRef.parseA1(r)[1];
        lastColumn = Math.max(lastColumn, column);
        long cell = StreamingAnnotator.key(row, column);
        if (notesByCell.containsKey(cell)) {
          String s = xml.getAttributeValue(null, "s");
          formats.put(cell, styles.highlighted(s == null ? 0 : Integer.parseInt(s), level(cell)));
        }
      }
    }
    xml.close();
    for (long cell : notesByCell.keySet()) {
      formats.computeIfAbsent(cell, c -> styles.highlighted(0, level(c)));
    }
  }

  private int errorsColumn() {
    return lastColumn + 1;
  }

  /** Second pass: the sheet copied with the notes written in. */
  void rewrite(InputStream in, OutputStream out) throws XMLStreamException {
    XMLStreamReader xml = INPUT.createXMLStreamReader(in);
    XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
    TreeSet<Integer> pending = new TreeSet<>(notesByRow.keySet());
    if (errorsHeader != null) {
      pending.add(headerRow);
    }
    String prefix = "";
    int depth = 0;
    boolean inSheetData = false;
    boolean inCols = false;
    boolean colsSeen = false;
    boolean errorsColumnWidth = errorsHeader == null;
    boolean legacyWritten = false;
    int row = -1;
    int column = -1;
    boolean rowHasWork = false;
    w.writeStartDocument("UTF-8", "1.0");
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String local = xml.getLocalName();
          if (depth == 0) {
            prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
          }
          if (depth == 1 && "cols".equals(local)) {
            colsSeen = true;
            inCols = true;
          } else if (inCols && "col".equals(local)) {
            int min = Integer.parseInt(xml.getAttributeValue(null, "min"));
            int max = Integer.parseInt(xml.getAttributeValue(null, "max"));
            errorsColumnWidth |= min <= errorsColumn() + 1 && errorsColumn() + 1 <= max;
          } else if (depth == 1 && "sheetData".equals(local)) {
            if (!colsSeen && !errorsColumnWidth) {
              w.writeStartElement(prefix, "cols", MAIN);
              writeErrorsColumnWidth(w, prefix);
              w.writeEndElement();
              errorsColumnWidth = true;
            }
            inSheetData = true;
          } else if (depth == 1 && !legacyWritten && AFTER_LEGACY_DRAWING.contains(local)) {
            writeLegacyDrawing(w, prefix);
            legacyWritten = true;
          }
          if (inSheetData && depth == 2 && "row".equals(local)) {
            String r = xml.getAttributeValue(null, "r");
            row = r == null ? row + 1 : Integer.parseInt(r) - 1;
            var before = pending.headSet(row, false);
            for (int added : before) {
              writeAddedRow(w, prefix, added);
            }
            before.clear();
            rowHasWork = pending.remove(row);
            column = -1;
            copyStart(xml, w, rowHasWork ? "spans" : null, null);
          } else if (inSheetData && depth == 3 && "c".equals(local)) {
            String r = xml.getAttributeValue(null, "r");
            int at = r == null ? column + 1 : io.gradcap.spi.table.CellRef.parseA1(r)[1];
            if (rowHasWork) {
              writeAddedCells(w, prefix, row, column, at);
            }
            column = at;
            Integer format = formats.get(StreamingAnnotator.key(row, at));
            copyStart(
                xml,
                w,
                format == null ? null : "s",
                format == null ? null : String.valueOf(format));
          } else {
            copyStart(xml, w, null, null);
          }
          depth++;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          String local = xml.getLocalName();
          if (inSheetData && depth == 2 && "row".equals(local) && rowHasWork) {
            finishRow(w, prefix, row, column);
            rowHasWork = false;
          } else if (depth == 1 && "sheetData".equals(local)) {
            for (int rest : pending) {
              writeAddedRow(w, prefix, rest);
            }
            pending.clear();
            inSheetData = false;
          } else if (depth == 1 && "cols".equals(local)) {
            if (!errorsColumnWidth) {
              writeErrorsColumnWidth(w, prefix);
              errorsColumnWidth = true;
            }
            inCols = false;
          } else if (depth == 0 && !legacyWritten) {
            writeLegacyDrawing(w, prefix);
            legacyWritten = true;
          }
          w.writeEndElement();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
            w.writeCharacters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        case XMLStreamConstants.CDATA -> w.writeCData(xml.getText());
        case XMLStreamConstants.COMMENT -> w.writeComment(xml.getText());
        case XMLStreamConstants.PROCESSING_INSTRUCTION ->
            w.writeProcessingInstruction(xml.getPITarget(), xml.getPIData());
        default -> {
          // The XML declaration was written; DTDs are refused before any part is read.
        }
      }
    }
    w.writeEndDocument();
    w.flush();
    xml.close();
  }

  /**
   * Copies the element's start, its namespaces and attributes; {@code replaced} gets {@code value}
   * (null: left out).
   */
  private static void copyStart(
      XMLStreamReader xml, XMLStreamWriter w, String replaced, String value)
      throws XMLStreamException {
    String prefix = xml.getPrefix();
    String uri = xml.getNamespaceURI();
    w.writeStartElement(prefix == null ? "" : prefix, xml.getLocalName(), uri == null ? "" : uri);
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      String p = xml.getNamespacePrefix(i);
      if (p == null || p.isEmpty()) {
        w.writeDefaultNamespace(xml.getNamespaceURI(i));
      } else {
        w.writeNamespace(p, xml.getNamespaceURI(i));
      }
    }
    boolean written = false;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      boolean plain = ns == null || ns.isEmpty();
      if (plain && local.equals(replaced)) {
        if (value != null) {
          w.writeAttribute(local, value);
        }
        written = true;
      } else if (plain) {
        w.writeAttribute(local, xml.getAttributeValue(i));
      } else {
        w.writeAttribute(xml.getAttributePrefix(i), ns, local, xml.getAttributeValue(i));
      }
    }
    if (!written && replaced != null && value != null) {
      w.writeAttribute(replaced, value);
    }
  }

  /** The noted cells the row lacks between two columns (both exclusive). */
  private void writeAddedCells(XMLStreamWriter w, String prefix, int row, int after, int before)
      throws XMLStreamException {
    List<CellNote> notes = notesByRow.getOrDefault(row, List.of());
    TreeSet<Integer> columns = new TreeSet<>();
    for (CellNote note : notes) {
      int c = note.cell().column();
      if (c > after && c < before && (errorsHeader == null || c != errorsColumn())) {
        columns.add(c);
      }
    }
    for (int c : columns) {
      w.writeEmptyElement(prefix, "c", MAIN);
      w.writeAttribute("r", StreamingAnnotator.a1(row, c));
      w.writeAttribute("s", String.valueOf(formats.get(StreamingAnnotator.key(row, c))));
    }
  }

  private void writeAddedRow(XMLStreamWriter w, String prefix, int row) throws XMLStreamException {
    w.writeStartElement(prefix, "row", MAIN);
    w.writeAttribute("r", String.valueOf(row + 1));
    finishRow(w, prefix, row, -1);
    w.writeEndElement();
  }

  /**
   * After a row's last cell: the noted cells it lacks and the errors column's cell, in column
   * order.
   */
  private void finishRow(XMLStreamWriter w, String prefix, int row, int lastWritten)
      throws XMLStreamException {
    if (errorsHeader == null) {
      writeAddedCells(w, prefix, row, lastWritten, Integer.MAX_VALUE);
      return;
    }
    writeAddedCells(w, prefix, row, lastWritten, errorsColumn());
    writeErrorsCell(w, prefix, row);
    writeAddedCells(w, prefix, row, Math.max(lastWritten, errorsColumn()), Integer.MAX_VALUE);
  }

  /** The errors column's cell: its header in the header row, a row's notes in column order. */
  private void writeErrorsCell(XMLStreamWriter w, String prefix, int row)
      throws XMLStreamException {
    if (errorsHeader == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<CellNote> notes = new ArrayList<>(notesByRow.getOrDefault(row, List.of()));
    notes.sort(Comparator.comparingInt(n -> n.cell().column()));
    for (CellNote note : notes) {
      if (text.length() > 0) {
        text.append('；');
      }
      text.append(StreamingAnnotator.a1(row, note.cell().column())).append(' ').append(note.text());
    }
    if (row == headerRow) {
      text.insert(0, notes.isEmpty() ? errorsHeader : errorsHeader + "\n");
    }
    if (text.length() == 0) {
      return;
    }
    String value =
        text.length() > CellText.MAX_CHARS
            ? text.substring(0, CellText.MAX_CHARS)
            : text.toString();
    w.writeStartElement(prefix, "c", MAIN);
    w.writeAttribute("r", StreamingAnnotator.a1(row, errorsColumn()));
    w.writeAttribute("t", "inlineStr");
    w.writeStartElement(prefix, "is", MAIN);
    w.writeStartElement(prefix, "t", MAIN);
    w.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
    w.writeCharacters(value);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private void writeErrorsColumnWidth(XMLStreamWriter w, String prefix) throws XMLStreamException {
    w.writeEmptyElement(prefix, "col", MAIN);
    w.writeAttribute("min", String.valueOf(errorsColumn() + 1));
    w.writeAttribute("max", String.valueOf(errorsColumn() + 1));
    w.writeAttribute("width", "60");
    w.writeAttribute("customWidth", "1");
  }

  private void writeLegacyDrawing(XMLStreamWriter w, String prefix) throws XMLStreamException {
    w.writeEmptyElement(prefix, "legacyDrawing", MAIN);
    w.writeNamespace("gcr", RELATIONSHIPS);
    w.writeAttribute("gcr", RELATIONSHIPS, "id", vmlId());
  }

  /** The notes' comments part: one comment a noted cell, its notes one a line. */
  void writeComments(OutputStream out) throws XMLStreamException {
    XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("", "comments", MAIN);
    w.writeDefaultNamespace(MAIN);
    w.writeStartElement("", "authors", MAIN);
    w.writeStartElement("", "author", MAIN);
    w.writeCharacters("gradcap");
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement("", "commentList", MAIN);
    for (long cell : sortedCells()) {
      List<CellNote> notes = notesByCell.get(cell);
      w.writeStartElement("", "comment", MAIN);
      w.writeAttribute("ref", StreamingAnnotator.a1((int) (cell >> 20), (int) (cell & 0xFFFFF)));
      w.writeAttribute("authorId", "0");
      w.writeStartElement("", "text", MAIN);
      w.writeStartElement("", "r", MAIN);
      w.writeStartElement("", "t", MAIN);
      w.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
      w.writeCharacters(String.join("\n", notes.stream().map(CellNote::text).toList()));
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    w.flush();
  }

  /** The VML drawing Excel draws the comments' boxes from: one hidden note shape a comment. */
  void writeVml(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
            + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""
            + number
            + "\"/></o:shapelayout>"
            + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
            + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
    int shape = number * 1024 + 1;
    for (long cell : sortedCells()) {
      int row = (int) (cell >> 20);
      int column = (int) (cell & 0xFFFFF);
      w.write(
          "<v:shape id=\"_x0000_s"
              + (shape++)
              + "\" type=\"#_x0000_t202\" style=\"position:absolute;visibility:hidden\""
              + " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
              + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
              + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
              + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
              + "<x:Anchor>"
              + (column + 1)
              + ", 15, "
              + row
              + ", 10, "
              + (column + 3)
              + ", 15, "
              + (row + 4)
              + ", 4</x:Anchor>"
              + "<x:AutoFill>False</x:AutoFill><x:Row>"
              + row
              + "</x:Row><x:Column>"
              + column
              + "</x:Column>"
              + "</x:ClientData></v:shape>");
    }
    w.write("</xml>");
    w.flush();
  }

  private List<Long> sortedCells() {
    List<Long> cells = new ArrayList<>(notesByCell.keySet());
    cells.sort(null);
    return cells;
  }
}
