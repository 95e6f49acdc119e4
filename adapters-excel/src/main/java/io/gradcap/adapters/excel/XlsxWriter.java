package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Footer;
import io.gradcap.spi.table.PageSetup;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@code .xlsx} workbook with SXSSF: rows are flushed to a temporary file as they come, a
 * fixed window of them stays in memory. Printable on A4 in 宋体 (SimSun), with thin borders, a bold
 * shaded header, merged titles, repeated header rows, page breaks per section and a footer. Text is
 * always a string cell; text that a spreadsheet could take for a formula also gets the quote-prefix
 * style, so that editing the cell does not turn it into one.
 */
final class XlsxWriter implements TableWriter {

  /** The font every cell uses: present on every Chinese Windows and WPS installation. */
  static final String FONT = "宋体";

  private final String file;
  private final Target.Output out;
  private final SXSSFWorkbook workbook;
  private final Set<String> names = new HashSet<>();
  private final CellStyle title;
  private final CellStyle section;
  private final CellStyle lines;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle inert;
  private final CellStyle number;
  private final CellStyle date;
  private final CellStyle dateTime;
  private boolean closed;

  /** Set when a sheet could not be written: closing then writes nothing and leaves no file. */
  private boolean failed;

  private XlsxWriter(String file, Target.Output out) {
    this.file = file;
    this.out = out;
    this.workbook = new FastZipWorkbook();
    Font plain = font(11, false);
    Font bold = font(11, true);
    Font big = font(16, true);
    title = workbook.createCellStyle();
    title.setFont(big);
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    section = workbook.createCellStyle();
    section.setFont(bold);
    section.setVerticalAlignment(VerticalAlignment.CENTER);
    lines = workbook.createCellStyle();
    lines.setFont(plain);
    lines.setVerticalAlignment(VerticalAlignment.CENTER);
    header = bordered(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(plain);
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    inert = bordered(plain);
    inert.setDataFormat(workbook.createDataFormat().getFormat("@"));
    inert.setQuotePrefixed(true);
    number = bordered(plain);
    date = bordered(plain);
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    dateTime = bordered(plain);
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
  }

  /**
   * SXSSF with the final archive deflated at the fastest level: a written sheet is mostly repeated
   * markup, which that level still packs several times, in a fraction of the time.
   */
  private static final class FastZipWorkbook extends SXSSFWorkbook {
    FastZipWorkbook() {
      super(new XSSFWorkbook(), 200, false, false);
    }

    @Override
    protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream
        createArchiveOutputStream(OutputStream out) {
      org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
          super.createArchiveOutputStream(out);
      zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
      return zip;
    }
  }

  static XlsxWriter open(Location location) {
    return new XlsxWriter(TableFormat.fileName(location), Target.open(location));
  }

  private Font font(int points, boolean bold) {
    Font font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setCharSet(Font.DEFAULT_CHARSET);
    return font;
  }

  private CellStyle bordered(Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    return style;
  }

  @Override
  public void writeSheet(SheetLayout layout, Stream<? extends SheetRow> rows) {
    if (closed) {
      throw new TableWriteException(file, "the workbook is already closed");
    }
    if (!names.add(layout.name().toLowerCase(java.util.Locale.ROOT))) {
      throw new TableWriteException(file + "!" + layout.name(), "a second sheet with this name");
    }
    try {
      write(layout, rows);
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  private void write(SheetLayout layout, Stream<? extends SheetRow> rows) {
    SXSSFSheet sheet = workbook.createSheet(layout.name());
    List<Column> columns = layout.columns();
    int lastColumn = columns.size() - 1;
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(i, columns.get(i).width() * 256);
    }
    int[] next = {0};
    for (String line : layout.titleRows()) {
      merged(sheet, next[0]++, lastColumn, line, title, 30);
    }
    int headerRow = next[0]++;
    SXSSFRow head = sheet.createRow(headerRow);
    for (int i = 0; i < columns.size(); i++) {
      SXSSFCell cell = head.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(header);
    }
    if (layout.repeatHeader()) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    if (layout.freezeHeader()) {
      sheet.createFreezePane(0, headerRow + 1);
    }
    page(sheet, layout);
    boolean[] firstSection = {true};
    float height = (float) layout.rowHeight();
    try (Stream<? extends SheetRow> items = rows) {
      items.forEachOrdered(
          item -> {
            if (item instanceof SheetRow.Values values) {
              SXSSFRow row = sheet.createRow(next[0]++);
              if (height > 0) {
                row.setHeightInPoints(height);
              }
              List<Object> cells = values.values();
              for (int i = 0; i <= lastColumn; i++) {
                Object value = i < cells.size() ? cells.get(i) : null;
                write(row.createCell(i), value, sheet.getSheetName(), row.getRowNum());
              }
            } else if (item instanceof SheetRow.Section s) {
              if (!firstSection[0] && layout.breakBeforeSection() && next[0] > headerRow + 1) {
                sheet.setRowBreak(next[0] - 1);
              }
              firstSection[0] = false;
              for (String line : s.titles()) {
                merged(sheet, next[0]++, lastColumn, line, section, 24);
              }
            } else if (item instanceof SheetRow.Lines l) {
              for (String line : l.lines()) {
                merged(sheet, next[0]++, lastColumn, line, lines, 28);
              }
            }
          });
    } catch (IllegalArgumentException e) {
      throw new TableWriteException(
          file + "!" + layout.name(), "cannot write: " + e.getMessage(), e);
    }
  }

  private void write(SXSSFCell cell, Object value, String sheet, int row) {
    if (value == null) {
      cell.setCellStyle(text);
    } else if (value instanceof CharSequence chars) {
      String s = chars.toString();
      if (s.length() > 32_767) {
        throw new TableWriteException(
            file
                + "!"
                + sheet
                + "!"
                + org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex())
                + (row + 1),
            "text longer than the 32,767 characters a cell holds");
      }
      cell.setCellValue(s);
      cell.setCellStyle(InertText.isDangerous(s) ? inert : text);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(number);
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value instanceof LocalDateTime t) {
      cell.setCellValue(t);
      cell.setCellStyle(dateTime);
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
      cell.setCellStyle(text);
    }
  }

  private static void merged(
      SXSSFSheet sheet, int index, int lastColumn, String line, CellStyle style, float height) {
    SXSSFRow row = sheet.createRow(index);
    row.setHeightInPoints(height);
    SXSSFCell cell = row.createCell(0);
    cell.setCellValue(line);
    cell.setCellStyle(style);
    for (int i = 1; i <= lastColumn; i++) {
      row.createCell(i).setCellStyle(style);
    }
    if (lastColumn > 0) {
      sheet.addMergedRegionUnsafe(new CellRangeAddress(index, index, 0, lastColumn));
    }
  }

  private static void page(Sheet sheet, SheetLayout layout) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(layout.page().orientation() == PageSetup.Orientation.LANDSCAPE);
    if (layout.page().fitToWidth()) {
      sheet.setFitToPage(true);
      sheet.setAutobreaks(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
    }
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.8);
    sheet.setMargin(Sheet.LeftMargin, 0.5);
    sheet.setMargin(Sheet.RightMargin, 0.5);
    sheet.setMargin(Sheet.FooterMargin, 0.3);
    Footer footer = layout.footer();
    if (!footer.isEmpty()) {
      org.apache.poi.ss.usermodel.Footer printed = sheet.getFooter();
      printed.setLeft(footerText(footer.left()));
      printed.setCenter(footerText(footer.center()));
      printed.setRight(footerText(footer.right()));
    }
  }

  /** Escapes {@code &} and turns the placeholders into Excel's footer codes. */
  static String footerText(String text) {
    return text.replace("&", "&&")
        .replace("{page}", "&P")
        .replace("{pages}", "&N")
        .replace("{sheet}", "&A");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!failed) {
        if (workbook.getNumberOfSheets() == 0) {
          workbook.createSheet("Sheet1");
        }
        workbook.write(out);
        out.commit();
      }
    } catch (IOException | RuntimeException e) {
      throw new TableWriteException(file, "cannot write the file: " + e.getMessage(), e);
    } finally {
      out.discard();
      workbook.dispose();
      try {
        workbook.close();
      } catch (IOException ignored) {
        // The temporary files are gone already; nothing is left to release.
      }
    }
  }
}
