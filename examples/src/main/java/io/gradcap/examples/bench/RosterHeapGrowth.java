package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.roster.RosterImport;
import io.gradcap.core.roster.RosterImporter;
import io.gradcap.core.roster.RosterMapping;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the heap a 100,000-row × 12-column roster import retains (the imported rows) and the
 * peak heap during the import, after a full collection on each side: {@code java -Xmx256m -cp
 * examples/target/gradcap.jar io.gradcap.examples.bench.RosterHeapGrowth}. JMH measures time; this
 * measures memory, which JMH's profilers report only as allocation rate.
 */
public final class RosterHeapGrowth {

  private RosterHeapGrowth() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = BenchFiles.tempDir();
    try {
      Path file = BenchFiles.rosterWithGradcap(dir.resolve("roster.xlsx"), rows);
      RosterImporter importer = RosterImporter.of(RosterMapping.defaults());
      for (int i = 0; i < 3; i++) {
        try (TableReader reader =
            new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
          importer.read(reader);
        }
      }
      long before = usedAfterGc();
      resetPeaks();
      long start = System.nanoTime();
      RosterImport result;
      try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
        result = importer.read(reader);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = peakUsed();
      long after = usedAfterGc();
      System.out.printf("rows imported: %d in %d ms%n", result.rows().size(), millis);
      System.out.printf("heap retained by the result: %.1f MB%n", (after - before) / 1048576.0);
      System.out.printf(
          "peak heap during the import (incl. garbage): %.1f MB above the baseline of %.1f MB%n",
          (peak - before) / 1048576.0, before / 1048576.0);
      if (result.rows().isEmpty()) {
        System.out.println(result.findings());
      }
    } finally {
      BenchFiles.deleteAll(dir);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakUsed() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
