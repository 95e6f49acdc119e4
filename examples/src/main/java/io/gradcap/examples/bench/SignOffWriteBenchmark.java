package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Footer;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing 100,000 sign-off rows (R2) as a printable workbook: a section title per class of 45, a
 * signature line after each, bordered cells, repeated header, page break per class, footer.
 * FastExcel writes the same cells, merges, borders and print settings (it has no manual page
 * breaks, so it writes slightly less). Target ≤ 1.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
public class SignOffWriteBenchmark {

  @Param({"100000"})
  public int rows;

  private Path dir;
  private List<SheetRow> items;

  private static final SheetLayout LAYOUT =
      SheetLayout.of("核对签名表", BenchFiles.SIGN_OFF_HEADER.stream().map(Column::of).toList())
          .withTitleRows("2024届毕业生学籍信息核对签名表")
          .withFooter(Footer.pageOfPages().withLeft("负责人签名：__________"))
          .withPageBreakPerSection()
          .withRowHeight(24);

  @Setup
  public void prepare() {
    dir = BenchFiles.tempDir();
    items = BenchFiles.signOffRows(rows).toList();
  }

  @TearDown
  public void delete() {
    BenchFiles.deleteAll(dir);
  }

  @TearDown(Level.Iteration)
  public void clean() throws IOException {
    Files.deleteIfExists(dir.resolve("gradcap.xlsx"));
    Files.deleteIfExists(dir.resolve("fastexcel.xlsx"));
  }

  @Benchmark
  public long gradcapWrite() throws IOException {
    Path file = dir.resolve("gradcap.xlsx");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(LAYOUT, items.stream());
    }
    return Files.size(file);
  }

  @Benchmark
  public long fastexcelWrite() throws IOException {
    Path file = dir.resolve("fastexcel.xlsx");
    int columns = BenchFiles.SIGN_OFF_HEADER.size();
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "bench", "1.0");
      Worksheet sheet = workbook.newWorksheet("核对签名表");
      sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
      sheet.fitToWidth((short) 1);
      sheet.repeatRows(1);
      sheet.footer("第 &P 页，共 &N 页", Position.CENTER);
      sheet.value(0, 0, "2024届毕业生学籍信息核对签名表");
      sheet.range(0, 0, 0, columns - 1).merge();
      for (int c = 0; c < columns; c++) {
        sheet.value(1, c, BenchFiles.SIGN_OFF_HEADER.get(c));
      }
      sheet
          .range(1, 0, 1, columns - 1)
          .style()
          .bold()
          .borderStyle(BorderStyle.THIN)
          .fontName("宋体")
          .set();
      int r = 2;
      for (SheetRow item : items) {
        if (item instanceof SheetRow.Values values) {
          List<Object> cells = values.values();
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
              sheet.value(r, c, n);
            } else if (v != null) {
              sheet.value(r, c, v.toString());
            }
          }
          sheet.rowHeight(r, 24);
          sheet
              .range(r, 0, r, columns - 1)
              .style()
              .borderStyle(BorderStyle.THIN)
              .fontName("宋体")
              .set();
          r++;
        } else if (item instanceof SheetRow.Section section) {
          sheet.value(r, 0, section.titles().get(0));
          sheet.range(r, 0, r, columns - 1).merge();
          r++;
        } else if (item instanceof SheetRow.Lines lines) {
          sheet.value(r, 0, lines.lines().get(0));
          sheet.range(r, 0, r, columns - 1).merge();
          r++;
        }
        if (r % 10_000 == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    }
    return Files.size(file);
  }
}
