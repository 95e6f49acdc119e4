package io.gradcap.examples.bench;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.change.ChangeBook;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.change.ChangePolicy;
import io.gradcap.core.change.ChangeReports;
import io.gradcap.core.change.EvidenceCatalogue;
import io.gradcap.core.change.EvidenceFile;
import io.gradcap.core.change.EvidenceKind;
import io.gradcap.core.change.FieldChange;
import io.gradcap.core.change.IdNumberLookup;
import io.gradcap.core.change.OpenRequestLine;
import io.gradcap.core.change.StudentFacts;
import io.gradcap.core.change.Transition;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Change requests of a whole graduating class, each taken from draft to the record change (about 13
 * commands each: open, 3 files, 2 checks, submit, collect, receive, review, approve, apply),
 * decided and folded one by one; and the open-requests report over the same number of requests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChangeRequestBenchmark {

  /** How many requests: a tenth of the seed's 3,110 graduates, and all of them. */
  @Param({"311", "3110"})
  public int requests;

  private final ChangeDecider decider =
      new ChangeDecider(
          EvidenceCatalogue.defaults(),
          ChangePolicy.defaults().withReceivingStaff("o-01"),
          IdNumberLookup.none());
  private List<ChangeCommand> commands;
  private ChangeBook openBook;

  @Setup
  public void prepare() {
    Actor receiver = Actor.officeStaff("o-01", "陈老师");
    Actor responsible = Actor.collegeResponsible("t-02", "周庆标", Set.of("软件工程学院"));
    Instant t0 = Instant.parse("2024-04-03T02:00:00Z");
    commands = new ArrayList<>();
    List<ChangeCommand> opening = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String id = "r-" + i;
      String classGroup = "21软件" + (i % 40) + "班";
      Subject subject =
          new Subject("软件工程学院", classGroup, StudentNumber.of(String.valueOf(2021000000 + i)));
      Actor student = Actor.student(subject.student(), "学生" + i);
      Instant at = t0.plusSeconds(i);
      StudentFacts facts =
          new StudentFacts(subject, LocalDate.of(2021, 9, 1), LocalDate.of(2003, 5, 12));
      ChangeCommand open =
          new ChangeCommand.Open(
              id,
              student,
              at,
              facts,
              List.of(FieldChange.of(RecordField.NAME, "张三", "张叁")),
              LocalDate.of(2023, 6, 1),
              "sign-off",
              "更正");
      commands.add(open);
      opening.add(open);
      EvidenceKind[] kinds = {
        EvidenceKind.APPLICATION_FORM, EvidenceKind.HOUSEHOLD_REGISTER, EvidenceKind.ID_CARD
      };
      for (int k = 0; k < kinds.length; k++) {
        Sha256 sha = new Sha256(String.format(Locale.ROOT, "%060x%04x", i, k));
        commands.add(
            new ChangeCommand.AttachEvidence(
                id,
                student,
                at,
                EvidenceFile.of(
                    kinds[k], kinds[k].key() + ".pdf", "application/pdf", 100_000, sha, 1)));
        if (k > 0) {
          commands.add(new ChangeCommand.CheckOriginal(id, responsible, at, sha));
        }
      }
      commands.add(new ChangeCommand.Move(id, student, at, Transition.SUBMIT, ""));
      commands.add(new ChangeCommand.Move(id, responsible, at, Transition.COLLECT, ""));
      commands.add(new ChangeCommand.Move(id, receiver, at, Transition.RECEIVE, ""));
      commands.add(new ChangeCommand.Move(id, receiver, at, Transition.START_REVIEW, ""));
      commands.add(new ChangeCommand.Move(id, receiver, at, Transition.APPROVE, ""));
      commands.add(new ChangeCommand.Move(id, receiver, at, Transition.APPLY, ""));
    }
    openBook = run(opening);
  }

  private ChangeBook run(List<ChangeCommand> toRun) {
    ChangeBook book = ChangeBook.empty();
    for (ChangeCommand command : toRun) {
      Decision<ChangeEvent> decision = decider.decide(command, book);
      if (!decision.isAccepted()) {
        throw new IllegalStateException(
            command + " refused: " + decision.refusal().orElseThrow().describe(Locale.ENGLISH));
      }
      for (ChangeEvent event : decision.events()) {
        book = ChangeDecider.evolve(book, event);
      }
    }
    return book;
  }

  @Benchmark
  public ChangeBook decideAndEvolveEveryRequestToTheRecord() {
    return run(commands);
  }

  @Benchmark
  public List<OpenRequestLine> openRequestsReport() {
    return ChangeReports.open(openBook, decider.catalogue(), Instant.parse("2024-04-10T02:00:00Z"));
  }
}
