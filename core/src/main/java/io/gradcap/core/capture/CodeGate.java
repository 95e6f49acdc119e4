package io.gradcap.core.capture;

import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R11: each student holds a capture code from CHSI at least the lead time before the slot; no code,
 * no photo.
 */
public final class CodeGate {

  private CodeGate() {}

  /** The day a class's codes are due: its slot's date minus the lead. */
  public static LocalDate deadline(ClassSlot slot, CaptureSettings settings) {
    return slot.date().minusDays(settings.codeLeadDays());
  }

  /**
   * On {@code today}, the classes whose code deadline has come and whose slot has not, each with
   * its students who hold no code according to the host.
   */
  public static List<MissingCodes> missing(
      CapturePlan plan, CaptureCodes codes, LocalDate today, CaptureSettings settings) {
    List<MissingCodes> result = new ArrayList<>();
    for (ClassSlot slot : plan.slots()) {
      LocalDate deadline = deadline(slot, settings);
      if (today.isBefore(deadline) || today.isAfter(slot.date())) {
        continue;
      }
      Map<String, CaptureCodeStatus> statuses =
          codes.statuses(slot.queue().stream().map(StudentNumber::value).toList());
      List<StudentNumber> missing = new ArrayList<>();
      for (StudentNumber student : slot.queue()) {
        CaptureCodeStatus status = statuses.get(student.value());
        if (status == null || !status.held()) {
          missing.add(student);
        }
      }
      if (!missing.isEmpty()) {
        result.add(
            new MissingCodes(slot.college(), slot.classGroup(), slot.date(), deadline, missing));
      }
    }
    return result;
  }

  /** One warning per class with students lacking a code. */
  public static List<Finding> findings(List<MissingCodes> missing) {
    return missing.stream()
        .map(
            m ->
                Finding.of(
                    "R11.capture-code.missing",
                    Severity.WARNING,
                    m.classGroup(),
                    null,
                    Message.of(
                        Captures.BUNDLE,
                        "code.missing",
                        m.classGroup(),
                        m.missing().size(),
                        m.deadline().toString(),
                        m.slotDate().toString())))
        .toList();
  }
}
