package io.gradcap.adapters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers that make real workbooks with POI's user model. */
final class Workbooks {

  private Workbooks() {}

  /**
   * Copies values (text, numbers, dates, booleans, blanks) of every sheet of an .xlsx into an .xls.
   */
  static void xlsxToXls(Path xlsx, Path xls) {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook source = new XSSFWorkbook(in);
        HSSFWorkbook target = new HSSFWorkbook()) {
      CellStyle date = target.createCellStyle();
      date.setDataFormat(target.createDataFormat().getFormat("yyyy-mm-dd"));
      for (Sheet sheet : source) {
        Sheet copy = target.createSheet(sheet.getSheetName());
        for (Row row : sheet) {
          Row rowCopy = copy.createRow(row.getRowNum());
          for (Cell cell : row) {
            Cell cellCopy = rowCopy.createCell(cell.getColumnIndex());
            switch (cell.getCellType()) {
              case STRING -> cellCopy.setCellValue(cell.getStringCellValue());
              case NUMERIC -> {
                cellCopy.setCellValue(cell.getNumericCellValue());
                if (DateUtil.isCellDateFormatted(cell)) {
                  cellCopy.setCellStyle(date);
                }
              }
              case BOOLEAN -> cellCopy.setCellValue(cell.getBooleanCellValue());
              default -> {}
            }
          }
        }
        sheet.getMergedRegions().forEach(copy::addMergedRegion);
      }
      write(target, xls);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Workbook workbook, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes an .xlsx with POI's user model. */
  static Path xlsx(Path file, Consumer<XSSFWorkbook> content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      content.accept(workbook);
      write(workbook, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes an .xls with POI's user model. */
  static Path xls(Path file, Consumer<HSSFWorkbook> content) {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      content.accept(workbook);
      write(workbook, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
