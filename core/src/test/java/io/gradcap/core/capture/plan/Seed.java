package io.gradcap.core.capture.plan;

import io.gradcap.core.record.StudentNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's capture campaign: the groups, windows and responsible persons of the notice's
 * Attachment 1 (dated 2023, the year its weekdays hold), each group's headcount split
 * deterministically into plausible classes of 30–60 students.
 */
final class Seed {

  private Seed() {}

  record Row(
      String date,
      String start,
      String end,
      String id,
      String name,
      int headcount,
      List<String> responsible,
      String note,
      String cohortYear) {}

  static final List<Row> ATTACHMENT_1 =
      List.of(
          new Row(
              "2023-04-24", "08:30", "09:10", "intl", "国际教育与旅游学院", 78, List.of("林虹"), "", "2021"),
          new Row(
              "2023-04-24", "09:10", "11:50", "edu", "教育与艺术学院", 397, List.of("何书艺"), "", "2021"),
          new Row("2023-04-24", "14:30", "18:00", "net", "网络工程学院", 558, List.of("李旋飞"), "", "2021"),
          new Row("2023-04-25", "08:10", "11:50", "anim", "动画学院", 530, List.of("叶宏代"), "", "2021"),
          new Row(
              "2023-04-25", "14:30", "15:30", "net5", "网络工程学院", 125, List.of("李旋飞"), "五年制", "2019"),
          new Row(
              "2023-04-25", "15:30", "18:00", "econ", "经济管理学院", 464, List.of("刘小玉"), "", "2021"),
          new Row(
              "2023-04-26", "08:10", "11:50", "soft", "软件工程学院", 551, List.of("周庆标"), "", "2021"),
          new Row(
              "2023-04-26", "14:30", "15:40", "mech", "机电工程学院", 160, List.of("周宝富"), "", "2021"),
          new Row(
              "2023-04-26",
              "15:40",
              "18:00",
              "joint",
              "联办本科班",
              247,
              List.of("周庆标", "陈雪利", "张卫国", "刘小玉"),
              "",
              "2022"));

  /**
   * The three capture days' sessions; the 24th's morning starts at 08:30 as published: 1,270
   * minutes.
   */
  static final List<CaptureWindow> SESSIONS =
      List.of(
          CaptureWindow.parse("2023-04-24 08:30–11:50"),
          CaptureWindow.parse("2023-04-24 14:30–18:00"),
          CaptureWindow.parse("2023-04-25 08:10–11:50"),
          CaptureWindow.parse("2023-04-25 14:30–18:00"),
          CaptureWindow.parse("2023-04-26 08:10–11:50"),
          CaptureWindow.parse("2023-04-26 14:30–18:00"));

  /** The published average: 3,110 students in 1,270 minutes. */
  static final Throughput PUBLISHED_RATE = Throughput.perMinute("2.45");

  static Station room(Throughput rate) {
    return new Station("教103", "教103", 1, rate);
  }

  /** Splits a headcount into classes of 30–60 students, the same way every time. */
  static List<Integer> classSizes(int headcount) {
    int k = Math.max(1, (int) Math.round(headcount / 45.0));
    while (headcount > 60 * k) {
      k++;
    }
    while (k > 1 && headcount < 30 * k) {
      k--;
    }
    int[] sizes = new int[k];
    for (int i = 0; i < k; i++) {
      sizes[i] = headcount / k + (i < headcount % k ? 1 : 0);
    }
    for (int i = 0; i + 1 < k; i += 2) {
      int d = (i * 7 + headcount) % 11 - 5;
      d = Math.max(d, Math.max(30 - sizes[i], sizes[i + 1] - 60));
      d = Math.min(d, Math.min(60 - sizes[i], sizes[i + 1] - 30));
      sizes[i] += d;
      sizes[i + 1] -= d;
    }
    List<Integer> result = new ArrayList<>();
    for (int s : sizes) {
      result.add(s);
    }
    return result;
  }

  static CaptureGroup group(int index, Row row) {
    List<CaptureClass> classes = new ArrayList<>();
    List<Integer> sizes = classSizes(row.headcount());
    for (int c = 0; c < sizes.size(); c++) {
      List<StudentNumber> students = new ArrayList<>();
      for (int s = sizes.get(c); s >= 1; s--) {
        students.add(
            StudentNumber.of(
                String.format("%s%02d%02d%02d", row.cohortYear(), index + 1, c + 1, s)));
      }
      classes.add(new CaptureClass(row.id() + "-" + (c + 1), students));
    }
    return new CaptureGroup(
        row.id(), row.name(), row.name(), classes, row.responsible(), false, null, row.note());
  }

  static List<CaptureGroup> groups() {
    List<CaptureGroup> groups = new ArrayList<>();
    for (int i = 0; i < ATTACHMENT_1.size(); i++) {
      groups.add(group(i, ATTACHMENT_1.get(i)));
    }
    return groups;
  }

  static CaptureProblem problem(Order order, Throughput rate) {
    return CaptureProblem.of(groups(), SESSIONS, List.of(room(rate)), order);
  }

  /** Attachment 1 as schedule rows. */
  static List<ScheduleRow> published() {
    return ATTACHMENT_1.stream()
        .map(
            r ->
                new ScheduleRow(
                    LocalDate.parse(r.date()),
                    LocalTime.parse(r.start()),
                    LocalTime.parse(r.end()),
                    "教103",
                    r.id(),
                    r.name(),
                    r.headcount(),
                    r.responsible(),
                    r.note()))
        .toList();
  }
}
