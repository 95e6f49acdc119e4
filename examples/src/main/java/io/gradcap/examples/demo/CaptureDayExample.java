package io.gradcap.examples.demo;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.capture.CaptureSettings;
import io.gradcap.core.capture.CaptureState;
import io.gradcap.core.capture.ClassFees;
import io.gradcap.core.capture.CodeGate;
import io.gradcap.core.capture.FeeReport;
import io.gradcap.core.capture.Session;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Capture days (R11–R14): the capture-code gate warns of classes with students still missing a
 * code; each class is photographed in its queue order, a few students are absent; one make-up slot
 * is opened and every absentee books it and is photographed; each class pays for its photographs on
 * site, one pays short, and the fee report says so.
 */
final class CaptureDayExample {

  private CaptureDayExample() {}

  static void run(
      DemoOutput out,
      DemoJournal journal,
      CapturePlan plan,
      List<StudentRecord> records,
      Actor office) {
    CaptureSettings settings = journal.rules().captureSettings();
    Actor centre = Actor.captureCentre("centre-01", out.campaign().capture().centre());
    CaptureCodes host = hostCodes(records);
    CodeGate.findings(CodeGate.missing(plan, host, LocalDate.of(2023, 4, 21), settings))
        .forEach(f -> out.line(f.describe(out.locale())));
    int absent = 0;
    for (ClassSlot slot : plan.slots()) {
      Instant when = slot.date().atTime(slot.startInclusive()).atZone(DemoOutput.CHINA).toInstant();
      List<CaptureCommand> session = new ArrayList<>();
      int i = 0;
      for (StudentNumber student : slot.queue()) {
        Subject subject = new Subject(slot.college(), slot.classGroup(), student);
        Instant at = when.plusSeconds(25L * ++i);
        if (i == 3 && slot.classGroup().hashCode() % 4 == 0) {
          absent++;
          session.add(new CaptureCommand.MarkAbsent(centre, at, subject));
        } else {
          session.add(CaptureCommand.Capture.collective(centre, at, subject, host));
        }
      }
      session.forEach(command -> capture(out, journal, command));
    }
    // Make-ups: one slot after the last capture day, every absentee booked and photographed.
    Instant slotAt = DemoOutput.at(LocalDate.of(2023, 5, 8), 14, 30);
    capture(
        out,
        journal,
        new CaptureCommand.OpenMakeUpSlot(
            office, DemoOutput.at(LocalDate.of(2023, 4, 27), 9, 0), "makeup-1", slotAt, 40));
    Map<String, StudentRecord> byNumber = new HashMap<>();
    records.forEach(r -> byNumber.put(r.subject(), r));
    List<StudentNumber> absentees = new ArrayList<>(journal.state().captures().makeUpList());
    absentees.sort(null);
    for (StudentNumber student : absentees) {
      Subject subject = journal.state().captures().subjects().get(student);
      Actor who = Actor.student(student, byNumber.get(student.value()).text(RecordField.NAME));
      Instant booked = DemoOutput.at(LocalDate.of(2023, 4, 28), 10, 0);
      capture(out, journal, new CaptureCommand.BookMakeUp(who, booked, subject, "makeup-1"));
      boolean held = host.status(student.value()).held();
      capture(
          out,
          journal,
          new CaptureCommand.Capture(
              centre, slotAt.plusSeconds(60), subject, Session.MAKE_UP, held, "makeup-1"));
    }
    // R13: each class pays for its photographs, make-ups included, in one payment to the centre.
    Instant paidAt = DemoOutput.at(LocalDate.of(2023, 5, 9), 10, 0);
    String shortPaying = plan.slots().get(4).classGroup();
    for (ClassSlot slot : plan.slots()) {
      CaptureState now = journal.state().captures();
      long photographs =
          slot.queue().stream()
              .filter(n -> now.collective().contains(n) || now.madeUp().contains(n))
              .count();
      // One class pays short, so the fee report has something to say.
      long fen =
          settings.feeFenPerPhoto()
              * (photographs - (slot.classGroup().equals(shortPaying) ? 1 : 0));
      capture(
          out,
          journal,
          new CaptureCommand.CollectFee(centre, paidAt, slot.college(), slot.classGroup(), fen));
    }
    CaptureState state = journal.state().captures();
    FeeReport report = FeeReport.of(state, plan, settings);
    long expected = report.colleges().stream().mapToLong(ClassFees::expectedFen).sum();
    long collected = report.colleges().stream().mapToLong(ClassFees::collectedFen).sum();
    out.say(
        "capture.summary",
        state.collective().size(),
        absent,
        state.madeUp().size(),
        yuan(expected),
        yuan(collected));
    report.findings().stream().limit(5).forEach(out::detail);
  }

  /** The host's capture codes (R11): every 97th student has none yet. */
  private static CaptureCodes hostCodes(List<StudentRecord> records) {
    List<String> numbers = records.stream().map(StudentRecord::subject).sorted().toList();
    Map<String, CaptureCodeStatus> codes = new HashMap<>();
    Instant obtained = DemoOutput.at(LocalDate.of(2023, 4, 10), 12, 0);
    for (int i = 0; i < numbers.size(); i++) {
      String n = numbers.get(i);
      codes.put(
          n, i % 97 == 5 ? CaptureCodeStatus.missing(n) : CaptureCodeStatus.held(n, obtained));
    }
    return number -> codes.getOrDefault(number, CaptureCodeStatus.missing(number));
  }

  /**
   * Decides and records one command. A refusal the campaign keeps (a student turned away at the
   * camera) is in the ledger; any other is printed.
   */
  private static void capture(DemoOutput out, DemoJournal journal, CaptureCommand command) {
    Decision<CaptureEvent> decision = journal.capture(command);
    if (decision.events().isEmpty()) {
      decision.refusal().ifPresent(f -> out.detail(f.message(out.locale())));
    }
  }

  private static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
  }
}
