package io.gradcap.adapters.excel;

import io.gradcap.spi.table.MacroWorkbookException;
import io.gradcap.spi.table.ProtectedWorkbookException;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.SuspiciousArchiveException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at a workbook before anything parses it: what it really is (zip or OLE2), whether it is
 * encrypted, whether it carries macros, and whether its archive entries claim to inflate beyond the
 * limits. While parts are read, {@link #guard} counts what actually comes out, since a zip bomb may
 * lie about its sizes.
 */
final class ArchiveGuard {

  private ArchiveGuard() {}

  static FileMagic magic(Source source) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(source.path))) {
      if (Files.size(source.path) == 0) {
        throw new UnreadableTableException(
            source.name, "an empty file (0 bytes), not a workbook; save the workbook again");
      }
      return FileMagic.valueOf(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableTableException u) {
        throw u;
      }
      throw new UnreadableTableException(source.name, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * Checks an {@code .xlsx} file and returns the compressed size of each entry, by part name
   * ({@code /xl/worksheets/sheet1.xml}).
   */
  static Map<String, Long> checkXlsx(Source source) {
    FileMagic magic = magic(source);
    if (magic == FileMagic.OLE2) {
      checkOle2(source, true);
      throw new UnreadableTableException(
          source.name,
          "an Excel 97-2003 (.xls) workbook with an .xlsx name; save it as .xlsx or rename it .xls");
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableTableException(
          source.name, "not an .xlsx workbook (the file looks like " + describe(magic) + ")");
    }
    ReadLimits limits = source.limits;
    Map<String, Long> compressed = new HashMap<>();
    try (ZipFile zip = new ZipFile(source.path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbaprojectsignature.bin")) {
          throw new MacroWorkbookException(
              source.name, "the workbook carries macros (" + name + "); save it as a plain .xlsx");
        }
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size > limits.maxPartBytes()) {
          throw new SuspiciousArchiveException(
              source.name + "!" + name,
              "part inflates to "
                  + size
                  + " bytes, more than maxPartBytes = "
                  + limits.maxPartBytes());
        }
        if (packed > 0 && size > GRACE_BYTES && (double) packed / size < limits.minInflateRatio()) {
          throw new SuspiciousArchiveException(
              source.name + "!" + name,
              "part inflates "
                  + (size / packed)
                  + " times, a zip bomb (minInflateRatio = "
                  + limits.minInflateRatio()
                  + ")");
        }
        compressed.put("/" + name, packed);
        if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
          refuseDoctype(zip, entry, source.name + "!" + name, limits);
        }
      }
    } catch (ZipException e) {
      throw new UnreadableTableException(
          source.name, "corrupt .xlsx archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableTableException(source.name, "cannot read the file: " + e.getMessage(), e);
    }
    return compressed;
  }

  /** How far into a part its prolog is looked at for a document type declaration. */
  private static final int PROLOG_BYTES = 4096;

  /**
   * Refuses a part whose prolog declares a document type. No reader here ever reads a DTD, but
   * POI's parser of the package parts (content types, relationships, properties) reports one by
   * logging a stack trace before it fails or carries on; a part refused here never reaches it.
   */
  private static void refuseDoctype(ZipFile zip, ZipEntry entry, String location, ReadLimits limits)
      throws IOException {
    byte[] head;
    try (InputStream in =
        guard(zip.getInputStream(entry), location, entry.getCompressedSize(), limits)) {
      head = in.readNBytes(PROLOG_BYTES);
    }
    String prolog = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    int root = prolog.indexOf('<');
    while (root >= 0
        && root + 1 < prolog.length()
        && (prolog.charAt(root + 1) == '?' || prolog.startsWith("<!--", root))) {
      int end =
          prolog.charAt(root + 1) == '?' ? prolog.indexOf("?>", root) : prolog.indexOf("-->", root);
      root = end < 0 ? -1 : prolog.indexOf('<', end);
    }
    boolean utf16 = head.length > 1 && (head[0] == 0 || head[1] == 0);
    if (root >= 0 && prolog.regionMatches(true, root, "<!DOCTYPE", 0, 9)
        || utf16 && prolog.replace("\0", "").toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      throw new UnreadableTableException(
          location, "declares a document type (DTD), which a workbook never needs: refused");
    }
  }

  /** Checks an OLE2 file: refuses encryption and macros. */
  static void checkOle2(Source source, boolean claimedXlsx) {
    try (POIFSFileSystem fs = new POIFSFileSystem(source.path.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        throw new ProtectedWorkbookException(
            source.name, "the workbook is protected by a password; save an unprotected copy");
      }
      if (root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("_VBA_PROJECT")) {
        throw new MacroWorkbookException(
            source.name, "the workbook carries macros (VBA); save it without them");
      }
      if (!claimedXlsx
          && !root.hasEntry("Workbook")
          && !root.hasEntry("WORKBOOK")
          && !root.hasEntry("Book")) {
        throw new UnreadableTableException(
            source.name, "an OLE2 file without a workbook (another Office document?)");
      }
    } catch (IOException e) {
      throw new UnreadableTableException(source.name, "corrupt OLE2 file: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof UnreadableTableException) {
        throw e;
      }
      throw new UnreadableTableException(source.name, "corrupt OLE2 file: " + e.getMessage(), e);
    }
  }

  static String describe(FileMagic magic) {
    return switch (magic) {
      case OLE2 -> "an Excel 97-2003 or other OLE2 document";
      case OOXML -> "an Office Open XML (zip) document";
      case PDF -> "a PDF document";
      case HTML -> "an HTML page";
      case XML -> "an XML document";
      case RTF -> "an RTF document";
      case JPEG, PNG, GIF, TIFF, BMP, WMF, EMF -> "an image";
      case BIFF2, BIFF3, BIFF4 -> "a pre-97 Excel worksheet";
      default -> "neither a zip nor an OLE2 document";
    };
  }

  /** Below this many inflated bytes the ratio is not checked: tiny parts compress well. */
  static final long GRACE_BYTES = 100 * 1024;

  /** Counts the bytes inflated from a part and stops at the limits. */
  static InputStream guard(
      InputStream in, String location, long compressedSize, ReadLimits limits) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          add(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          add(n);
        }
        return n;
      }

      private void add(int n) {
        count += n;
        if (count > limits.maxPartBytes()) {
          throw new SuspiciousArchiveException(
              location, "part inflates beyond maxPartBytes = " + limits.maxPartBytes());
        }
        if (compressedSize > 0
            && count > GRACE_BYTES
            && (double) compressedSize / count < limits.minInflateRatio()) {
          throw new SuspiciousArchiveException(
              location,
              "part inflates more than "
                  + Math.round(1 / limits.minInflateRatio())
                  + " times its stored size: a zip bomb");
        }
      }
    };
  }
}
