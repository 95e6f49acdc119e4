package io.gradcap.examples.demo;

import io.gradcap.adapters.jdbc.JdbcEvidenceVault;
import io.gradcap.core.access.Actor;
import io.gradcap.core.image.DisputeEvidenceKind;
import io.gradcap.core.image.EvidenceRef;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageState;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Image confirmation (R16–R18): the centre marks each student captured and uploads the photo; the
 * student confirms it, and a confirmed image is final. One student disputes the photo: the
 * counsellor registers the dispute, the office resolves it with an ID copy from the evidence vault,
 * and the retake is confirmed. A few students have not confirmed yet.
 */
final class ImageConfirmationExample {

  private static final long DAY = 86_400;

  private ImageConfirmationExample() {}

  static void run(
      DemoOutput out,
      DemoJournal journal,
      List<StudentRecord> records,
      JdbcEvidenceVault vault,
      Actor office) {
    String centreName = out.campaign().capture().centre();
    Actor centre = Actor.captureCentre("centre-01", centreName);
    StudentNumber disputed = records.get(250).studentNumber().orElseThrow();
    int unconfirmed = 0;
    String classGroup = "";
    int i = 0;
    for (StudentRecord r : records.stream().sorted(byClass(records)).toList()) {
      i = r.classGroup().equals(classGroup) ? i + 1 : 1;
      classGroup = r.classGroup();
      StudentNumber number = r.studentNumber().orElseThrow();
      Actor student = Actor.student(number, r.text(RecordField.NAME));
      Instant t0 = DemoOutput.at(LocalDate.of(2023, 6, 5), 9, 0).plusSeconds(i * 60L);
      Sha256 photo = hash("photo " + number.value());
      List<ImageCommand> commands = new ArrayList<>();
      commands.add(new ImageCommand.MarkCaptured(number, centre, t0, centreName));
      commands.add(new ImageCommand.Upload(number, centre, t0.plusSeconds(DAY), centreName, photo));
      if (number.equals(disputed)) {
        Actor counsellor = Actor.counsellor("c-" + classGroup, "班主任", Set.of(classGroup));
        byte[] copy =
            ("%PDF-1.4\n% ID card copy of " + number.value() + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        EvidenceEntry entry =
            vault.put(
                copy,
                new EvidenceMetadata(
                    "id-copy",
                    "id-copy.pdf",
                    "application/pdf",
                    1,
                    office.id(),
                    t0.plusSeconds(3 * DAY)));
        EvidenceRef idCopy = EvidenceRef.of(DisputeEvidenceKind.ID_COPY, entry.sha256());
        Sha256 retake = hash("retake " + number.value());
        commands.add(
            new ImageCommand.Dispute(number, student, t0.plusSeconds(2 * DAY), "照片与本人不符（眼镜反光）"));
        commands.add(
            new ImageCommand.RegisterDispute(
                number, counsellor, t0.plusSeconds(2 * DAY + 600), "已登记，申请重拍"));
        commands.add(
            new ImageCommand.ResolveDispute(
                number, office, t0.plusSeconds(3 * DAY), "同意重拍", List.of(idCopy)));
        commands.add(
            new ImageCommand.MarkCaptured(number, centre, t0.plusSeconds(5 * DAY), centreName));
        commands.add(
            new ImageCommand.Upload(number, centre, t0.plusSeconds(6 * DAY), centreName, retake));
        commands.add(new ImageCommand.Confirm(number, student, t0.plusSeconds(7 * DAY), retake));
      } else if (i % 40 != 7) {
        commands.add(new ImageCommand.Confirm(number, student, t0.plusSeconds(2 * DAY), photo));
      } else {
        unconfirmed++;
      }
      for (ImageCommand command : commands) {
        journal.image(command).refusal().ifPresent(out::refused);
      }
      if (number.equals(disputed)) {
        out.say("images.disputed", number, journal.state().images().get(number).status());
      }
    }
    out.refusals();
    long confirmed =
        journal.state().images().values().stream().filter(ImageState::isConfirmed).count();
    out.say("images.summary", confirmed, unconfirmed);
  }

  /** The records class by class, in the order each class first appears, each class in its order. */
  private static Comparator<StudentRecord> byClass(List<StudentRecord> records) {
    Map<String, Integer> first = new HashMap<>();
    records.forEach(r -> first.putIfAbsent(r.classGroup(), first.size()));
    return Comparator.comparing(r -> first.get(r.classGroup()));
  }

  private static Sha256 hash(String text) {
    return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
  }
}
