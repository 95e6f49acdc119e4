package io.gradcap.examples.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.HandoverList;
import io.gradcap.core.print.CapturePrint;
import io.gradcap.core.print.ChangePrint;
import io.gradcap.core.print.PrintedSheet;
import io.gradcap.core.print.RecordCardPrint;
import io.gradcap.core.print.SignOffPrint;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.HandoverLine;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.examples.cli.Tables;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every printable document: written with the xlsx writer, read back with the xlsx reader, compared.
 */
class PrintRoundTripTest {

  private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

  @TempDir Path dir;

  /** What the sheet should read back as: titles, header, then each item's texts, in order. */
  private static List<List<String>> expected(PrintedSheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    sheet.layout().titleRows().forEach(t -> rows.add(List.of(t)));
    rows.add(sheet.layout().columns().stream().map(Column::header).toList());
    for (SheetRow row : sheet.rows()) {
      if (row instanceof SheetRow.Section s) {
        s.titles().forEach(t -> rows.add(List.of(t)));
      } else if (row instanceof SheetRow.Lines l) {
        l.lines().forEach(t -> rows.add(List.of(t)));
      } else if (row instanceof SheetRow.Values v) {
        List<String> texts =
            new ArrayList<>(v.values().stream().map(o -> o == null ? "" : o.toString()).toList());
        while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
          texts.remove(texts.size() - 1);
        }
        rows.add(texts);
      }
    }
    return rows;
  }

  private List<List<String>> roundTrip(PrintedSheet... sheets) {
    Path file = dir.resolve("printed-" + System.nanoTime() + ".xlsx");
    Tables.writeXlsx(file, List.of(sheets));
    List<List<String>> all = new ArrayList<>();
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(file.toString()))) {
      assertThat(reader.sheetNames())
          .containsExactlyElementsOf(List.of(sheets).stream().map(s -> s.layout().name()).toList());
      for (PrintedSheet sheet : sheets) {
        List<List<String>> read = new ArrayList<>();
        for (Row row : reader.rows(sheet.layout().name()).toList()) {
          List<String> texts = new ArrayList<>(row.texts());
          while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
            texts.remove(texts.size() - 1);
          }
          read.add(texts);
        }
        assertThat(read).containsExactlyElementsOf(expected(sheet));
        all.addAll(read);
      }
    }
    return all;
  }

  private static String id(String first17) {
    return first17 + IdNumber.checkCharacter(first17);
  }

  private static StudentRecord student(
      String number, String name, String id, String college, String classGroup) {
    return StudentRecord.builder()
        .set(RecordField.STUDENT_NUMBER, number)
        .set(RecordField.NAME, name)
        .set(RecordField.GENDER, "女")
        .set(RecordField.BIRTH_DATE, "2003-04-17")
        .set(RecordField.ID_NUMBER, id)
        .set(RecordField.ETHNICITY, "汉族")
        .set(RecordField.COLLEGE, college)
        .set(RecordField.CLASS_GROUP, classGroup)
        .set(RecordField.MAJOR, "软件技术")
        .set(RecordField.ENTRY_DATE, "2021-09-01")
        .set(RecordField.PROGRAM_YEARS, "3")
        .build();
  }

  @Test
  void sign_off_sheets_carry_one_class_a_page_the_deadline_and_the_full_id_numbers() {
    String a = id("46010220030417002");
    String b = id("46010220030418004");
    String c = id("46010220030419006");
    List<SignOffSheet> sheets =
        SignOffSheet.perClass(
            List.of(
                student("2021010102", "李四", b, "软件工程学院", "21软件1班"),
                student("2021010101", "张三", a, "软件工程学院", "21软件1班"),
                student("2021010201", "王五", c, "软件工程学院", "21软件2班")),
            ReturnDeadline.of(LocalDate.of(2024, 3, 29), 5));
    PrintedSheet printed = SignOffPrint.of(sheets, Locale.SIMPLIFIED_CHINESE);
    assertThat(printed.layout().breakBeforeSection()).isTrue();
    assertThat(printed.layout().footer().center()).contains("{page}", "{pages}");
    List<List<String>> read = roundTrip(printed);
    assertThat(read.get(2).get(0)).contains("软件工程学院", "21软件1班", "2024年3月29日", "第5周星期五");
    assertThat(read.get(3)).startsWith("1", "2021010101", "张三").contains(a);
    assertThat(read.get(4)).startsWith("2", "2021010102", "李四").contains(b);
    assertThat(read.stream().filter(r -> r.get(0).contains("21软件2班")).count()).isEqualTo(1);
    assertThat(read).anySatisfy(r -> assertThat(r.get(0)).contains("学院负责人签名"));
  }

  @Test
  void sign_off_sheets_in_english() {
    List<SignOffSheet> sheets =
        SignOffSheet.perClass(
            List.of(student("2021010101", "张三", id("46010220030417002"), "软件工程学院", "21软件1班")),
            ReturnDeadline.of(LocalDate.of(2024, 3, 29), 5));
    List<List<String>> read = roundTrip(SignOffPrint.of(sheets, Locale.ENGLISH));
    assertThat(read.get(1))
        .contains(
            "No.", "student number", "ID number", "Signature", "Wrong (write the correct value)");
    assertThat(read.get(2).get(0)).contains("29 March 2024", "Friday of teaching week 5");
  }

  private static CapturePlan plan() {
    List<CaptureGroup> groups = new ArrayList<>();
    String[][] spec = {{"net", "网络工程学院", "李旋飞"}, {"soft", "软件工程学院", "周庆标"}};
    for (int g = 0; g < spec.length; g++) {
      List<CaptureClass> classes = new ArrayList<>();
      for (int c = 1; c <= 2; c++) {
        List<StudentNumber> students = new ArrayList<>();
        for (int s = 30; s >= 1; s--) {
          students.add(StudentNumber.of(String.format("2021%02d%02d%02d", g + 1, c, s)));
        }
        classes.add(new CaptureClass("21" + spec[g][0] + c + "班", students));
      }
      groups.add(
          new CaptureGroup(
              spec[g][0], spec[g][1], spec[g][1], classes, List.of(spec[g][2]), false, null, ""));
    }
    CaptureProblem problem =
        CaptureProblem.of(
            groups,
            List.of(CaptureWindow.parse("2023-04-24 08:30–11:50")),
            List.of(new Station("教103", "教103", 1, Throughput.perMinute("2.5"))),
            Order.FIXED);
    return CapturePlanner.withoutTimetable().plan(problem);
  }

  @Test
  void
      the_schedule_in_attachment_1_layout_and_the_queues_in_student_number_order_without_id_numbers() {
    CapturePlan plan = plan();
    assertThat(plan.isComplete()).isTrue();
    PrintedSheet schedule = CapturePrint.schedule(plan, Locale.SIMPLIFIED_CHINESE);
    PrintedSheet queues = CapturePrint.queues(plan, Locale.SIMPLIFIED_CHINESE);
    List<List<String>> read = roundTrip(schedule, queues);
    assertThat(read.get(0)).containsExactly("毕业图像采集时间安排");
    assertThat(read.get(1)).containsExactly("日期", "时间", "学院（班级）", "人数", "学院负责人", "备注");
    assertThat(read.get(2)).startsWith("2023年4月24日").contains("网络工程学院", "60", "李旋飞");
    List<List<String>> queueRows =
        read.subList(read.indexOf(List.of("毕业图像采集到场与排队名单")), read.size());
    assertThat(queueRows.get(2).get(0)).contains("网络工程学院", "21net1班", "教103");
    assertThat(queueRows.get(3)).containsExactly("1", "2021010101");
    assertThat(queueRows.get(4)).containsExactly("2", "2021010102");
    assertThat(read).allSatisfy(r -> assertThat(r).noneMatch(t -> FULL_ID.matcher(t).find()));
  }

  @Test
  void the_record_card_register_and_handover_list() {
    Roster roster =
        Roster.of(
            List.of(
                new RosterEntry(StudentNumber.of("2021010102"), "李四", "软件工程学院", "21软件1班"),
                new RosterEntry(StudentNumber.of("2021010101"), "张三", "软件工程学院", "21软件1班"),
                new RosterEntry(StudentNumber.of("2021020101"), "王五", "动画学院", "21动画1班")));
    Actor clerk = new Actor("office-1", "陈老师", Role.OFFICE_STAFF, Set.of(), Set.of(), null);
    List<HandoverLine> lines =
        List.of(
            new HandoverLine(
                ClassRef.of("软件工程学院", "21软件1班"),
                2,
                StudentNumber.of("2021010101"),
                StudentNumber.of("2021010102"),
                0,
                clerk,
                LocalDate.of(2024, 4, 10)));
    List<List<String>> read =
        roundTrip(
            RecordCardPrint.register(roster, Locale.SIMPLIFIED_CHINESE),
            RecordCardPrint.handover(lines, Locale.SIMPLIFIED_CHINESE));
    int software = read.indexOf(List.of("软件工程学院 21软件1班"));
    assertThat(software).isPositive();
    assertThat(read.get(software + 1)).containsExactly("1", "2021010101", "张三");
    assertThat(read.get(software + 2)).containsExactly("2", "2021010102", "李四");
    assertThat(read)
        .contains(
            List.of("软件工程学院", "21软件1班", "2", "2021010101", "2021010102", "0", "陈老师", "2024年4月10日"));
  }

  @Test
  void the_change_request_handover_list_names_fields_and_evidence_but_no_id_number() {
    HandoverList list =
        new HandoverList(
            "软件工程学院",
            List.of(
                new HandoverList.Line(
                    "CR-1",
                    "21软件1班",
                    StudentNumber.of("2021010101"),
                    List.of(RecordField.NAME, RecordField.ID_NUMBER),
                    3,
                    4,
                    List.of(EvidenceKind.ID_CARD))),
            Map.of(RecordField.NAME, 1, RecordField.ID_NUMBER, 1),
            3,
            4);
    List<List<String>> read = roundTrip(ChangePrint.handover(list, Locale.SIMPLIFIED_CHINESE));
    assertThat(read.get(0)).containsExactly("软件工程学院 学籍信息更正申请移交清单");
    assertThat(read.get(2))
        .containsExactly("1", "CR-1", "21软件1班", "2021010101", "姓名、身份证号", "3", "4", "居民身份证");
    assertThat(read.get(3).get(0)).isEqualTo("共 1 条申请，材料 3 份 4 页");
    assertThat(read).allSatisfy(r -> assertThat(r).noneMatch(t -> FULL_ID.matcher(t).find()));
  }
}
