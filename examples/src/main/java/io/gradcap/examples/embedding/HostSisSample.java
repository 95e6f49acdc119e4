package io.gradcap.examples.embedding;

import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.record.IdNumber;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@link HostSisExample}'s host holds: its students, their capture codes, its timetable. */
final class HostSisSample {

  private HostSisSample() {}

  /** Every student holds a capture code but those whose number ends in 03. */
  static CaptureCodes codes() {
    return number ->
        number.endsWith("03")
            ? CaptureCodeStatus.missing(number)
            : CaptureCodeStatus.held(number, Instant.parse("2023-04-10T02:00:00Z"));
  }

  /** 21软件1班 has a lesson on the first capture morning. */
  static TeachingTimetable timetable() {
    return (classGroup, from, to) ->
        classGroup.equals("21软件1班")
            ? List.of(
                new Lesson(
                    classGroup,
                    LocalDate.of(2023, 4, 24),
                    LocalTime.of(8, 0),
                    LocalTime.of(9, 40),
                    "Java程序设计",
                    "王老师"))
            : List.of();
  }

  /** Two capture days of two sessions each. */
  static List<CaptureWindow> sessions() {
    List<CaptureWindow> sessions = new ArrayList<>();
    for (int d = 0; d < 2; d++) {
      LocalDate day = LocalDate.of(2023, 4, 24).plusDays(d);
      sessions.add(CaptureWindow.of(day, LocalTime.of(8, 10), LocalTime.of(11, 50)));
      sessions.add(CaptureWindow.of(day, LocalTime.of(14, 30), LocalTime.of(18, 0)));
    }
    return sessions;
  }

  /** Two classes of the host's students; one ID number has a wrong check character. */
  static List<HostSisExample.HostStudent> students() {
    List<HostSisExample.HostStudent> students = new ArrayList<>();
    String[] names = {"张三", "李四", "王五", "赵六", "阿依古丽·买买提", "陈小玉"};
    for (int c = 1; c <= 2; c++) {
      for (int i = 1; i <= names.length; i++) {
        String number = String.format(Locale.ROOT, "20210%d01%02d", c, i);
        boolean male = i % 2 == 1;
        String first17 = "46010520030" + i + "1" + c + "00" + (male ? "1" : "2");
        String id = first17 + IdNumber.checkCharacter(first17);
        if (c == 2 && i == 2) {
          id = first17 + (id.charAt(17) == '0' ? '1' : '0');
        }
        students.add(
            new HostSisExample.HostStudent(
                number,
                names[i - 1],
                male ? "男" : "女",
                id,
                i == 5 ? "维吾尔族" : "汉族",
                "软件工程学院",
                "21软件" + c + "班",
                2021,
                3));
      }
    }
    return students;
  }
}
