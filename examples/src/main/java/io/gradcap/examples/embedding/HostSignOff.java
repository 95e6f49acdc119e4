package io.gradcap.examples.embedding;

import io.gradcap.core.access.Actor;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.examples.demo.DemoJournal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link HostSisExample}'s sign-off sheets as the host's counsellors bring them back. */
final class HostSignOff {

  private HostSignOff() {}

  /**
   * The sheets as they come back: a student whose ID number failed verification reports the number
   * the ID card shows, which routes it to a change request (R3); everyone signs (R5).
   */
  static void record(
      DemoJournal decisions,
      List<SignOffSheet> sheets,
      List<StudentRecord> records,
      VerificationReport report,
      Instant at) {
    Map<String, StudentRecord> byNumber = new HashMap<>();
    records.forEach(r -> byNumber.put(r.subject(), r));
    Set<String> wrongId = new HashSet<>();
    report.blocking().stream()
        .filter(f -> f.rule().startsWith("R6.id"))
        .forEach(f -> wrongId.add(f.subject()));
    int row = 0;
    for (SignOffSheet sheet : sheets) {
      Actor counsellor =
          Actor.counsellor("c-" + sheet.classGroup(), "班主任", Set.of(sheet.classGroup()));
      for (StudentNumber student : sheet.students()) {
        Instant when = at.plusSeconds(60L * ++row);
        if (wrongId.contains(student.value())) {
          String first17 =
              byNumber.get(student.value()).text(RecordField.ID_NUMBER).substring(0, 17);
          decisions.signOff(
              new SignOffCommand.ReportWrong(
                  student,
                  RecordField.ID_NUMBER,
                  first17 + IdNumber.checkCharacter(first17),
                  counsellor,
                  when));
        }
        decisions.signOff(new SignOffCommand.Sign(student, counsellor, when.plusSeconds(30)));
      }
    }
  }
}
