package io.gradcap.core.recordcard;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.RecordCardCommand.GiveBack;
import io.gradcap.core.recordcard.RecordCardCommand.HandOver;
import io.gradcap.core.recordcard.RecordCardCommand.Receive;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides record-card commands and folds their events (R8): cards are received per class, given
 * back for correction, and handed over to the office as registers sorted by student number.
 *
 * <p>The deadline (19 May in the 2024 notice) is the last day on which cards are on time.
 */
public final class RecordCards {

  static final String BUNDLE = "io.gradcap.core.recordcard.messages";

  /** China Standard Time, the zone of every campaign date. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final LocalDate deadline;
  private final ZoneId zone;

  /**
   * @param deadline the last day on which cards are on time, inclusive
   * @param zone the zone in which instants fall on dates
   */
  public RecordCards(LocalDate deadline, ZoneId zone) {
    this.deadline = deadline;
    this.zone = zone;
  }

  /** Record cards due by the deadline, in China Standard Time. */
  public static RecordCards dueBy(LocalDate deadline) {
    return new RecordCards(deadline, CHINA);
  }

  public LocalDate deadline() {
    return deadline;
  }

  /** Accepts the command with the events it causes, or refuses it with the rule that stops it. */
  public Decision<RecordCardEvent> decide(RecordCardCommand command, RecordCardState state) {
    Actor actor = command.actor();
    if (command instanceof HandOver h) {
      return handOver(h, state);
    }
    StudentNumber student =
        command instanceof Receive r ? r.student() : ((GiveBack) command).student();
    Optional<RosterEntry> entry = state.roster().entry(student);
    if (entry.isEmpty()) {
      return refuse("R8.card.on-roster", student.value(), "refused.not-on-roster", student);
    }
    if (!collects(actor)) {
      return refuse("R8.card.role", student.value(), "refused.role", actor);
    }
    if (!actor.covers(entry.get().subject())) {
      return refuse("R8.card.scope", student.value(), "refused.scope", actor, student);
    }
    Optional<CardReceipt> receipt = state.receipt(student);
    if (command instanceof Receive r) {
      return receiveOnce(r, receipt);
    }
    return giveBack((GiveBack) command, receipt);
  }

  /**
   * Who collects cards: a counsellor for their classes, a responsible person for their college, the
   * office.
   */
  private static boolean collects(Actor actor) {
    return actor.role() == Role.COUNSELLOR
        || actor.role() == Role.COLLEGE_RESPONSIBLE
        || actor.role() == Role.OFFICE_STAFF;
  }

  /** R8: each student's card is received once; a second receipt is refused, not counted twice. */
  private static Decision<RecordCardEvent> receiveOnce(Receive r, Optional<CardReceipt> receipt) {
    if (receipt.isPresent()) {
      CardReceipt held = receipt.get();
      return refuse(
          "R8.card.received-once",
          r.student().value(),
          "refused.already-received",
          r.student(),
          held.receivedBy().name(),
          held.at());
    }
    return accept(
        StreamId.student(r.student()),
        new RecordCardEvent.Received(r.student(), r.actor(), r.at()));
  }

  /**
   * R8: only a card in hand and not yet handed over to the office can go back for correction, with
   * a reason.
   */
  private static Decision<RecordCardEvent> giveBack(GiveBack g, Optional<CardReceipt> receipt) {
    if (receipt.isEmpty()) {
      return refuse("R8.card.in-hand", g.student().value(), "refused.not-received", g.student());
    }
    if (receipt.get().handedOver()) {
      return refuse("R8.card.in-hand", g.student().value(), "refused.handed-over", g.student());
    }
    if (g.reason().isBlank()) {
      return refuse("R8.card.reason", g.student().value(), "refused.reason-required", g.student());
    }
    return accept(
        StreamId.student(g.student()),
        new RecordCardEvent.GivenBack(g.student(), g.actor(), g.at(), g.reason()));
  }

  /**
   * R8: the office's 教务与学籍科 receives a class's register of the cards in hand, sorted by student
   * number.
   */
  private Decision<RecordCardEvent> handOver(HandOver h, RecordCardState state) {
    String subject = h.classRef().toString();
    if (h.actor().role() != Role.OFFICE_STAFF) {
      return refuse("R8.card.role", subject, "refused.role.office", h.actor());
    }
    List<RosterEntry> pending = new ArrayList<>();
    for (RegisterLine line : state.register(h.classRef())) {
      if (!line.receipt().handedOver()) {
        pending.add(line.receipt().entry());
      }
    }
    if (pending.isEmpty()) {
      return refuse(
          "R8.card.nothing-to-hand-over", subject, "refused.nothing-to-hand-over", h.classRef());
    }
    HandoverLine line =
        new HandoverLine(
            h.classRef(),
            pending.size(),
            pending.get(0).student(),
            pending.get(pending.size() - 1).student(),
            state.missing(h.classRef()).size(),
            h.actor(),
            h.at().atZone(zone).toLocalDate());
    return accept(
        StreamId.classGroup(h.classRef().college(), h.classRef().classGroup()),
        new RecordCardEvent.HandedOver(line, h.actor(), h.at()));
  }

  private static Decision<RecordCardEvent> accept(StreamId stream, RecordCardEvent event) {
    return Decision.accept(stream, event);
  }

  private static Decision<RecordCardEvent> refuse(
      String rule, String subject, String key, Object... args) {
    return Decision.refuse(
        Finding.of(rule, Severity.BLOCKING, subject, "recordCard", Message.of(BUNDLE, key, args)));
  }

  /**
   * Applies an event, trusting it as a fact {@link #decide} produced.
   *
   * @throws GradcapException {@link ErrorCode#CARD_OF_UNKNOWN_STUDENT} for a student not on the
   *     roster
   */
  public static RecordCardState evolve(RecordCardState state, RecordCardEvent event) {
    Map<StudentNumber, CardReceipt> received = new TreeMap<>(state.received());
    List<HandoverLine> handovers = state.handovers();
    if (event instanceof RecordCardEvent.Received e) {
      RosterEntry entry =
          state
              .roster()
              .entry(e.student())
              .orElseThrow(
                  () -> new GradcapException(ErrorCode.CARD_OF_UNKNOWN_STUDENT, e.student()));
      received.put(e.student(), new CardReceipt(entry, e.actor(), e.at(), false));
    } else if (event instanceof RecordCardEvent.GivenBack e) {
      received.remove(e.student());
    } else {
      RecordCardEvent.HandedOver e = (RecordCardEvent.HandedOver) event;
      received.replaceAll(
          (student, r) ->
              r.entry().classRef().equals(e.line().classRef())
                  ? new CardReceipt(r.entry(), r.receivedBy(), r.at(), true)
                  : r);
      handovers = new ArrayList<>(handovers);
      handovers.add(e.line());
    }
    return state.with(received, handovers);
  }

  /** Folds events, in order, onto the roster with no card received. */
  public static RecordCardState replay(Roster roster, List<? extends RecordCardEvent> events) {
    RecordCardState state = RecordCardState.initial(roster);
    for (RecordCardEvent event : events) {
      state = evolve(state, event);
    }
    return state;
  }

  /**
   * Folds events, in order, onto a state, with the same outcome as {@link #evolve} one by one but
   * in time linear in the number of events.
   *
   * @throws GradcapException {@link ErrorCode#CARD_OF_UNKNOWN_STUDENT} for a student not on the
   *     roster
   */
  public static RecordCardState replay(
      RecordCardState from, List<? extends RecordCardEvent> events) {
    if (events.isEmpty()) {
      return from;
    }
    Map<StudentNumber, CardReceipt> received = new TreeMap<>(from.received());
    List<HandoverLine> handovers = new ArrayList<>(from.handovers());
    for (RecordCardEvent event : events) {
      if (event instanceof RecordCardEvent.Received e) {
        RosterEntry entry =
            from.roster()
                .entry(e.student())
                .orElseThrow(
                    () -> new GradcapException(ErrorCode.CARD_OF_UNKNOWN_STUDENT, e.student()));
        received.put(e.student(), new CardReceipt(entry, e.actor(), e.at(), false));
      } else if (event instanceof RecordCardEvent.GivenBack e) {
        received.remove(e.student());
      } else {
        RecordCardEvent.HandedOver e = (RecordCardEvent.HandedOver) event;
        received.replaceAll(
            (student, r) ->
                r.entry().classRef().equals(e.line().classRef())
                    ? new CardReceipt(r.entry(), r.receivedBy(), r.at(), true)
                    : r);
        handovers.add(e.line());
      }
    }
    return from.with(received, handovers);
  }

  /**
   * Every class of the roster on the given day: expected, received, missing, days overdue; overdue
   * ones first.
   */
  public List<ClassCards> progress(RecordCardState state, LocalDate today) {
    List<ClassCards> result = new ArrayList<>();
    for (ClassRef classRef : state.roster().classes()) {
      List<RosterEntry> missing = state.missing(classRef);
      int expected = state.roster().students(classRef).size();
      result.add(
          new ClassCards(
              classRef,
              expected,
              expected - missing.size(),
              missing,
              missing.isEmpty() ? 0 : daysOverdue(today)));
    }
    result.sort(
        java.util.Comparator.comparing(ClassCards::daysOverdue)
            .reversed()
            .thenComparing(c -> -c.missing().size())
            .thenComparing(ClassCards::classRef));
    return result;
  }

  private long daysOverdue(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, today));
  }

  /**
   * R8: cards are due by the deadline; after it, each class with cards missing is a finding naming
   * how many.
   */
  public List<Finding> overdue(RecordCardState state, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    for (ClassCards c : progress(state, today)) {
      if (c.isOverdue()) {
        findings.add(
            Finding.of(
                "R8.card.overdue",
                Severity.WARNING,
                c.classRef().toString(),
                "recordCard",
                Message.of(
                    BUNDLE,
                    "overdue",
                    c.classRef(),
                    c.missing().size(),
                    c.expected(),
                    deadline,
                    c.daysOverdue())));
      }
    }
    return findings;
  }
}
