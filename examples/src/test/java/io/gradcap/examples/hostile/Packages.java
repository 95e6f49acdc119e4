package io.gradcap.examples.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * .xlsx packages built or edited byte by byte: a minimal workbook written by hand, a part's XML
 * rewritten (a DOCTYPE, an entity), a package truncated, stuffed with entries, or made a deflate
 * bomb whose headers understate its sizes.
 */
final class Packages {

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>";
  private static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";
  private static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>";
  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  private Packages() {}

  /** The parts of a minimal one-sheet workbook around {@code sheetXml}, in package order. */
  static Map<String, byte[]> minimal(String sheetXml) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8(ROOT_RELS));
    parts.put("xl/workbook.xml", utf8(WORKBOOK));
    parts.put("xl/_rels/workbook.xml.rels", utf8(WORKBOOK_RELS));
    parts.put("xl/worksheets/sheet1.xml", utf8(sheetXml));
    return parts;
  }

  /** A workbook written by hand: strings inline, numbers and formulas' cached values as given. */
  static Path handmade(Path file, List<List<Object>> rows) throws IOException {
    StringBuilder sheet = new StringBuilder(SHEET_START);
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        String ref = column(c) + (r + 1);
        if (v instanceof Rosters.Formula f) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" t=\"str\"><f>")
              .append(escape(f.formula()))
              .append("</f><v>")
              .append(escape(f.cached()))
              .append("</v></c>");
        } else if (v instanceof Rosters.RawNumber n) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\"><v>")
              .append(escape(n.text()))
              .append("</v></c>");
        } else if (v instanceof Number n) {
          sheet.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
        } else if (v != null) {
          sheet
              .append("<c r=\"")
              .append(ref)
              .append("\" t=\"inlineStr\"><is><t>")
              .append(escape(v.toString()))
              .append("</t></is></c>");
        }
      }
      sheet.append("</row>");
    }
    return zip(file, minimal(sheet.append(SHEET_END).toString()));
  }

  /** Writes parts as an ordinary zip. */
  static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  /** The parts of a zip, in its order. */
  static Map<String, byte[]> parts(Path file) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  /** Rewrites one part's text; fails when the part is missing, so a case never tests nothing. */
  static Path rewrite(Path file, String part, UnaryOperator<String> edit) throws IOException {
    Map<String, byte[]> parts = parts(file);
    byte[] old = parts.get(part);
    if (old == null) {
      throw new IllegalStateException(file + " has no part " + part + ": " + parts.keySet());
    }
    String edited = edit.apply(new String(old, StandardCharsets.UTF_8));
    if (edited.equals(new String(old, StandardCharsets.UTF_8))) {
      throw new IllegalStateException("the edit left " + part + " unchanged");
    }
    parts.put(part, utf8(edited));
    return zip(file, parts);
  }

  /**
   * Inserts {@code doctype} right after the XML declaration (or at the start when there is none).
   */
  static String withDoctype(String xml, String doctype) {
    int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, declaration) + doctype + xml.substring(declaration);
  }

  /** Keeps only the first {@code keep} bytes of a file. */
  static Path truncate(Path file, int keep) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return Files.write(file, java.util.Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
  }

  /** Adds {@code extra} tiny entries to a package. */
  static Path stuffed(Path file, int extra) throws IOException {
    Map<String, byte[]> parts = parts(file);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      byte[] one = {1};
      for (int i = 0; i < extra; i++) {
        zip.putNextEntry(new ZipEntry("xl/media/filler" + i + ".bin"));
        zip.write(one);
        zip.closeEntry();
      }
    }
    return file;
  }

  /** The part of a workbook that {@link #bomb} inflates. */
  enum BombPart {
    SHEET,
    SHARED_STRINGS,
    WORKBOOK
  }

  /**
   * A minimal workbook (with shared strings) one of whose parts is a deflate bomb: {@code inflated}
   * bytes of whitespace inside it, deflated to a few hundred KB, with the local header, the central
   * directory and the zip64 extra fields all claiming the part is 4 KB.
   */
  static Path bomb(Path file, long inflated, BombPart target) throws IOException {
    Map<String, byte[]> parts = minimal("");
    parts.put(
        "[Content_Types].xml",
        utf8(
            CONTENT_TYPES.replace(
                "</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        utf8(
            WORKBOOK_RELS.replace(
                "</Relationships>",
                "<Relationship Id=\"rId2\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                    + "Target=\"sharedStrings.xml\"/></Relationships>")));
    String sheet =
        SHEET_START
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2021000001</t></is></c></row>"
            + SHEET_END;
    String strings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
            + "<si><t>学号</t></si></sst>";
    Map<String, String> texts = new LinkedHashMap<>();
    parts.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
    texts.put("xl/worksheets/sheet1.xml", sheet);
    texts.put("xl/sharedStrings.xml", strings);
    String bombed =
        switch (target) {
          case SHEET -> "xl/worksheets/sheet1.xml";
          case SHARED_STRINGS -> "xl/sharedStrings.xml";
          case WORKBOOK -> "xl/workbook.xml";
        };
    try (OutputStream out = Files.newOutputStream(file)) {
      RawZip zip = new RawZip(out);
      for (Map.Entry<String, String> part : texts.entrySet()) {
        String xml = part.getValue();
        if (part.getKey().equals(bombed)) {
          // The whitespace goes just before the root element's end tag: still well-formed XML.
          int end = xml.lastIndexOf("</");
          zip.entry(
              part.getKey(),
              new ByteStream(utf8(xml.substring(0, end)), inflated, utf8(xml.substring(end))),
              4096);
        } else {
          zip.entry(part.getKey(), new ByteStream(utf8(xml), 0, new byte[0]), -1);
        }
      }
      zip.finish();
    }
    return file;
  }

  /**
   * A minimal workbook whose sheet holds {@code noise} bytes of random letters in a comment (so it
   * hardly compresses), with headers claiming 4 KB inflated and half the real compressed size.
   */
  static Path understated(Path file, int noise) throws IOException {
    Map<String, byte[]> parts = minimal("");
    byte[] letters = new byte[noise];
    java.util.Random random = new java.util.Random(14);
    for (int i = 0; i < noise; i++) {
      letters[i] = (byte) ('a' + random.nextInt(26));
    }
    String head =
        SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学号</t></is></c></row><!--";
    String tail =
        "--><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2021000001</t></is></c></row>"
            + SHEET_END;
    byte[] body = new byte[utf8(head).length + noise + utf8(tail).length];
    System.arraycopy(utf8(head), 0, body, 0, utf8(head).length);
    System.arraycopy(letters, 0, body, utf8(head).length, noise);
    System.arraycopy(utf8(tail), 0, body, utf8(head).length + noise, utf8(tail).length);
    try (OutputStream out = Files.newOutputStream(file)) {
      RawZip zip = new RawZip(out);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
          zip.entry(part.getKey(), new ByteStream(body, 0, new byte[0]), 4096, true);
        } else {
          zip.entry(part.getKey(), new ByteStream(part.getValue(), 0, new byte[0]), -1);
        }
      }
      zip.finish();
    }
    return file;
  }

  /**
   * Bytes: a head, {@code spaces} spaces, a tail; produced in chunks so gigabytes never sit in
   * memory.
   */
  private record ByteStream(byte[] head, long spaces, byte[] tail) {
    long size() {
      return head.length + spaces + tail.length;
    }

    void each(java.util.function.Consumer<byte[]> chunk) {
      chunk.accept(head);
      byte[] blank = new byte[1 << 20];
      java.util.Arrays.fill(blank, (byte) ' ');
      for (long left = spaces; left > 0; left -= blank.length) {
        chunk.accept(left >= blank.length ? blank : java.util.Arrays.copyOf(blank, (int) left));
      }
      chunk.accept(tail);
    }
  }

  /**
   * A zip written field by field, so its headers can state any sizes (always with zip64 extras).
   */
  private static final class RawZip {
    private final OutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int entries;

    RawZip(OutputStream out) {
      this.out = out;
    }

    /**
     * Writes one deflated entry; {@code claimed} is the uncompressed size the headers state (-1:
     * the truth).
     */
    void entry(String name, ByteStream data, long claimed) throws IOException {
      entry(name, data, claimed, false);
    }

    /** As above; with {@code halvePacked} the headers also claim half the real compressed size. */
    void entry(String name, ByteStream data, long claimed, boolean halvePacked) throws IOException {
      CRC32 crc = new CRC32();
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
      ByteArrayOutputStream deflated = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      data.each(
          chunk -> {
            crc.update(chunk);
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
              int n = deflater.deflate(buffer);
              deflated.write(buffer, 0, n);
            }
          });
      deflater.finish();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        deflated.write(buffer, 0, n);
      }
      deflater.end();
      long size = claimed < 0 ? data.size() : claimed;
      long packed = halvePacked ? deflated.size() / 2 : deflated.size();
      byte[] nameBytes = utf8(name);
      byte[] zip64 =
          le(buffer(20).putShort((short) 1).putShort((short) 16).putLong(size).putLong(packed));
      byte[] local =
          le(
              buffer(30)
                  .putInt(0x04034b50)
                  .putShort((short) 45)
                  .putShort((short) 0x0800)
                  .putShort((short) 8)
                  .putShort((short) 0)
                  .putShort((short) 0x5821)
                  .putInt((int) crc.getValue())
                  .putInt(0xFFFFFFFF)
                  .putInt(0xFFFFFFFF)
                  .putShort((short) nameBytes.length)
                  .putShort((short) zip64.length));
      out.write(local);
      out.write(nameBytes);
      out.write(zip64);
      deflated.writeTo(out);
      byte[] centralZip64 =
          le(
              buffer(28)
                  .putShort((short) 1)
                  .putShort((short) 24)
                  .putLong(size)
                  .putLong(packed)
                  .putLong(offset));
      central.write(
          le(
              buffer(46)
                  .putInt(0x02014b50)
                  .putShort((short) 45)
                  .putShort((short) 45)
                  .putShort((short) 0x0800)
                  .putShort((short) 8)
                  .putShort((short) 0)
                  .putShort((short) 0x5821)
                  .putInt((int) crc.getValue())
                  .putInt(0xFFFFFFFF)
                  .putInt(0xFFFFFFFF)
                  .putShort((short) nameBytes.length)
                  .putShort((short) centralZip64.length)
                  .putShort((short) 0)
                  .putShort((short) 0)
                  .putShort((short) 0)
                  .putInt(0)
                  .putInt(0xFFFFFFFF)));
      central.write(nameBytes);
      central.write(centralZip64);
      offset += local.length + nameBytes.length + zip64.length + deflated.size();
      entries++;
    }

    void finish() throws IOException {
      long centralOffset = offset;
      central.writeTo(out);
      long zip64End = centralOffset + central.size();
      out.write(
          le(
              buffer(56)
                  .putInt(0x06064b50)
                  .putLong(44)
                  .putShort((short) 45)
                  .putShort((short) 45)
                  .putInt(0)
                  .putInt(0)
                  .putLong(entries)
                  .putLong(entries)
                  .putLong(central.size())
                  .putLong(centralOffset)));
      out.write(le(buffer(20).putInt(0x07064b50).putInt(0).putLong(zip64End).putInt(1)));
      out.write(
          le(
              buffer(22)
                  .putInt(0x06054b50)
                  .putShort((short) 0)
                  .putShort((short) 0)
                  .putShort((short) 0xFFFF)
                  .putShort((short) 0xFFFF)
                  .putInt(0xFFFFFFFF)
                  .putInt(0xFFFFFFFF)
                  .putShort((short) 0)));
    }

    private static ByteBuffer buffer(int size) {
      return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] le(ByteBuffer buffer) {
      return buffer.array();
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
