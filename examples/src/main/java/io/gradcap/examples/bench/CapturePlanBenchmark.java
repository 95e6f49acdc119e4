package io.gradcap.examples.bench;

import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.host.Lesson;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Capture planning at two scales: the seed notice's 3,110 students in 1,270 minutes in one room,
 * and a province-sized 1,000,000 students (25,000 classes, 200 colleges of 5 cohort groups, each
 * with its responsible person and two in three splittable, 100 capture days of two sessions, 4
 * stations of 3 cameras at 2.45 a minute), with a sparse teaching timetable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CapturePlanBenchmark {

  private CaptureProblem seedFree;
  private CaptureProblem seedFixed;
  private CaptureProblem millionFree;
  private CaptureProblem millionFixed;
  private CapturePlanner planner;

  @Setup
  public void generate() {
    seedFree = seed(Order.FREE);
    seedFixed = seed(Order.FIXED).withStations(s -> s.withThroughput(Throughput.perMinute("2.9")));
    Map<String, List<Lesson>> lessons = new HashMap<>();
    millionFree = million(Order.FREE, lessons);
    millionFixed = millionFree.withOrder(Order.FIXED);
    planner =
        CapturePlanner.of(
            (classGroup, from, to) ->
                lessons.getOrDefault(classGroup, List.of()).stream()
                    .filter(l -> !l.date().isBefore(from) && l.date().isBefore(to))
                    .toList());
  }

  @Benchmark
  public CapturePlan seedFreeOrder() {
    return planner.plan(seedFree);
  }

  @Benchmark
  public CapturePlan seedFixedOrder() {
    return planner.plan(seedFixed);
  }

  @Benchmark
  public CapturePlan millionFreeOrder() {
    return planner.plan(millionFree);
  }

  @Benchmark
  public CapturePlan millionFixedOrder() {
    return planner.plan(millionFixed);
  }

  /** Prints the plans' figures once, for the report: days, lower-bound gap, clashes, unplaced. */
  public static void main(String[] args) {
    CapturePlanBenchmark b = new CapturePlanBenchmark();
    b.generate();
    for (CapturePlan p :
        List.of(
            b.seedFreeOrder(), b.seedFixedOrder(), b.millionFreeOrder(), b.millionFixedOrder())) {
      long gap = p.busySeconds() - p.lowerBoundSeconds();
      String line =
          String.format(
              "%s students=%d classes=%d unplaced=%d %s busy=%ds lowerBound=%ds gap=%ds (%.4f%%)",
              p.problem().order(),
              p.problem().headcount(),
              p.slots().size() + p.unplaced().size(),
              p.unplaced().size(),
              p.score(),
              p.busySeconds(),
              p.lowerBoundSeconds(),
              gap,
              100.0 * gap / Math.max(1, p.lowerBoundSeconds()));
      System.out.println(line);
    }
  }

  // The seed: Attachment 1's groups at the smallest throughput that fits them (2.54 a minute).
  private static final Object[][] SEED = {
    {"intl", "国际教育与旅游学院", 78, List.of("林虹")},
    {"edu", "教育与艺术学院", 397, List.of("何书艺")},
    {"net", "网络工程学院", 558, List.of("李旋飞")},
    {"anim", "动画学院", 530, List.of("叶宏代")},
    {"net5", "网络工程学院", 125, List.of("李旋飞")},
    {"econ", "经济管理学院", 464, List.of("刘小玉")},
    {"soft", "软件工程学院", 551, List.of("周庆标")},
    {"mech", "机电工程学院", 160, List.of("周宝富")},
    {"joint", "联办本科班", 247, List.of("周庆标", "陈雪利", "张卫国", "刘小玉")}
  };

  @SuppressWarnings("unchecked")
  static CaptureProblem seed(Order order) {
    List<CaptureGroup> groups = new ArrayList<>();
    for (int g = 0; g < SEED.length; g++) {
      int headcount = (Integer) SEED[g][2];
      int k = (headcount + 44) / 45;
      List<CaptureClass> classes = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        int size = headcount / k + (c < headcount % k ? 1 : 0);
        classes.add(cls(SEED[g][0] + "-" + (c + 1), size, 2021, g, c));
      }
      groups.add(
          new CaptureGroup(
              (String) SEED[g][0],
              (String) SEED[g][1],
              (String) SEED[g][1],
              classes,
              (List<String>) SEED[g][3],
              false,
              null,
              ""));
    }
    List<CaptureWindow> sessions = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      LocalDate day = LocalDate.of(2023, 4, 24).plusDays(d);
      sessions.add(
          CaptureWindow.of(
              day, d == 0 ? LocalTime.of(8, 30) : LocalTime.of(8, 10), LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(day, LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    return CaptureProblem.of(
        groups,
        sessions,
        List.of(new Station("教103", "教103", 1, Throughput.perMinute("2.54"))),
        order);
  }

  static CaptureProblem million(Order order, Map<String, List<Lesson>> lessons) {
    Random random = new Random(2024);
    LocalDate first = LocalDate.of(2024, 3, 4);
    List<CaptureGroup> groups = new ArrayList<>();
    int classNo = 0;
    for (int college = 0; college < 200; college++) {
      for (int cohort = 0; cohort < 5; cohort++) {
        int g = college * 5 + cohort;
        List<CaptureClass> classes = new ArrayList<>();
        for (int c = 0; c < 25; c++) {
          int size = 30 + random.nextInt(21);
          CaptureClass cls = cls("c" + classNo, size, 2021, g, c);
          classNo++;
          classes.add(cls);
          if (classNo % 10 == 0) {
            LocalDate day = first.plusDays(random.nextInt(100));
            lessons
                .computeIfAbsent(cls.name(), n -> new ArrayList<>())
                .add(
                    new Lesson(
                        cls.name(),
                        day,
                        LocalTime.of(8, 0),
                        LocalTime.of(9, 40),
                        "课程" + classNo % 37,
                        "教师" + classNo % 500));
          }
        }
        List<String> responsible =
            g % 50 == 0
                ? List.of("负责人" + g, "负责人" + (g + 1), "负责人" + (g + 2), "负责人" + (g + 3))
                : List.of("负责人" + g);
        groups.add(
            new CaptureGroup(
                "g" + g,
                "学院" + college + "-" + cohort,
                "学院" + college,
                classes,
                responsible,
                g % 3 != 0,
                null,
                ""));
      }
    }
    List<CaptureWindow> sessions = new ArrayList<>();
    for (int d = 0; d < 100; d++) {
      sessions.add(CaptureWindow.of(first.plusDays(d), LocalTime.of(8, 10), LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(first.plusDays(d), LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    List<Station> stations = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      stations.add(new Station("s" + s, "采集室" + (s + 1), 3, Throughput.perMinute("2.45")));
    }
    return CaptureProblem.of(groups, sessions, stations, order);
  }

  private static CaptureClass cls(String name, int size, int year, int group, int index) {
    List<StudentNumber> students = new ArrayList<>(size);
    for (int s = size; s >= 1; s--) {
      students.add(StudentNumber.of(String.format("%d%04d%02d%02d", year, group, index, s)));
    }
    return new CaptureClass(name, students);
  }
}
