package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.ANIMATION_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.COUNSELLOR;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.LI_STUDENT;
import static io.gradcap.core.change.Fixtures.OTHER_STAFF;
import static io.gradcap.core.change.Fixtures.RECEIVER;
import static io.gradcap.core.change.Fixtures.SOFTWARE_RESPONSIBLE;
import static io.gradcap.core.change.Fixtures.WANG;
import static io.gradcap.core.change.Fixtures.WANG_STUDENT;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.ZHANG_STUDENT;
import static io.gradcap.core.change.Fixtures.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences from random actors, half of them steering a request along its happy path
 * and half pure noise; after every step the lifecycle's invariants must hold.
 */
class ChangeLifecycleProperties {

  private static final Actor ZHAO_STUDENT = Actor.student(ZHAO.student(), "赵六");
  private static final List<Actor> ACTORS =
      List.of(
          ZHANG_STUDENT,
          LI_STUDENT,
          ZHAO_STUDENT,
          WANG_STUDENT,
          COUNSELLOR,
          SOFTWARE_RESPONSIBLE,
          ANIMATION_RESPONSIBLE,
          RECEIVER,
          OTHER_STAFF);
  private static final List<Subject> SUBJECTS = List.of(ZHANG, LI, ZHAO, WANG);
  private static final List<RecordField> FIELDS =
      List.of(
          RecordField.NAME,
          RecordField.GENDER,
          RecordField.BIRTH_DATE,
          RecordField.ID_NUMBER,
          RecordField.ETHNICITY,
          RecordField.MAJOR);
  private static final String WANGS_ID = "460100200301010011";
  private static final List<String> PROPOSED_IDS =
      List.of(Fixtures.NEW_ID, WANGS_ID, "460100200305120023");
  private static final List<LocalDate> CHANGE_DATES =
      List.of(
          Fixtures.CHANGED_ON,
          Fixtures.ENTRY.minusDays(10),
          Fixtures.BIRTH.plusYears(19),
          Fixtures.BIRTH.plusYears(20));

  private final ChangeDecider decider =
      new ChangeDecider(
          EvidenceCatalogue.defaults(),
          Fixtures.policy(),
          IdNumberLookup.of(Map.of(WANGS_ID, WANG.student())));

  /**
   * What the runs covered, so the property cannot pass by never reaching the interesting states.
   */
  private final Map<String, Integer> seen = new HashMap<>();

  @Test
  void invariants_hold_after_every_step() {
    qt().withExamples(200)
        .forAll(lists().of(longs().all()).ofSizeBetween(1, 120))
        .checkAssert(this::run);
    assertThat(seen)
        .as("coverage %s", seen)
        .containsKeys(
            "applied",
            "rejected",
            "withdrawn",
            "approval-refused",
            "locked-refused",
            "out-of-scope",
            "role",
            "wrong-status",
            "needs-evidence");
  }

  private void run(List<Long> seeds) {
    Journal journal = new Journal(decider);
    int step = 0;
    for (long seed : seeds) {
      Instant at = Fixtures.at(step++);
      ChangeCommand command = command(new SplittableRandom(seed), journal.book, at);
      ChangeBook before = journal.book;
      int logged = journal.events.size();
      Decision<ChangeEvent> decision = journal.run(command);
      checkStep(command, decision, before, journal);
      checkBook(journal, logged);
    }
    assertThat(ChangeBook.replay(journal.events)).isEqualTo(journal.book);
    checkRestored(journal.book);
  }

  /** A book restored from what a snapshot saves answers every question as the folded book does. */
  private void checkRestored(ChangeBook book) {
    ChangeBook restored =
        ChangeBook.restore(
            List.copyOf(book.requests().values()), book.lockedRecords(), book.history());
    assertThat(restored).isEqualTo(book);
    assertThat(restored.requests()).containsExactlyEntriesOf(book.requests());
    assertThat(restored.openRequests()).isEqualTo(book.openRequests());
    for (Subject subject : SUBJECTS) {
      assertThat(restored.isLocked(subject.student())).isEqualTo(book.isLocked(subject.student()));
      for (RecordField field : FIELDS) {
        assertThat(restored.openRequest(subject.student(), field))
            .isEqualTo(book.openRequest(subject.student(), field));
        assertThat(restored.appliedValue(subject.student(), field))
            .isEqualTo(book.appliedValue(subject.student(), field));
      }
    }
  }

  private void checkStep(
      ChangeCommand command, Decision<ChangeEvent> decision, ChangeBook before, Journal journal) {
    if (decision.refusal().isPresent()) {
      Refusal refusal = Refusal.of((Decision.Refused<ChangeEvent>) decision);
      seen.merge(refusal.reason(), 1, Integer::sum);
      if (command instanceof ChangeCommand.Move move
          && move.transition() == Transition.APPROVE
          && refusal.reason().equals("blocked-by-rules")) {
        seen.merge("approval-refused", 1, Integer::sum);
      }
      if (refusal.findings().stream().anyMatch(f -> f.rule().equals("R17.change.record-locked"))) {
        seen.merge("locked-refused", 1, Integer::sum);
      }
      assertThat(journal.book).isSameAs(before);
      String chinese = refusal.describe(Locale.CHINESE);
      String english = refusal.describe(Locale.ENGLISH);
      assertThat(chinese).isNotBlank().doesNotContain("!io.gradcap").isNotEqualTo(english);
      assertThat(english).isNotBlank().doesNotContain("!io.gradcap");
      return;
    }
    assertThat(decision.events()).isNotEmpty();
    for (ChangeEvent event : decision.events()) {
      assertThat(event.actor()).isEqualTo(command.actor());
      assertThat(event.at()).isEqualTo(command.at());
      Subject subject = subjectOf(event, journal.book);
      assertThat(command.actor().covers(subject))
          .as("%s covers %s", command.actor(), subject)
          .isTrue();
      if (event instanceof ChangeEvent.StatusChanged moved) {
        assertThat(moved.transition().from()).contains(moved.from());
        assertThat(moved.to()).isEqualTo(moved.transition().to());
        assertThat(moved.transition().roles()).contains(moved.actor().role());
        seen.merge(moved.to().name().toLowerCase(Locale.ROOT).replace('_', '-'), 1, Integer::sum);
      }
    }
  }

  private void checkBook(Journal journal, int logged) {
    ChangeBook book = journal.book;
    // No approval while required evidence is missing or unchecked (evidence never goes away).
    for (ChangeRequest request : book.requests().values()) {
      if (request.status() == ChangeStatus.APPROVED || request.status() == ChangeStatus.APPLIED) {
        assertThat(decider.catalogue().completeness(request)).noneMatch(Finding::isBlocking);
      }
    }
    // At most one open request per student and field.
    Set<String> open = new HashSet<>();
    for (ChangeRequest request : book.openRequests()) {
      for (RecordField field : request.fields()) {
        assertThat(open.add(request.subject().student() + "/" + field))
            .as("two open requests for %s", field)
            .isTrue();
      }
    }
    // Applied exactly once, with one field change per field.
    Map<String, Integer> applied = new HashMap<>();
    Map<String, Integer> fieldChanges = new HashMap<>();
    Map<StudentNumber, Integer> lockedAt = new HashMap<>();
    Map<String, String> lastValue = new HashMap<>();
    List<ChangeEvent.RecordFieldChanged> history = new ArrayList<>();
    for (int i = 0; i < journal.events.size(); i++) {
      ChangeEvent event = journal.events.get(i);
      if (event instanceof ChangeEvent.StatusChanged moved && moved.to() == ChangeStatus.APPLIED) {
        applied.merge(moved.requestId(), 1, Integer::sum);
      } else if (event instanceof ChangeEvent.RecordLocked locked) {
        lockedAt.putIfAbsent(locked.student(), i);
      } else if (event instanceof ChangeEvent.RecordFieldChanged changed) {
        fieldChanges.merge(changed.requestId(), 1, Integer::sum);
        // Nothing changes a locked record.
        assertThat(lockedAt).doesNotContainKey(changed.student());
        // The old value is the value the last change left; history keeps every one.
        String key = changed.student() + "/" + changed.field();
        if (lastValue.containsKey(key)) {
          assertThat(changed.oldValue()).isEqualTo(lastValue.get(key));
        }
        lastValue.put(key, changed.newValue());
        history.add(changed);
      }
    }
    assertThat(applied.values()).allMatch(n -> n == 1);
    for (ChangeRequest request : book.requests().values()) {
      int expected = request.status() == ChangeStatus.APPLIED ? request.changes().size() : 0;
      assertThat(fieldChanges.getOrDefault(request.id(), 0))
          .as("field changes of %s", request.id())
          .isEqualTo(expected);
    }
    assertThat(book.history()).isEqualTo(history);
    assertThat(book.lockedRecords()).isEqualTo(lockedAt.keySet());
    assertThat(logged).isLessThanOrEqualTo(journal.events.size());
  }

  private static Subject subjectOf(ChangeEvent event, ChangeBook book) {
    if (event instanceof ChangeEvent.RecordLocked locked) {
      return SUBJECTS.stream()
          .filter(s -> s.student().equals(locked.student()))
          .findFirst()
          .orElseThrow();
    }
    String id =
        event instanceof ChangeEvent.RequestOpened e
            ? e.requestId()
            : event instanceof ChangeEvent.EvidenceAttached e
                ? e.requestId()
                : event instanceof ChangeEvent.OriginalChecked e
                    ? e.requestId()
                    : event instanceof ChangeEvent.StatusChanged e
                        ? e.requestId()
                        : ((ChangeEvent.RecordFieldChanged) event).requestId();
    return book.request(id).orElseThrow().subject();
  }

  // ---- generating commands

  private ChangeCommand command(SplittableRandom random, ChangeBook book, Instant at) {
    List<ChangeRequest> open = book.openRequests();
    if (!open.isEmpty() && random.nextBoolean()) {
      return useful(random, open.get(random.nextInt(open.size())), at);
    }
    int pick = random.nextInt(100);
    String id = "r-" + random.nextInt(6);
    Subject subject =
        book.request(id)
            .map(ChangeRequest::subject)
            .orElse(SUBJECTS.get(random.nextInt(SUBJECTS.size())));
    if (pick < 20) {
      Subject newSubject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
      return new ChangeCommand.Open(
          id,
          actor(random, newSubject, r -> r != Role.CAPTURE_CENTRE),
          at,
          Fixtures.facts(newSubject),
          changes(random),
          CHANGE_DATES.get(random.nextInt(CHANGE_DATES.size())),
          "sign-off",
          "更正");
    }
    if (pick < 40) {
      EvidenceKind kind = EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)];
      return new ChangeCommand.AttachEvidence(
          id, actor(random, subject, r -> true), at, Fixtures.file(kind, random.nextInt(30)));
    }
    if (pick < 50) {
      return new ChangeCommand.CheckOriginal(
          id, actor(random, subject, r -> r != Role.STUDENT), at, Fixtures.sha(random.nextInt(30)));
    }
    if (pick < 97) {
      Transition transition = Transition.values()[random.nextInt(Transition.values().length)];
      return new ChangeCommand.Move(
          id,
          actor(random, subject, transition.roles()::contains),
          at,
          transition,
          random.nextInt(5) == 0 ? "" : "理由");
    }
    return new ChangeCommand.LockRecord(
        subject, actor(random, subject, r -> r == Role.OFFICE_STAFF), at, "已确认");
  }

  /** The command that moves the request one step along its happy path, from a fitting actor. */
  private ChangeCommand useful(SplittableRandom random, ChangeRequest request, Instant at) {
    Subject subject = request.subject();
    List<Finding> completeness = decider.catalogue().completeness(request);
    Optional<Finding> missing =
        completeness.stream().filter(f -> f.rule().equals("R3.evidence.missing")).findFirst();
    Optional<Finding> unchecked =
        completeness.stream().filter(f -> f.rule().equals("R3.evidence.unchecked")).findFirst();
    boolean evidenceOpen = request.status() != ChangeStatus.APPROVED;
    if (evidenceOpen && missing.isPresent() && random.nextInt(3) > 0) {
      EvidenceKind kind = EvidenceKind.ofKey(String.valueOf(missing.get().field())).orElseThrow();
      return new ChangeCommand.AttachEvidence(
          request.id(),
          actor(random, subject, r -> r == Role.STUDENT),
          at,
          Fixtures.file(kind, 100 + random.nextInt(1000)));
    }
    if (evidenceOpen && unchecked.isPresent() && random.nextInt(3) > 0) {
      EvidenceKind kind = EvidenceKind.ofKey(String.valueOf(unchecked.get().field())).orElseThrow();
      Sha256 sha =
          request.evidence().stream()
              .filter(e -> e.kind() == kind)
              .findFirst()
              .orElseThrow()
              .sha256();
      return new ChangeCommand.CheckOriginal(
          request.id(),
          actor(random, subject, r -> r == Role.OFFICE_STAFF || r == Role.COLLEGE_RESPONSIBLE),
          at,
          sha);
    }
    List<Transition> next = new ArrayList<>();
    for (Transition t : Transition.values()) {
      boolean rare =
          t == Transition.WITHDRAW || t == Transition.REJECT || t == Transition.REQUEST_EVIDENCE;
      if (t.from().contains(request.status()) && (!rare || random.nextInt(6) == 0)) {
        next.add(t);
      }
    }
    if (next.isEmpty()) {
      return new ChangeCommand.LockRecord(
          subject, actor(random, subject, r -> r == Role.STUDENT), at, "已确认");
    }
    Transition transition = next.get(random.nextInt(next.size()));
    Predicate<Role> fits = transition.roles()::contains;
    return new ChangeCommand.Move(request.id(), actor(random, subject, fits), at, transition, "理由");
  }

  /** Mostly an actor of a fitting role whose scope covers the subject; sometimes anyone at all. */
  private static Actor actor(SplittableRandom random, Subject subject, Predicate<Role> fits) {
    List<Actor> fitting =
        ACTORS.stream().filter(a -> fits.test(a.role()) && a.covers(subject)).toList();
    if (fitting.isEmpty() || random.nextInt(5) == 0) {
      return ACTORS.get(random.nextInt(ACTORS.size()));
    }
    return fitting.get(random.nextInt(fitting.size()));
  }

  private static List<FieldChange> changes(SplittableRandom random) {
    Set<RecordField> fields = EnumSet.noneOf(RecordField.class);
    int count = 1 + random.nextInt(2);
    while (fields.size() < count) {
      fields.add(FIELDS.get(random.nextInt(FIELDS.size())));
    }
    List<FieldChange> changes = new ArrayList<>();
    for (RecordField field : fields) {
      String proposed =
          field == RecordField.ID_NUMBER
              ? PROPOSED_IDS.get(random.nextInt(PROPOSED_IDS.size()))
              : field.key() + "-" + random.nextInt(3);
      changes.add(
          FieldChange.of(
              field, field == RecordField.ID_NUMBER ? Fixtures.OLD_ID : "old", proposed));
    }
    return changes;
  }
}
