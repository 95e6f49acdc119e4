package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
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
 * Streaming 1,000,000 rows × 12 columns in a JVM capped at 256 MB of heap: memory must stay bounded
 * whatever the file's size. FastExcel reads the same file in the same fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class MillionRowsBenchmark {

  @Param({"1000000"})
  public int rows;

  private Path dir;
  private Path file;

  @Setup
  public void write() {
    dir = BenchFiles.tempDir();
    file = BenchFiles.rosterWithGradcap(dir.resolve("million.xlsx"), rows);
  }

  @TearDown
  public void delete() {
    BenchFiles.deleteAll(dir);
  }

  @Benchmark
  public long gradcapRows(Blackhole blackhole) {
    long[] count = {0};
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()));
        Stream<Row> stream = reader.rows()) {
      stream.forEach(
          row -> {
            count[0]++;
            for (Cell cell : row.cells()) {
              blackhole.consume(cell.text());
            }
          });
    }
    if (count[0] != rows + 1) {
      throw new IllegalStateException("read " + count[0] + " rows");
    }
    return count[0];
  }

  @Benchmark
  public long fastexcelRows(Blackhole blackhole) throws IOException {
    long[] count = {0};
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
      stream.forEach(
          row -> {
            count[0]++;
            row.forEach(cell -> blackhole.consume(cell == null ? null : cell.getText()));
          });
    }
    return count[0];
  }
}
