package io.gradcap.adapters.excel;

import io.gradcap.spi.table.CellNote;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A workbook's {@code styles.xml}, small enough to hold, given the highlighted cell formats an
 * annotated copy needs: each noted cell's own format with a solid coral (error) or light yellow
 * (warning) fill, added once per format and level after the existing ones, which never change.
 */
final class Styles {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final Document document;
  private final Element cellXfs;
  private final int fills;
  private final int formats;
  private final Map<Long, Integer> added = new LinkedHashMap<>();

  private Styles(Document document) {
    this.document = document;
    Element root = document.getDocumentElement();
    this.cellXfs = child(root, "cellXfs");
    this.formats = cellXfs == null ? 0 : elements(cellXfs, "xf").getLength();
    Element fillsElement = child(root, "fills");
    this.fills = fillsElement == null ? 0 : elements(fillsElement, "fill").getLength();
  }

  static Styles read(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      return new Styles(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("corrupt styles.xml: " + XlsxReader.firstLine(e.getMessage()), e);
    }
  }

  /** The index of the format that is {@code style} highlighted for the level. */
  int highlighted(int style, CellNote.Level level) {
    int base = style >= 0 && style < formats ? style : 0;
    return added.computeIfAbsent(((long) base << 1) | level.ordinal(), k -> formats + added.size());
  }

  /** The styles with the highlighted formats and their two fills added. */
  byte[] write() throws IOException {
    if (!added.isEmpty()) {
      Element root = document.getDocumentElement();
      Element fillsElement = child(root, "fills");
      if (fillsElement == null) {
        fillsElement = document.createElementNS(MAIN, prefixed(root, "fills"));
        root.insertBefore(fillsElement, root.getFirstChild());
      }
      fillsElement.appendChild(fill(fillsElement, IndexedColors.CORAL.getIndex()));
      fillsElement.appendChild(fill(fillsElement, IndexedColors.LIGHT_YELLOW.getIndex()));
      fillsElement.setAttribute("count", String.valueOf(fills + 2));
      Element xfs = cellXfs;
      if (xfs == null) {
        xfs = document.createElementNS(MAIN, prefixed(root, "cellXfs"));
        root.appendChild(xfs);
      }
      NodeList existing = elements(xfs, "xf");
      for (long key : added.keySet()) {
        int base = (int) (key >> 1);
        boolean error = (key & 1) == CellNote.Level.ERROR.ordinal();
        Element xf =
            base < existing.getLength()
                ? (Element) existing.item(base).cloneNode(true)
                : document.createElementNS(MAIN, prefixed(xfs, "xf"));
        xf.setAttribute("fillId", String.valueOf(error ? fills : fills + 1));
        xf.setAttribute("applyFill", "1");
        xfs.appendChild(xf);
      }
      xfs.setAttribute("count", String.valueOf(formats + added.size()));
    }
    try {
      Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(bytes));
      return bytes.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write styles.xml: " + e.getMessage(), e);
    }
  }

  private Element fill(Element parent, short color) {
    Element fill = document.createElementNS(MAIN, prefixed(parent, "fill"));
    Element pattern = document.createElementNS(MAIN, prefixed(parent, "patternFill"));
    pattern.setAttribute("patternType", "solid");
    Element fg = document.createElementNS(MAIN, prefixed(parent, "fgColor"));
    fg.setAttribute("indexed", String.valueOf(color));
    Element bg = document.createElementNS(MAIN, prefixed(parent, "bgColor"));
    bg.setAttribute("indexed", "64");
    pattern.appendChild(fg);
    pattern.appendChild(bg);
    fill.appendChild(pattern);
    return fill;
  }

  private static String prefixed(Element near, String local) {
    String prefix = near.getPrefix();
    return prefix == null ? local : prefix + ":" + local;
  }

  private static NodeList elements(Element parent, String local) {
    return parent.getElementsByTagNameNS(MAIN, local);
  }

  private static Element child(Element parent, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
