package io.gradcap.examples.cli;

import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.finding.Message;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The capture groups and windows of {@code gradcap schedule}, read from two CSV files: {@code
 * group,college,cohort,class,headcount,responsible} (one row per class, several responsible persons
 * separated by {@code 、}) and {@code date,start,end} (ISO date, {@code HH:mm}). Only headcounts are
 * known, so each class's queue is numbered {@code <entry year><group><class><seat>}.
 *
 * @param groups the groups in the order of their first row
 * @param windows the capture windows in file order
 * @param problems what could not be read, each naming its cell; empty when usable
 */
public record ScheduleInput(
    List<CaptureGroup> groups, List<CaptureWindow> windows, List<String> problems) {

  static final List<String> GROUP_HEADER =
      List.of("group", "college", "cohort", "class", "headcount", "responsible");
  static final List<String> WINDOW_HEADER = List.of("date", "start", "end");

  /** The span allowed for capture dates: this century. */
  static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

  /** The most students a class may have in this file; below the library's own limit. */
  static final int MAX_HEADCOUNT = 999;

  /** The library's capture bundle, which holds the messages about capture input. */
  static final String BUNDLE = "io.gradcap.core.capture.messages";

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

  /**
   * Reads both files, with problems in Chinese; never throws on bad content, which becomes {@link
   * #problems()}.
   */
  public static ScheduleInput read(Path groupsCsv, Path windowsCsv) {
    return read(groupsCsv, windowsCsv, Message.DEFAULT_LOCALE);
  }

  /**
   * Reads both files in one pass each (linear in their size); never throws on bad content, which
   * becomes {@link #problems()}, each naming its cell ({@code groups.csv!groups!E12}: file, line
   * 12, column E) in the locale's language.
   */
  public static ScheduleInput read(Path groupsCsv, Path windowsCsv, Locale locale) {
    Problems problems = new Problems(locale);
    Groups groups = new Groups(problems);
    lines(groupsCsv, GROUP_HEADER, problems, groups::add);
    List<Line> windowLines = new ArrayList<>();
    lines(windowsCsv, WINDOW_HEADER, problems, windowLines::add);
    return new ScheduleInput(groups.groups(), windows(windowLines, problems), problems.texts);
  }

  /**
   * One data row: the reference of its first cell and its values, stripped, one per header column.
   */
  private record Line(CellRef ref, List<String> values) {

    String value(int column) {
      return values.get(column);
    }

    /** The cell of a column, as people point at it. */
    String at(int column) {
      return ref.at(ref.row(), column).toString();
    }
  }

  /** The problems found so far, each rendered in the reader's language. */
  private static final class Problems {
    private final Locale locale;
    private final List<String> texts = new ArrayList<>();

    Problems(Locale locale) {
      this.locale = locale;
    }

    void add(String key, Object... args) {
      texts.add(Message.of(BUNDLE, key, args).format(locale));
    }

    void add(String text) {
      texts.add(text);
    }

    int size() {
      return texts.size();
    }
  }

  private static List<CaptureWindow> windows(List<Line> lines, Problems problems) {
    List<CaptureWindow> windows = new ArrayList<>();
    for (Line line : lines) {
      LocalDate date = date(line, 0, problems);
      LocalTime start = time(line, 1, problems);
      LocalTime end = time(line, 2, problems);
      if (date == null || start == null || end == null) {
        continue;
      }
      if (!start.isBefore(end)) {
        problems.add("input.window-order", line.at(2), start.toString(), end.toString());
        continue;
      }
      windows.add(CaptureWindow.of(date, start, end));
    }
    return windows;
  }

  private static @Nullable LocalDate date(Line line, int column, Problems problems) {
    String text = line.value(column);
    try {
      LocalDate date = LocalDate.parse(text);
      if (!date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE)) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add("input.date", line.at(column), text, FIRST_DATE.toString(), LAST_DATE.toString());
    return null;
  }

  private static @Nullable LocalTime time(Line line, int column, Problems problems) {
    String text = line.value(column);
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      problems.add("input.time", line.at(column), text);
      return null;
    }
  }

  /** A group while its rows are read: its 1-based position by first row numbers its students. */
  private record Pending(
      int position,
      String id,
      String college,
      String note,
      List<CaptureClass> classes,
      Set<String> responsible) {}

  /** The groups file read row by row, so that no row is kept once its class is made. */
  private static final class Groups {
    /** Several responsible persons in one cell are separated by any of these. */
    private static final Pattern PERSON_SEPARATOR = Pattern.compile("[、,，;；]");

    private final Problems problems;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** Where each class name was first seen, for the duplicate's message. */
    private final Map<String, CellRef> classAt = new HashMap<>();

    Groups(Problems problems) {
      this.problems = problems;
    }

    void add(Line line) {
      String id = line.value(0);
      String college = line.value(1);
      String cohort = line.value(2);
      String className = line.value(3);
      if (id.isEmpty() || college.isEmpty() || className.isEmpty()) {
        int column = id.isEmpty() ? 0 : college.isEmpty() ? 1 : 3;
        problems.add("input.required", line.at(column), GROUP_HEADER.get(column));
        return;
      }
      int headcount = headcount(line, problems);
      if (headcount < 0) {
        return;
      }
      CellRef seen = classAt.putIfAbsent(className, line.ref().at(line.ref().row(), 3));
      if (seen != null) {
        problems.add("input.duplicate-class", line.at(3), className, seen.toString());
        return;
      }
      List<String> responsible = new ArrayList<>(1);
      for (String person : PERSON_SEPARATOR.split(line.value(5))) {
        if (!person.isBlank()) {
          responsible.add(person.strip());
        }
      }
      if (responsible.isEmpty()) {
        problems.add("input.responsible", line.at(5));
        return;
      }
      String note = cohort.contains("5年制") || cohort.contains("五年制") ? "五年制" : "";
      Pending group =
          pending.computeIfAbsent(
              id,
              k ->
                  new Pending(
                      pending.size() + 1,
                      id,
                      college,
                      note,
                      new ArrayList<>(),
                      new LinkedHashSet<>()));
      group.responsible().addAll(responsible);
      String year =
          cohort.length() >= 4 && cohort.substring(0, 4).chars().allMatch(Character::isDigit)
              ? cohort.substring(0, 4)
              : "0000";
      group
          .classes()
          .add(
              CaptureClass.consecutive(
                  className,
                  firstNumber(year, group.position(), group.classes().size() + 1),
                  headcount));
    }

    List<CaptureGroup> groups() {
      return pending.values().stream()
          .map(
              p ->
                  new CaptureGroup(
                      p.id(),
                      p.college(),
                      p.college(),
                      p.classes(),
                      List.copyOf(p.responsible()),
                      false,
                      null,
                      p.note()))
          .toList();
    }
  }

  /**
   * The headcount of column E, or -1 after reporting it when it is not 1 to {@link #MAX_HEADCOUNT}.
   */
  private static int headcount(Line line, Problems problems) {
    String text = line.value(4);
    try {
      int headcount = Integer.parseInt(text);
      if (headcount >= 1 && headcount <= MAX_HEADCOUNT) {
        return headcount;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("input.headcount", line.at(4), text, MAX_HEADCOUNT);
    return -1;
  }

  /**
   * The first of a class's students, numbered {@code <year><group, 2+ digits><class, 2+
   * digits><seat, 3 digits>} from seat 001.
   */
  private static StudentNumber firstNumber(String year, int group, int index) {
    StringBuilder number = new StringBuilder(16).append(year);
    pad(number, group, 2);
    pad(number, index, 2);
    pad(number, 1, 3);
    return StudentNumber.of(number.toString());
  }

  /** Appends {@code value} zero-padded to {@code width}, as {@code %0<width>d} does. */
  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  /** Hands each data row to {@code each}, checking the header. */
  private static void lines(
      Path file, List<String> header, Problems problems, Consumer<Line> each) {
    int before = problems.size();
    boolean any = false;
    try (TableReader reader = Tables.open(file);
        Stream<Row> stream = reader.rows()) {
      boolean first = true;
      for (Row row : (Iterable<Row>) stream::iterator) {
        if (row.isBlank()) {
          continue;
        }
        List<String> texts = row.texts();
        if (first) {
          first = false;
          List<String> names =
              texts.stream()
                  .map(t -> t.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                  .toList();
          if (!names.subList(0, Math.min(names.size(), header.size())).equals(header)) {
            problems.add("input.header", row.ref().toString(), String.join(",", header));
            return;
          }
          continue;
        }
        List<String> values = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
          values.add(c < texts.size() ? texts.get(c).strip() : "");
        }
        any = true;
        each.accept(new Line(row.ref(), values));
      }
    } catch (io.gradcap.spi.PortException e) {
      problems.add(String.valueOf(e.getMessage()));
    }
    if (!any && problems.size() == before) {
      problems.add("input.no-rows", file.toString());
    }
  }
}
