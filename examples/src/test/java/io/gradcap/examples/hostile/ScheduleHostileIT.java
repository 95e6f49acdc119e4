package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.saysNone;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Absurd rates, headcounts, windows and sizes for {@code gradcap schedule}: refused with a message,
 * never a wrong plan.
 */
@Execution(ExecutionMode.CONCURRENT)
class ScheduleHostileIT {

  private static final Family F = Family.SCHEDULE_NUMBERS;

  private static final String GROUPS = "group,college,cohort,class,headcount,responsible\n";
  private static final String WINDOWS = "date,start,end\n";
  private static final String ONE_CLASS = GROUPS + "soft,软件工程学院,2021级3年制,21软件1班,42,王老师\n";
  private static final String ONE_WINDOW = WINDOWS + "2024-04-22,08:30,11:30\n";

  static Stream<HostileCase> cases() {
    List<HostileCase> cases = new ArrayList<>();
    cases.add(rate(Origin.why(6), "0.000000586733137").check(saysNone("Feasible", "可行：")));
    cases.add(rate(Origin.why(6), "1e-9"));
    cases.add(rate(Origin.why(10), "1e-300").check(saysNone("1/0")));
    cases.add(rate(Origin.guard(), "1e300"));
    cases.add(rate(Origin.guard(), "0"));
    cases.add(rate(Origin.guard(), "-2.45"));
    cases.add(rate(Origin.guard(), "NaN"));
    cases.add(rate(Origin.guard(), "Infinity"));
    cases.add(rate(Origin.guard(), "2,45"));
    cases.add(
        plan(
            Origin.guard(),
            "headcount 0",
            GROUPS + "soft,软件工程学院,2021级3年制,21软件1班,0,王老师\n",
            ONE_WINDOW));
    cases.add(
        plan(
            Origin.guard(),
            "headcount -42",
            GROUPS + "soft,软件工程学院,2021级3年制,21软件1班,-42,王老师\n",
            ONE_WINDOW));
    cases.add(
        plan(
            Origin.guard(),
            "headcount 99999999999",
            GROUPS + "soft,软件工程学院,2021级3年制,21软件1班,99999999999,王老师\n",
            ONE_WINDOW));
    cases.add(
        plan(
            Origin.guard(),
            "window ending before it starts",
            ONE_CLASS,
            WINDOWS + "2024-04-22,11:30,08:30\n"));
    cases.add(
        plan(
            Origin.guard(),
            "empty window (start = end)",
            ONE_CLASS,
            WINDOWS + "2024-04-22,08:30,08:30\n"));
    cases.add(
        plan(
            Origin.guard(),
            "overlapping windows on one day",
            ONE_CLASS,
            WINDOWS + "2024-04-22,08:30,11:30\n2024-04-22,09:00,10:00\n"));
    cases.add(plan(Origin.guard(), "no windows (header only)", ONE_CLASS, WINDOWS));
    cases.add(
        plan(
            Origin.guard(),
            "window with a time of 25:00",
            ONE_CLASS,
            WINDOWS + "2024-04-22,08:30,25:00\n"));
    cases.add(
        HostileCase.of(F, Origin.guard(), "--stations 0")
            .input(ScheduleHostileIT::oneClass)
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.45",
                "--stations",
                "0"));
    cases.add(
        HostileCase.of(F, Origin.guard(), "--stations 2147483648")
            .input(ScheduleHostileIT::oneClass)
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.45",
                "--stations",
                "2147483648"));
    cases.add(
        HostileCase.of(F, Origin.why(9), "100,000 groups are parsed and planned within the timeout")
            .input(
                w -> {
                  try (BufferedWriter out = Files.newBufferedWriter(w.resolve("groups.csv"))) {
                    out.write(GROUPS);
                    for (int i = 0; i < 100_000; i++) {
                      out.write(
                          "g"
                              + i
                              + ",学院"
                              + (i % 20)
                              + ",2021级3年制,班"
                              + i
                              + ",5,老师"
                              + (i % 20)
                              + "\n");
                    }
                  }
                  StringBuilder windows = new StringBuilder(WINDOWS);
                  for (int d = 0; d < 100; d++) {
                    String day = java.time.LocalDate.of(2024, 3, 1).plusDays(d).toString();
                    windows
                        .append(day)
                        .append(",08:00,12:00\n")
                        .append(day)
                        .append(",14:00,18:00\n");
                  }
                  Files.writeString(w.resolve("windows.csv"), windows);
                })
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.45",
                "--stations",
                "4",
                "--format",
                "json")
            .exit(0, 1));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  private static HostileCase rate(Origin origin, String rate) {
    return HostileCase.of(F, origin, "--rate " + rate + " for one 42-student class")
        .input(ScheduleHostileIT::oneClass)
        .command(
            "schedule",
            "--groups",
            "groups.csv",
            "--windows",
            "windows.csv",
            "--rate",
            rate,
            "--out",
            "schedule.xlsx");
  }

  private static HostileCase plan(Origin origin, String name, String groups, String windows) {
    return HostileCase.of(F, origin, name)
        .input(
            w -> {
              Files.writeString(w.resolve("groups.csv"), groups);
              Files.writeString(w.resolve("windows.csv"), windows);
            })
        .command(
            "schedule",
            "--groups",
            "groups.csv",
            "--windows",
            "windows.csv",
            "--rate",
            "2.45",
            "--out",
            "schedule.xlsx",
            "--format",
            "json");
  }

  private static void oneClass(Path work) throws Exception {
    Files.writeString(work.resolve("groups.csv"), ONE_CLASS);
    Files.writeString(work.resolve("windows.csv"), ONE_WINDOW);
  }
}
