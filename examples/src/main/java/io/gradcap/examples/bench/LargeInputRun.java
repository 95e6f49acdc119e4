package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.examples.cli.GradcapCommand;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import picocli.CommandLine;

/**
 * Runs the command line on large generated inputs in the JVM it is started in, and reports the time
 * and the peak heap: a cold run in a small heap, the way a registry office runs it.
 *
 * <pre>
 * java -Xmx256m -cp examples/target/gradcap.jar io.gradcap.examples.bench.LargeInputRun verify 1000000
 * java -Xmx256m -cp examples/target/gradcap.jar io.gradcap.examples.bench.LargeInputRun certificates 100000
 * </pre>
 *
 * {@code verify} reads a CSV roster of that many rows (the 12 columns of {@link
 * BenchFiles#rosterRow}); {@code certificates} checks and annotates a certificate workbook of that
 * many rows, one in ten with a planted mistake. JMH measures steady-state speed; this measures what
 * a user waits for and whether it fits, which a warmed-up, large-heap benchmark cannot show.
 */
public final class LargeInputRun {

  private static final String[] CERTIFICATE_HEADER = {
    "学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注"
  };

  private LargeInputRun() {}

  public static void main(String[] args) throws Exception {
    String command = args.length > 0 ? args[0] : "verify";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Path dir = BenchFiles.tempDir();
    try {
      String[] cli =
          switch (command) {
            case "verify" ->
                new String[] {"verify", csvRoster(dir.resolve("名单.csv"), rows).toString()};
            case "certificates" ->
                new String[] {
                  "certificates",
                  certificates(dir.resolve("模板.xlsx"), 0).toString(),
                  certificates(dir.resolve("证书.xlsx"), rows).toString(),
                  "--out",
                  dir.resolve("批注.xlsx").toString()
                };
            default -> throw new IllegalArgumentException("verify or certificates, not " + command);
          };
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      CommandLine line = GradcapCommand.commandLine();
      CountingWriter out = new CountingWriter();
      line.setOut(new PrintWriter(out));
      line.setErr(new PrintWriter(Writer.nullWriter()));
      int exit = line.execute(cli);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf(
          "%s, %,d rows: exit %d in %,d ms; %,d output lines; peak heap %.0f MB of %.0f MB%n",
          command,
          rows,
          exit,
          millis,
          out.lines,
          peak / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
      if (command.equals("certificates")) {
        System.out.printf("annotated copy: %,d bytes%n", Files.size(dir.resolve("批注.xlsx")));
      }
    } finally {
      BenchFiles.deleteAll(dir);
    }
  }

  /** A roster in CSV, written as it is generated. */
  static Path csvRoster(Path file, int rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", BenchFiles.ROSTER_HEADER));
      out.write('\n');
      for (int i = 0; i < rows; i++) {
        List<Object> row = BenchFiles.rosterRow(i);
        for (int c = 0; c < row.size(); c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write(row.get(c).toString());
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A certificate workbook of the standard template: the blank template itself for 0 rows. */
  static Path certificates(Path file, int rows) {
    SheetLayout layout =
        SheetLayout.of("证书", Arrays.stream(CERTIFICATE_HEADER).map(Column::of).toList())
            .withTitleRows("2024届毕业生在校期间获得证书统计表");
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(
          layout,
          IntStream.range(0, rows)
              .mapToObj(
                  i -> {
                    boolean planted = i % 10 == 9;
                    int mistake = (i / 10) % 3;
                    return SheetRow.values(
                        Long.toString(2021_000_000L + i),
                        "学生" + i,
                        "全国计算机等级考试",
                        planted && mistake == 1 ? "九级" : "二级",
                        "NO-" + (planted && mistake == 2 ? i - 1 : i),
                        "教育部教育考试院",
                        planted && mistake == 0 ? "2023.6" : LocalDate.of(2023, 6, 1),
                        null);
                  }));
    }
    return file;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Counts the lines written and keeps none of them. */
  private static final class CountingWriter extends Writer {
    long lines;

    @Override
    public void write(char[] buffer, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
