package io.gradcap.adapters.excel;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The package parts an annotated copy changes besides its sheets: the content types, which gain the
 * comments parts and the VML extension, and each noted sheet's relationships, which gain its
 * comments and drawing. Both are small; they are edited as text, before their closing tag.
 */
final class Parts {

  private Parts() {}

  /** {@code xl/worksheets/_rels/sheet1.xml.rels} for {@code xl/worksheets/sheet1.xml}. */
  static String relsOf(String sheetEntry) {
    int slash = sheetEntry.lastIndexOf('/');
    return sheetEntry.substring(0, slash + 1)
        + "_rels/"
        + sheetEntry.substring(slash + 1)
        + ".rels";
  }

  /** The sheet entry a relationships entry belongs to, or the empty string. */
  static String sheetOfRels(String entry) {
    int rels = entry.indexOf("/_rels/");
    if (rels < 0 || !entry.endsWith(".rels")) {
      return "";
    }
    return entry.substring(0, rels + 1) + entry.substring(rels + 7, entry.length() - 5);
  }

  static byte[] contentTypes(byte[] xml, Collection<SheetRewriter> sheets) {
    String text = new String(xml, StandardCharsets.UTF_8);
    StringBuilder added = new StringBuilder();
    if (!text.contains("Extension=\"vml\"") && !text.contains("Extension='vml'")) {
      added.append(
          "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>");
    }
    for (SheetRewriter sheet : sheets) {
      added
          .append("<Override PartName=\"/xl/")
          .append(sheet.commentsName())
          .append(
              "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>");
    }
    return insertBeforeEnd(text, "Types", added.toString());
  }

  /** The sheet's relationships (null: it has none yet) with its comments and drawing added. */
  static byte[] addRelationships(byte[] xml, SheetRewriter sheet) {
    String text =
        xml == null
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
            : new String(xml, StandardCharsets.UTF_8);
    String added =
        "<Relationship Id=\""
            + sheet.commentsId()
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"../"
            + sheet.commentsName()
            + "\"/>"
            + "<Relationship Id=\""
            + sheet.vmlId()
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing\" Target=\"../drawings/"
            + sheet.vmlName()
            + "\"/>";
    return insertBeforeEnd(text, "Relationships", added);
  }

  private static byte[] insertBeforeEnd(String text, String root, String added) {
    int end = text.lastIndexOf("</" + root + ">");
    if (end < 0) {
      int colon = text.lastIndexOf(":" + root + ">");
      end = colon < 0 ? -1 : text.lastIndexOf("</", colon);
    }
    if (end < 0) {
      throw new IllegalStateException("no </" + root + "> to add to");
    }
    return (text.substring(0, end) + added + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }
}
