package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.CellNote;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Annotates a copy of an {@code .xlsx} workbook part by part, so memory holds one row at a time and
 * never the workbook: every part is copied as it is, except that each noted sheet's XML is
 * rewritten as it streams by ({@link SheetRewriter}: highlighted cells, the errors column, a
 * reference to its comments), the styles gain the highlighted cell formats, and each noted sheet
 * gets a comments part and the VML drawing Excel shows them with. A noted sheet that already has
 * comments is annotated by the whole-workbook {@link Annotator} instead, which merges them.
 */
final class StreamingAnnotator implements TableAnnotator {

  private final Location location;
  private final Source source;

  /** The part name of each sheet, by sheet name ({@code /xl/worksheets/sheet1.xml}). */
  private final Map<String, String> sheetParts = new LinkedHashMap<>();

  /** Sheets that have comments or a VML drawing already. */
  private final List<String> commented = new ArrayList<>();

  private final String stylesPart;

  private StreamingAnnotator(Location location, Source source) {
    this.location = location;
    this.source = source;
    ArchiveGuard.checkXlsx(source);
    String styles = "/xl/styles.xml";
    try (OPCPackage pkg = OPCPackage.open(source.path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg, true);
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        it.next().close();
        PackagePart part = it.getSheetPart();
        sheetParts.put(it.getSheetName(), part.getPartName().getName());
        for (PackageRelationship rel : part.getRelationships()) {
          String type = rel.getRelationshipType();
          if (type.equals(XSSFRelation.SHEET_COMMENTS.getRelation())
              || type.endsWith("/vmlDrawing")) {
            commented.add(it.getSheetName());
          }
        }
      }
      var stylesParts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
      if (!stylesParts.isEmpty()) {
        styles = stylesParts.get(0).getPartName().getName();
      }
      pkg.revert();
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | RuntimeException e) {
      throw XlsxReader.translate(source.name, "not a readable .xlsx workbook", e);
    }
    this.stylesPart = styles;
  }

  static TableAnnotator open(Location location) {
    Source source = Source.open(location);
    try {
      return new StreamingAnnotator(location, source);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  @Override
  public void writeCopy(
      Location target, List<CellNote> notes, Optional<String> errorsColumnHeader, int headerRow) {
    Map<String, TreeMap<Integer, List<CellNote>>> bySheet = new LinkedHashMap<>();
    for (CellNote note : notes) {
      String sheet = note.cell().sheet();
      if (!sheetParts.containsKey(sheet)) {
        throw new SheetNotFoundException(source.name + "!" + sheet, "no such sheet to annotate");
      }
      bySheet
          .computeIfAbsent(sheet, s -> new TreeMap<>())
          .computeIfAbsent(note.cell().row(), r -> new ArrayList<>())
          .add(note);
    }
    if (bySheet.keySet().stream().anyMatch(commented::contains)) {
      try (TableAnnotator whole = Annotator.open(location)) {
        whole.writeCopy(target, notes, errorsColumnHeader, headerRow);
      }
      return;
    }
    Target.Output out = Target.open(target);
    try (ZipFile zip = new ZipFile(source.path.toFile())) {
      Styles styles = Styles.read(read(zip, stylesPart));
      Map<String, SheetRewriter> rewriters = new HashMap<>();
      int n = 0;
      for (var sheet : bySheet.entrySet()) {
        String part = sheetParts.get(sheet.getKey());
        SheetRewriter rewriter =
            new SheetRewriter(
                sheet.getValue(),
                errorsColumnHeader.orElse(null),
                headerRow,
                styles,
                "gradcap" + (++n));
        try (InputStream in = open(zip, part)) {
          rewriter.scan(in);
        }
        rewriters.put(part.substring(1), rewriter);
      }
      try (ZipOutputStream copy = new ZipOutputStream(out)) {
        copy.setLevel(Deflater.BEST_SPEED);
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          copy.putNextEntry(new ZipEntry(name));
          SheetRewriter rewriter = rewriters.get(name);
          if (rewriter != null) {
            try (InputStream in = open(zip, "/" + name)) {
              rewriter.rewrite(in, copy);
            }
          } else if (name.equals(stylesPart.substring(1))) {
            copy.write(styles.write());
          } else if (name.equals("[Content_Types].xml")) {
            copy.write(Parts.contentTypes(read(zip, "/" + name), rewriters.values()));
          } else if (rewriters.containsKey(Parts.sheetOfRels(name))) {
            copy.write(
                Parts.addRelationships(
                    read(zip, "/" + name), rewriters.get(Parts.sheetOfRels(name))));
          } else {
            try (InputStream in = open(zip, "/" + name)) {
              in.transferTo(copy);
            }
          }
          copy.closeEntry();
        }
        for (var rewritten : rewriters.entrySet()) {
          SheetRewriter rewriter = rewritten.getValue();
          String rels = Parts.relsOf(rewritten.getKey());
          if (zip.getEntry(rels) == null) {
            copy.putNextEntry(new ZipEntry(rels));
            copy.write(Parts.addRelationships(null, rewriter));
            copy.closeEntry();
          }
          copy.putNextEntry(new ZipEntry("xl/" + rewriter.commentsName()));
          rewriter.writeComments(copy);
          copy.closeEntry();
          copy.putNextEntry(new ZipEntry("xl/drawings/" + rewriter.vmlName()));
          rewriter.writeVml(copy);
          copy.closeEntry();
        }
        copy.finish();
        out.commit();
      }
    } catch (IOException | javax.xml.stream.XMLStreamException e) {
      throw new TableWriteException(
          TableFormat.fileName(target), "cannot write the annotated copy: " + e.getMessage(), e);
    } catch (UnreadableTableException e) {
      throw e;
    } catch (RuntimeException e) {
      if (e instanceof io.gradcap.spi.PortException) {
        throw e;
      }
      throw new TableWriteException(
          TableFormat.fileName(target),
          "cannot write the annotated copy: " + XlsxReader.firstLine(e.getMessage()),
          e);
    } finally {
      out.discard();
    }
  }

  private InputStream open(ZipFile zip, String partName) throws IOException {
    ZipEntry entry = zip.getEntry(partName.substring(1));
    if (entry == null) {
      throw new UnreadableTableException(
          source.name + "!" + partName.substring(1), "the part is missing");
    }
    return ArchiveGuard.guard(
        zip.getInputStream(entry),
        source.name + "!" + entry.getName(),
        entry.getCompressedSize(),
        source.limits);
  }

  private byte[] read(ZipFile zip, String partName) throws IOException {
    try (InputStream in = open(zip, partName)) {
      return in.readAllBytes();
    }
  }

  /** A cell's place as one number, for maps keyed by cell. */
  static long key(int row, int column) {
    return ((long) row << 20) | column;
  }

  static String a1(int row, int column) {
    return CellRef.columnName(column) + (row + 1);
  }

  @Override
  public void close() {
    source.close();
  }
}
