package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a 100,000-row × 12-column roster: gradcap's streaming xlsx reader alone, the whole roster
 * import on top of it (to records, all or nothing), and FastExcel's reader on the same file. The
 * file is written once by gradcap (inline strings) and once by FastExcel (shared strings). Target:
 * the import ≤ 1 s, within 1.5× of FastExcel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx1g"})
public class RosterReadBenchmark {

  @Param({"100000"})
  public int rows;

  @Param({"gradcap", "fastexcel"})
  public String writtenBy;

  private Path dir;
  private Path file;

  @Setup
  public void write() {
    dir = BenchFiles.tempDir();
    Path target = dir.resolve("roster.xlsx");
    file =
        "gradcap".equals(writtenBy)
            ? BenchFiles.rosterWithGradcap(target, rows)
            : BenchFiles.rosterWithFastExcel(target, rows);
  }

  @TearDown
  public void delete() {
    BenchFiles.deleteAll(dir);
  }

  @Benchmark
  public void gradcapRows(Blackhole blackhole) {
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()));
        Stream<Row> stream = reader.rows()) {
      stream.forEach(
          row -> {
            for (Cell cell : row.cells()) {
              blackhole.consume(cell.text());
            }
          });
    }
  }

  @Benchmark
  public RosterImport gradcapRosterImport() {
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
      RosterImport result = RosterImporter.of(RosterMapping.defaults()).read(reader);
      if (result.rows().size() != rows) {
        throw new IllegalStateException(
            "imported " + result.rows().size() + " rows: " + result.findings());
      }
      return result;
    }
  }

  @Benchmark
  public void fastexcelRows(Blackhole blackhole) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
      stream.forEach(
          row -> row.forEach(cell -> blackhole.consume(cell == null ? null : cell.getText())));
    }
  }
}
