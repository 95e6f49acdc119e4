package io.gradcap.examples.demo;

import io.gradcap.adapters.jdbc.JdbcEvidenceVault;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceRequirement;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.spi.evidence.EvidenceEntry;
import io.gradcap.spi.evidence.EvidenceMetadata;
import io.gradcap.spi.evidence.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Change requests with evidence (R3): each critical field the sign-off routed is opened as a
 * request, its evidence (scans standing in as small PDFs) stored in the evidence vault by content
 * hash and attached, originals checked by whom the catalogue names, then submitted, collected by
 * the college, received and reviewed by the office and applied. One name "correction" the household
 * register does not support is rejected; one request is refused when opened, with its reason.
 */
final class ChangeRequestExample {

  private record Opened(Subject subject, FieldChange change, boolean reject) {}

  private ChangeRequestExample() {}

  static void run(
      DemoOutput out,
      DemoJournal journal,
      List<StudentRecord> records,
      JdbcEvidenceVault vault,
      Actor office) {
    Map<String, StudentRecord> byNumber = new HashMap<>();
    records.forEach(r -> byNumber.putIfAbsent(r.subject(), r));
    List<Opened> opened = new ArrayList<>();
    for (SignOffState state : journal.state().signOffs().values()) {
      for (var outcome : state.outcomes().values()) {
        for (var request : outcome.changeRequests()) {
          opened.add(
              new Opened(
                  new Subject(
                      state.sheet().college(), state.sheet().classGroup(), outcome.student()),
                  FieldChange.of(request.field(), request.currentValue(), request.proposedValue()),
                  false));
        }
      }
    }
    // One request the office turns down: a name "correction" the household register does not
    // support.
    StudentRecord other = records.get(99);
    opened.add(
        new Opened(
            new Subject(other.college(), other.classGroup(), other.studentNumber().orElseThrow()),
            FieldChange.of(
                RecordField.NAME, other.text(RecordField.NAME), other.text(RecordField.NAME) + "儿"),
            true));
    Instant t0 = DemoOutput.at(LocalDate.of(2023, 4, 17), 9, 0);
    int n = 0;
    for (Opened o : opened) {
      StudentNumber number = o.subject().student();
      String id = "cr-" + number.value() + "-" + o.change().field().key();
      String field = o.change().field().label(out.locale());
      List<EvidenceRequirement> needed =
          new ArrayList<>(journal.rules().changes().catalogue().everyRequest());
      needed.addAll(journal.rules().changes().catalogue().forField(o.change().field()));
      Instant at = t0.plusSeconds(600L * ++n);
      // A request the journal holds already (an earlier run) is not opened again.
      if (journal.state().changes().request(id).isEmpty()) {
        StudentRecord r = byNumber.get(number.value());
        List<ChangeCommand> commands = commands(id, o, r, needed, at, vault, office);
        for (ChangeCommand command : commands) {
          Decision<ChangeEvent> decision = journal.change(command);
          if (decision instanceof Decision.Refused<ChangeEvent> refused) {
            String why = refused.describe(out.locale());
            out.say("change.refused", number, field, why.replace("\n", "\n    "));
            break;
          }
        }
      }
      journal
          .state()
          .changes()
          .request(id)
          .ifPresent(
              request -> out.say("change.status", number, field, request.status(), needed.size()));
    }
  }

  /** A request's whole way: opened, evidence attached and checked, submitted, decided. */
  private static List<ChangeCommand> commands(
      String id,
      Opened o,
      StudentRecord r,
      List<EvidenceRequirement> needed,
      Instant at,
      JdbcEvidenceVault vault,
      Actor office) {
    String classGroup = o.subject().classGroup();
    String college = o.subject().college();
    Actor student = Actor.student(o.subject().student(), r.text(RecordField.NAME));
    Actor counsellor = Actor.counsellor("c-" + classGroup, "班主任", Set.of(classGroup));
    Actor responsible = Actor.collegeResponsible("r-" + college, "学院负责人", Set.of(college));
    StudentFacts facts =
        new StudentFacts(
            o.subject(),
            r.entryDate().orElse(LocalDate.of(2021, 9, 1)),
            r.birthDate().orElse(LocalDate.of(2003, 1, 1)));
    List<ChangeCommand> commands = new ArrayList<>();
    commands.add(
        new ChangeCommand.Open(
            id,
            student,
            at,
            facts,
            List.of(o.change()),
            LocalDate.of(2023, 4, 14),
            "sign-off",
            "核对签名表发现信息有误"));
    List<ChangeCommand> checks = new ArrayList<>();
    for (EvidenceRequirement req : needed) {
      String kind = req.kind().key();
      byte[] bytes = evidence(kind, o.subject().student().value());
      EvidenceEntry entry =
          vault.put(
              bytes,
              new EvidenceMetadata(kind, kind + ".pdf", "application/pdf", 1, student.id(), at));
      Sha256 sha = entry.sha256();
      commands.add(
          new ChangeCommand.AttachEvidence(
              id,
              student,
              at.plusSeconds(1),
              EvidenceFile.of(req.kind(), kind + ".pdf", "application/pdf", bytes.length, sha, 1)));
      if (req.checkAgainstOriginal()) {
        Role role = req.checkedBy() == null ? Role.COLLEGE_RESPONSIBLE : req.checkedBy();
        Actor checker =
            role == Role.OFFICE_STAFF ? office : role == Role.COUNSELLOR ? counsellor : responsible;
        checks.add(new ChangeCommand.CheckOriginal(id, checker, at.plusSeconds(2), sha));
      }
    }
    commands.addAll(checks);
    commands.add(new ChangeCommand.Move(id, student, at.plusSeconds(3), Transition.SUBMIT, ""));
    commands.add(
        new ChangeCommand.Move(id, responsible, at.plusSeconds(4), Transition.COLLECT, ""));
    commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(5), Transition.RECEIVE, ""));
    commands.add(
        new ChangeCommand.Move(id, office, at.plusSeconds(6), Transition.START_REVIEW, ""));
    if (o.reject()) {
      commands.add(
          new ChangeCommand.Move(
              id, office, at.plusSeconds(7), Transition.REJECT, "户口簿姓名与学籍一致，不予变更"));
    } else {
      commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(7), Transition.APPROVE, ""));
      commands.add(new ChangeCommand.Move(id, office, at.plusSeconds(8), Transition.APPLY, ""));
    }
    return commands;
  }

  /** A small but real PDF standing in for a scanned document. */
  private static byte[] evidence(String kind, String student) {
    String body = "%PDF-1.4\n% gradcap demo evidence: " + kind + " of " + student + "\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }
}
