package io.gradcap.adapters.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-written .xlsx packages, for files no well-behaved writer would make. */
final class MiniXlsx {

  private final Map<String, byte[]> parts = new LinkedHashMap<>();

  MiniXlsx(String sheetData) {
    this("", sheetData, "");
  }

  /**
   * @param workbookPr attributes of {@code <workbookPr>}, such as {@code date1904="1"}
   * @param sheetData the content of {@code <sheetData>}
   * @param afterSheetData what follows it, such as {@code <mergeCells>}
   */
  MiniXlsx(String workbookPr, String sheetData, String afterSheetData) {
    part(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        </Types>""");
    part(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>""");
    part(
        "xl/workbook.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <workbookPr %s/><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>"""
            .formatted(workbookPr));
    part(
        "xl/_rels/workbook.xml.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        </Relationships>""");
    part(
        "xl/worksheets/sheet1.xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>%s</worksheet>"""
            .formatted(sheetData, afterSheetData));
  }

  /** Adds a shared-string table, declared in the content types where readers look for it. */
  MiniXlsx sharedStrings(String xml) {
    String types =
        new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
            .replace(
                "</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
    return part("[Content_Types].xml", types).part("xl/sharedStrings.xml", xml);
  }

  MiniXlsx part(String name, String content) {
    return part(name, content.getBytes(StandardCharsets.UTF_8));
  }

  MiniXlsx part(String name, byte[] content) {
    parts.put(name, content);
    return this;
  }

  /**
   * Writes the package by hand with every part's uncompressed size understated as {@code claimed}
   * bytes, in the local headers and the central directory, and with zip64 extra fields that
   * understate it too: what a deflate bomb does to slip past checks that trust the headers.
   */
  Path writeLying(Path file, long claimed) {
    try (OutputStream out = Files.newOutputStream(file)) {
      java.io.ByteArrayOutputStream central = new java.io.ByteArrayOutputStream();
      long offset = 0;
      for (var part : parts.entrySet()) {
        byte[] name = part.getKey().getBytes(StandardCharsets.UTF_8);
        byte[] content = part.getValue();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(content);
        deflater.finish();
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
          packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        byte[] data = packed.toByteArray();
        java.nio.ByteBuffer zip64 =
            le(20).putShort((short) 1).putShort((short) 16).putLong(claimed).putLong(data.length);
        java.nio.ByteBuffer local =
            le(30)
                .putInt(0x04034b50)
                .putShort((short) 45)
                .putShort((short) 0x800)
                .putShort((short) 8)
                .putInt(0)
                .putInt((int) crc.getValue())
                .putInt(0xFFFFFFFF)
                .putInt(0xFFFFFFFF)
                .putShort((short) name.length)
                .putShort((short) 20);
        out.write(local.array());
        out.write(name);
        out.write(zip64.array());
        out.write(data);
        java.nio.ByteBuffer entry =
            le(46)
                .putInt(0x02014b50)
                .putShort((short) 45)
                .putShort((short) 45)
                .putShort((short) 0x800)
                .putShort((short) 8)
                .putInt(0)
                .putInt((int) crc.getValue())
                .putInt(0xFFFFFFFF)
                .putInt(0xFFFFFFFF)
                .putShort((short) name.length)
                .putShort((short) 20)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt(0)
                .putInt((int) offset);
        central.write(entry.array());
        central.write(name);
        central.write(zip64.array());
        offset += 30 + name.length + 20 + data.length;
      }
      out.write(central.toByteArray());
      out.write(
          le(22)
              .putInt(0x06054b50)
              .putShort((short) 0)
              .putShort((short) 0)
              .putShort((short) parts.size())
              .putShort((short) parts.size())
              .putInt(central.size())
              .putInt((int) offset)
              .putShort((short) 0)
              .array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static java.nio.ByteBuffer le(int size) {
    return java.nio.ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
  }

  Path write(Path file) {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
