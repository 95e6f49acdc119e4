package io.gradcap.examples.cli;

import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The capture groups and windows of {@code gradcap schedule}, read from two CSV files:
 * {@code group,college,cohort,class,headcount,responsible} (one row per class, several responsible
 * persons separated by {@code 、}) and {@code date,start,end} (ISO date, {@code HH:mm}). Only
 * headcounts are known, so each class's queue is numbered {@code <entry year><group><class><seat>}.
 *
 * @param groups the groups in the order of their first row
 * @param windows the capture windows in file order
 * @param problems what could not be read, each naming its cell; empty when usable
 */
public record ScheduleInput(List<CaptureGroup> groups, List<CaptureWindow> windows, List<String> problems) {

  static final List<String> GROUP_HEADER = List.of("group", "college", "cohort", "class", "headcount", "responsible");
  static final List<String> WINDOW_HEADER = List.of("date", "start", "end");

  public ScheduleInput {
    groups = List.copyOf(groups);
    windows = List.copyOf(windows);
    problems = List.copyOf(problems);
  }

  public boolean isUsable() {
    return problems.isEmpty() && !groups.isEmpty() && !windows.isEmpty();
  }

  /**
   * The planning problem: {@code stations} stations named after {@code place} (numbered when
   * several), one camera each at {@code rate}, free order, a 5-minute arrival lead.
   */
  public CaptureProblem problem(Throughput rate, int stations, String place) {
    List<Station> list = new ArrayList<>();
    for (int i = 1; i <= stations; i++) {
      String name = stations == 1 ? place : place + "-" + i;
      list.add(new Station(name, place, 1, rate));
    }
    return CaptureProblem.of(groups, windows, list, Order.FREE);
  }

  /** Reads both files; never throws on bad content, which becomes {@link #problems()}. */
  public static ScheduleInput read(Path groupsCsv, Path windowsCsv) {
    List<String> problems = new ArrayList<>();
    List<List<String>> groupRows = rows(groupsCsv, GROUP_HEADER, problems);
    List<List<String>> windowRows = rows(windowsCsv, WINDOW_HEADER, problems);
    List<CaptureWindow> windows = new ArrayList<>();
    for (List<String> r : windowRows) {
      try {
        windows.add(CaptureWindow.of(LocalDate.parse(r.get(1)), LocalTime.parse(r.get(2)), LocalTime.parse(r.get(3))));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        problems.add(r.get(0) + ": " + e.getMessage());
      }
    }
    return new ScheduleInput(groups(groupRows, problems), windows, problems);
  }

  private record Pending(String id, String college, String note, List<CaptureClass> classes, Set<String> responsible) {}

  private static List<CaptureGroup> groups(List<List<String>> rows, List<String> problems) {
    Map<String, Pending> pending = new LinkedHashMap<>();
    Set<String> classNames = new LinkedHashSet<>();
    for (List<String> r : rows) {
      String where = r.get(0);
      String id = r.get(1);
      String college = r.get(2);
      String cohort = r.get(3);
      String className = r.get(4);
      int headcount;
      try {
        headcount = Integer.parseInt(r.get(5));
      } catch (NumberFormatException e) {
        problems.add(where + ": headcount " + r.get(5));
        continue;
      }
      if (id.isEmpty() || college.isEmpty() || className.isEmpty() || headcount < 1 || headcount > 999
          || !classNames.add(className)) {
        problems.add(where + ": group, college, a unique class and a headcount of 1–999 are required");
        continue;
      }
      List<String> responsible = Arrays.stream(r.get(6).split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      if (responsible.isEmpty()) {
        problems.add(where + ": no responsible person");
        continue;
      }
      String note = cohort.contains("5年制") || cohort.contains("五年制") ? "五年制" : "";
      Pending group = pending.computeIfAbsent(id, k -> new Pending(id, college, note, new ArrayList<>(), new LinkedHashSet<>()));
      group.responsible().addAll(responsible);
      String year = cohort.length() >= 4 && cohort.substring(0, 4).chars().allMatch(Character::isDigit) ? cohort.substring(0, 4) : "0000";
      int groupIndex = new ArrayList<>(pending.keySet()).indexOf(id) + 1;
      int classIndex = group.classes().size() + 1;
      List<StudentNumber> students = new ArrayList<>();
      for (int s = 1; s <= headcount; s++) {
        students.add(StudentNumber.of(String.format(Locale.ROOT, "%s%02d%02d%03d", year, groupIndex, classIndex, s)));
      }
      group.classes().add(new CaptureClass(className, students));
    }
    return pending.values().stream()
        .map(p -> new CaptureGroup(p.id(), p.college(), p.college(), p.classes(), List.copyOf(p.responsible()), false, null,
            p.note()))
        .toList();
  }

  /** The data rows as {@code [location, column values...]}, checking the header. */
  private static List<List<String>> rows(Path file, List<String> header, List<String> problems) {
    List<List<String>> rows = new ArrayList<>();
    try (TableReader reader = Tables.open(file); Stream<Row> stream = reader.rows()) {
      boolean first = true;
      for (Row row : (Iterable<Row>) stream::iterator) {
        if (row.isBlank()) {
          continue;
        }
        List<String> texts = row.texts().stream().map(String::strip).toList();
        if (first) {
          first = false;
          List<String> names = texts.stream().map(t -> t.replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
          if (!names.subList(0, Math.min(names.size(), header.size())).equals(header)) {
            problems.add(row.ref() + ": the header must be " + String.join(",", header));
            return rows;
          }
          continue;
        }
        List<String> values = new ArrayList<>();
        values.add(row.ref().toString());
        for (int c = 0; c < header.size(); c++) {
          values.add(c < texts.size() ? texts.get(c) : "");
        }
        rows.add(values);
      }
    } catch (io.gradcap.spi.PortException e) {
      problems.add(e.getMessage());
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": no rows");
    }
    return rows;
  }
}
