package io.gradcap.examples.bench;

import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.finding.Message;
import io.gradcap.examples.cli.ScheduleInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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

/**
 * What {@code gradcap schedule} does with large inputs: read the groups and windows CSV files, then
 * plan at 2.6 students a minute on 50 stations. The groups file has {@code groups} groups of one
 * class each (20 to 45 students, 100 groups to a college, each college with its responsible
 * person); the windows file has enough capture days (two sessions each) for every class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ScheduleInputBenchmark {

  /** The stations the command allows at most. */
  static final int STATIONS = 50;

  static final Throughput RATE = Throughput.perMinute("2.6");

  @Param({"10000", "100000"})
  public int groups;

  private Path dir;
  private Path groupsCsv;
  private Path windowsCsv;

  @Setup
  public void write() {
    dir = BenchFiles.tempDir();
    groupsCsv = dir.resolve("groups.csv");
    windowsCsv = dir.resolve("windows.csv");
    Random random = new Random(2024);
    long students = 0;
    try (Writer out = Files.newBufferedWriter(groupsCsv, StandardCharsets.UTF_8)) {
      out.write("group,college,cohort,class,headcount,responsible\n");
      for (int g = 0; g < groups; g++) {
        int headcount = 20 + random.nextInt(26);
        students += headcount;
        int college = g / 100;
        out.write(
            "g"
                + g
                + ",学院"
                + college
                + ","
                + (2019 + g % 4)
                + "级,班"
                + g
                + ","
                + headcount
                + ",负责人"
                + college
                + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Two sessions of 220 and 210 minutes a day, with a fifth to spare.
    long perDay = (long) STATIONS * 430 * 26 / 10;
    long days = students * 6 / 5 / perDay + 1;
    try (Writer out = Files.newBufferedWriter(windowsCsv, StandardCharsets.UTF_8)) {
      out.write("date,start,end\n");
      LocalDate first = LocalDate.of(2024, 3, 4);
      for (int d = 0; d < days; d++) {
        out.write(first.plusDays(d) + ",08:10,11:50\n");
        out.write(first.plusDays(d) + ",14:30,18:00\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TearDown
  public void delete() {
    BenchFiles.deleteAll(dir);
  }

  /** Parse and plan, as the command does before it prints. */
  @Benchmark
  public CapturePlan parseAndPlan() {
    ScheduleInput input = ScheduleInput.read(groupsCsv, windowsCsv, Message.DEFAULT_LOCALE);
    if (!input.isUsable()) {
      throw new IllegalStateException(String.join("\n", input.problems()));
    }
    return CapturePlanner.withoutTimetable().plan(input.problem(RATE, STATIONS, "采集点"));
  }

  /** Parsing alone. */
  @Benchmark
  public ScheduleInput parse() {
    return ScheduleInput.read(groupsCsv, windowsCsv, Message.DEFAULT_LOCALE);
  }

  /** Prints one run's times and the plan's figures, for the report. */
  public static void main(String[] args) {
    ScheduleInputBenchmark b = new ScheduleInputBenchmark();
    b.groups = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    b.write();
    try {
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        ScheduleInput input = b.parse();
        long t1 = System.nanoTime();
        CapturePlan plan =
            CapturePlanner.withoutTimetable().plan(input.problem(RATE, STATIONS, "采集点"));
        long t2 = System.nanoTime();
        System.out.printf(
            "groups=%d parse=%dms plan=%dms complete=%s %s%n",
            b.groups,
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            plan.isComplete(),
            plan.score());
      }
    } finally {
      b.delete();
    }
  }
}
