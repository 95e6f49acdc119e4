package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.CellNote;
import io.gradcap.spi.table.ProtectedWorkbookException;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes notes into a copy of a user's {@code .xlsx} or {@code .xls} workbook with POI's user
 * model: the noted cell keeps its value and format and gets a red (error) or yellow (warning) fill
 * and a comment; an optional errors column after the last used column lists each row's notes. The
 * workbook is loaded whole, within the read limits, after the same checks as reading.
 */
final class Annotator implements TableAnnotator {

  private static final String AUTHOR = "gradcap";

  private final Source source;
  private final Workbook workbook;

  private Annotator(Source source, Workbook workbook) {
    this.source = source;
    this.workbook = workbook;
  }

  static Annotator open(Location location) {
    TableFormat format = TableFormat.of(location).orElseThrow();
    Source source = Source.open(location);
    try {
      Workbook workbook;
      if (format == TableFormat.XLS) {
        XlsReader.open(location).close();
        try (InputStream in = Files.newInputStream(source.path)) {
          workbook = new HSSFWorkbook(in);
        }
      } else {
        ArchiveGuard.checkXlsx(source);
        try (InputStream in = Files.newInputStream(source.path)) {
          workbook = new XSSFWorkbook(in);
        }
      }
      return new Annotator(source, workbook);
    } catch (EncryptedDocumentException e) {
      source.close();
      throw new ProtectedWorkbookException(
          source.name, "the workbook is protected by a password", e);
    } catch (IOException | RuntimeException e) {
      source.close();
      throw XlsxReader.translate(source.name, "not a readable workbook", e);
    }
  }

  @Override
  public void writeCopy(
      Location target, List<CellNote> notes, Optional<String> errorsColumnHeader, int headerRow) {
    Map<String, Map<Integer, List<CellNote>>> bySheetAndRow = new LinkedHashMap<>();
    for (CellNote note : notes) {
      if (workbook.getSheet(note.cell().sheet()) == null) {
        throw new SheetNotFoundException(
            source.name + "!" + note.cell().sheet(), "no such sheet to annotate");
      }
      bySheetAndRow
          .computeIfAbsent(note.cell().sheet(), s -> new TreeMap<>())
          .computeIfAbsent(note.cell().row(), r -> new ArrayList<>())
          .add(note);
    }
    CreationHelper helper = workbook.getCreationHelper();
    Map<String, CellStyle> highlighted = new HashMap<>();
    for (var sheetNotes : bySheetAndRow.entrySet()) {
      Sheet sheet = workbook.getSheet(sheetNotes.getKey());
      int errorsColumn = lastUsedColumn(sheet) + 1;
      Drawing<?> drawing =
          sheet.getDrawingPatriarch() != null
              ? sheet.getDrawingPatriarch()
              : sheet.createDrawingPatriarch();
      Map<String, List<CellNote>> byCell = new LinkedHashMap<>();
      for (var rowNotes : sheetNotes.getValue().entrySet()) {
        for (CellNote note : rowNotes.getValue()) {
          byCell
              .computeIfAbsent(
                  note.cell().row() + ":" + note.cell().column(), k -> new ArrayList<>())
              .add(note);
        }
      }
      for (List<CellNote> cellNotes : byCell.values()) {
        CellNote first = cellNotes.get(0);
        Cell cell = cell(sheet, first.cell().row(), first.cell().column());
        boolean error = cellNotes.stream().anyMatch(n -> n.level() == CellNote.Level.ERROR);
        CellStyle original = cell.getCellStyle();
        String key = original.getIndex() + (error ? "E" : "W");
        cell.setCellStyle(
            highlighted.computeIfAbsent(
                key,
                k -> {
                  CellStyle style = workbook.createCellStyle();
                  style.cloneStyleFrom(original);
                  style.setFillForegroundColor(
                      error
                          ? IndexedColors.CORAL.getIndex()
                          : IndexedColors.LIGHT_YELLOW.getIndex());
                  style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                  return style;
                }));
        String text = String.join("\n", cellNotes.stream().map(CellNote::text).toList());
        Comment existing = cell.getCellComment();
        if (existing != null) {
          text = existing.getString().getString() + "\n" + text;
          cell.removeCellComment();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
      }
      if (errorsColumnHeader.isPresent()) {
        cell(sheet, headerRow, errorsColumn).setCellValue(errorsColumnHeader.get());
        for (var rowNotes : sheetNotes.getValue().entrySet()) {
          StringBuilder text = new StringBuilder();
          // Notes on the header row itself go below the column's header, which they must not
          // replace.
          String prefix = rowNotes.getKey() == headerRow ? errorsColumnHeader.get() + "\n" : "";
          List<CellNote> inColumnOrder = new ArrayList<>(rowNotes.getValue());
          inColumnOrder.sort(java.util.Comparator.comparingInt(n -> n.cell().column()));
          for (CellNote note : inColumnOrder) {
            if (text.length() > 0) {
              text.append("；");
            }
            text.append(
                    new CellReference(note.cell().row(), note.cell().column())
                        .formatAsString(false))
                .append(' ')
                .append(note.text());
          }
          text.insert(0, prefix);
          cell(sheet, rowNotes.getKey(), errorsColumn)
              .setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text.toString());
        }
        sheet.setColumnWidth(errorsColumn, 60 * 256);
      }
    }
    Target.Output out = Target.open(target);
    try {
      workbook.write(out);
      out.commit();
    } catch (IOException | RuntimeException e) {
      throw new TableWriteException(
          TableFormat.fileName(target), "cannot write the annotated copy: " + e.getMessage(), e);
    } finally {
      out.discard();
    }
  }

  private static int lastUsedColumn(Sheet sheet) {
    int last = -1;
    for (Row row : sheet) {
      last = Math.max(last, row.getLastCellNum() - 1);
    }
    return last;
  }

  private static Cell cell(Sheet sheet, int rowIndex, int column) {
    Row row = sheet.getRow(rowIndex);
    if (row == null) {
      row = sheet.createRow(rowIndex);
    }
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UnreadableTableException(
          source.name, "cannot close the workbook: " + e.getMessage(), e);
    } finally {
      source.close();
    }
  }
}
