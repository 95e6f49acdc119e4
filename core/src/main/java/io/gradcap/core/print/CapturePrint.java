package io.gradcap.core.print;

import static io.gradcap.core.print.Texts.text;

import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.capture.plan.ScheduleRow;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.PageSetup;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The capture schedule in the shape of the notice's Attachment 1 (date, time, college, headcount,
 * responsible persons, note; a place column only when several stations work at once) and the
 * per-class arrival and queue lists (R14: student-number order). Neither carries ID numbers.
 */
public final class CapturePrint {

  private CapturePrint() {}

  /** The published schedule, one row per group (or part of a split group), in time order. */
  public static PrintedSheet schedule(List<ScheduleRow> schedule, Locale locale) {
    boolean stations = schedule.stream().map(ScheduleRow::station).distinct().count() > 1;
    List<Column> columns = new ArrayList<>();
    columns.add(Column.of(text(locale, "schedule.date"), 16));
    columns.add(Column.of(text(locale, "schedule.time"), 14));
    if (stations) {
      columns.add(Column.of(text(locale, "schedule.station"), 12));
    }
    columns.add(Column.of(text(locale, "schedule.group"), 28));
    columns.add(Column.of(text(locale, "schedule.headcount"), 8));
    columns.add(Column.of(text(locale, "schedule.responsible"), 24));
    columns.add(Column.of(text(locale, "schedule.note"), 12));
    SheetLayout layout =
        SheetLayout.of(text(locale, "schedule.sheet"), columns)
            .withTitleRows(text(locale, "schedule.title"))
            .withPage(PageSetup.A4_PORTRAIT)
            .withFooter(Texts.footer(locale, ""));
    List<SheetRow> rows = new ArrayList<>();
    List<ScheduleRow> sorted =
        schedule.stream()
            .sorted(
                Comparator.comparing(ScheduleRow::date)
                    .thenComparing(ScheduleRow::startInclusive)
                    .thenComparing(ScheduleRow::station))
            .toList();
    for (ScheduleRow row : sorted) {
      List<Object> values = new ArrayList<>();
      values.add(Texts.date(row.date(), locale));
      values.add(row.startInclusive() + "–" + row.endExclusive());
      if (stations) {
        values.add(row.station());
      }
      values.add(row.group());
      values.add(row.headcount());
      values.add(String.join("、", row.responsible()));
      values.add(row.note());
      rows.add(new SheetRow.Values(values));
    }
    rows.add(
        SheetRow.lines(
            text(
                locale, "schedule.total", sorted.stream().mapToInt(ScheduleRow::headcount).sum())));
    return new PrintedSheet(layout, rows);
  }

  /** The plan's schedule. */
  public static PrintedSheet schedule(CapturePlan plan, Locale locale) {
    return schedule(plan.schedule(), locale);
  }

  /**
   * One page per class, in time order: when it arrives, when and where it is photographed, and its
   * queue in student-number order with columns to tick arrival and capture.
   */
  public static PrintedSheet queues(CapturePlan plan, Locale locale) {
    List<Column> columns =
        List.of(
            Column.of(text(locale, "queue.number"), 8),
            Column.of(text(locale, "queue.student"), 20),
            Column.of(text(locale, "queue.arrived"), 14),
            Column.of(text(locale, "queue.photographed"), 14));
    SheetLayout layout =
        SheetLayout.of(text(locale, "queue.sheet"), columns)
            .withTitleRows(text(locale, "queue.title"))
            .withFooter(Texts.footer(locale, ""))
            .withPageBreakPerSection();
    List<SheetRow> rows = new ArrayList<>();
    List<ClassSlot> slots =
        plan.slots().stream()
            .sorted(
                Comparator.comparing(ClassSlot::date)
                    .thenComparing(ClassSlot::startInclusive)
                    .thenComparing(ClassSlot::station))
            .toList();
    for (ClassSlot slot : slots) {
      String place =
          slot.room().equals(slot.station())
              ? slot.station()
              : slot.station() + "（" + slot.room() + "）";
      rows.add(
          SheetRow.section(
              text(
                  locale,
                  "queue.section",
                  slot.college(),
                  slot.classGroup(),
                  Texts.date(slot.date(), locale),
                  slot.arrival().toString(),
                  slot.startInclusive().toString(),
                  slot.endExclusive().toString(),
                  place)));
      int n = 0;
      for (StudentNumber student : slot.queue()) {
        rows.add(SheetRow.values(++n, student.toString(), null, null));
      }
      rows.add(SheetRow.lines(text(locale, "queue.signatures")));
    }
    return new PrintedSheet(layout, rows);
  }
}
