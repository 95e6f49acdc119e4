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
import io.gradcap.spi.table.ProtectedWorkbookException;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetNotFoundException;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an Excel 97–2003 ({@code .xls}) workbook through HSSF. The format itself bounds the size
 * (65,536 rows of 256 columns) and {@link ReadLimits#maxFileBytes()} bounds the file, so the
 * workbook is loaded whole; rows are still handed out as a stream. Formulas are never evaluated.
 */
final class XlsReader implements TableReader {

  private final Source source;
  private final HSSFWorkbook workbook;

  private XlsReader(Source source) {
    this.source = source;
    FileMagic magic = ArchiveGuard.magic(source);
    if (magic == FileMagic.OOXML) {
      throw new UnreadableTableException(
          source.name, "an .xlsx workbook with an .xls name; rename it .xlsx");
    }
    if (magic != FileMagic.OLE2) {
      throw new UnreadableTableException(
          source.name,
          "not an .xls workbook (the file looks like " + ArchiveGuard.describe(magic) + ")");
    }
    ArchiveGuard.checkOle2(source, false);
    try (POIFSFileSystem fs = new POIFSFileSystem(source.path.toFile(), true)) {
      this.workbook = new HSSFWorkbook(fs.getRoot(), false);
    } catch (EncryptedDocumentException e) {
      throw new ProtectedWorkbookException(
          source.name, "the workbook is protected by a password; save an unprotected copy", e);
    } catch (OldExcelFormatException e) {
      throw new UnreadableTableException(
          source.name, "an Excel 5/95 workbook; save it as .xlsx", e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableTableException(
          source.name, "corrupt .xls workbook: " + e.getMessage(), e);
    }
  }

  static XlsReader open(Location location) {
    Source source = Source.open(location);
    try {
      return new XlsReader(source);
    } catch (RuntimeException e) {
      source.close();
      throw e;
    }
  }

  @Override
  public String file() {
    return source.name;
  }

  @Override
  public List<String> sheetNames() {
    return IntStream.range(0, workbook.getNumberOfSheets())
        .mapToObj(workbook::getSheetName)
        .toList();
  }

  private Sheet sheet(String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      throw new SheetNotFoundException(
          source.name + "!" + name, "no such sheet; the workbook has " + sheetNames());
    }
    return sheet;
  }

  @Override
  public Stream<Row> rows(String name) {
    Sheet sheet = sheet(name);
    CellRef origin = CellRef.of(source.name, name, 0, 0);
    ReadLimits limits = source.limits;
    return IntStream.rangeClosed(sheet.getFirstRowNum(), sheet.getLastRowNum())
        .mapToObj(sheet::getRow)
        .filter(row -> row != null)
        .map(
            row -> {
              int index = row.getRowNum();
              if (index >= limits.maxRows()) {
                throw new TableLimitExceededException(
                    origin.sheetLocation() + "!A" + (index + 1), "maxRows", limits.maxRows());
              }
              int last = Math.max(row.getLastCellNum(), 0);
              if (last > limits.maxColumns()) {
                throw new TableLimitExceededException(
                    origin.at(index, limits.maxColumns()).toString(),
                    "maxColumns",
                    limits.maxColumns());
              }
              CellRef rowRef = origin.at(index, 0);
              List<Cell> cells = new ArrayList<>(last);
              for (int column = 0; column < last; column++) {
                cells.add(cell(row.getCell(column), rowRef.at(index, column)));
              }
              return new Row(rowRef, cells);
            });
  }

  private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, CellRef ref) {
    if (cell == null) {
      return new BlankCell(ref);
    }
    if (cell.getCellType() == CellType.FORMULA) {
      String formula;
      try {
        formula = cell.getCellFormula();
      } catch (RuntimeException e) {
        formula = "";
      }
      return new FormulaCell(ref, formula, value(cell, cell.getCachedFormulaResultType(), ref));
    }
    return value(cell, cell.getCellType(), ref);
  }

  private static Cell value(org.apache.poi.ss.usermodel.Cell cell, CellType type, CellRef ref) {
    return switch (type) {
      case STRING -> CellText.of(ref, cell.getStringCellValue());
      case NUMERIC -> {
        double number = cell.getNumericCellValue();
        yield DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)
            ? new DateCell(ref, cell.getLocalDateTimeCellValue())
            : new NumberCell(ref, number);
      }
      case BOOLEAN -> new BooleanCell(ref, cell.getBooleanCellValue());
      case ERROR -> new ErrorCell(ref, errorCode(cell.getErrorCellValue()));
      default -> new BlankCell(ref);
    };
  }

  private static String errorCode(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#VALUE!";
    }
  }

  @Override
  public List<CellRange> mergedRegions(String name) {
    List<CellRange> ranges = new ArrayList<>();
    for (CellRangeAddress address : sheet(name).getMergedRegions()) {
      ranges.add(
          new CellRange(
              address.getFirstRow(),
              address.getFirstColumn(),
              address.getLastRow(),
              address.getLastColumn()));
    }
    return ranges;
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException ignored) {
      // A workbook read from a closed file system holds nothing to flush.
    } finally {
      source.close();
    }
  }
}
