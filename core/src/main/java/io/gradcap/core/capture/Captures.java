package io.gradcap.core.capture;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Role;
import io.gradcap.core.access.Subject;
import io.gradcap.core.capture.CaptureCommand.BookMakeUp;
import io.gradcap.core.capture.CaptureCommand.Capture;
import io.gradcap.core.capture.CaptureCommand.CollectFee;
import io.gradcap.core.capture.CaptureCommand.MarkAbsent;
import io.gradcap.core.capture.CaptureCommand.OpenMakeUpSlot;
import io.gradcap.core.capture.CaptureEvent.Captured;
import io.gradcap.core.capture.CaptureEvent.FeeCollected;
import io.gradcap.core.capture.CaptureEvent.MakeUpBooked;
import io.gradcap.core.capture.CaptureEvent.MakeUpSlotOpened;
import io.gradcap.core.capture.CaptureEvent.MarkedAbsent;
import io.gradcap.core.capture.CaptureEvent.Refused;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.internal.collect.SharedMap;
import io.gradcap.core.internal.collect.SharedSet;
import io.gradcap.core.record.StudentNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Check-in, make-ups and fees as pure decisions: {@link #decide} turns a command and the current
 * state into events, {@link #evolve} folds an event into the state. A command outside the actor's
 * scope is refused with {@link ErrorCode#OUT_OF_SCOPE}; a command the rules refuse yields a {@link
 * Refused} event naming the rule.
 */
public final class Captures {

  static final String BUNDLE = "io.gradcap.core.capture.messages";

  private final CaptureSettings settings;

  private Captures(CaptureSettings settings) {
    this.settings = settings;
  }

  public static Captures of(CaptureSettings settings) {
    return new Captures(settings);
  }

  /**
   * The decision on a command in the given state. A capture, absence or booking the rules refuse is
   * kept as a {@link Refused} event on the student's stream (the office sees who was turned away
   * and why); an actor out of scope is refused with nothing kept.
   */
  public Decision<CaptureEvent> decide(CaptureCommand command, CaptureState state) {
    if (command instanceof Capture c) {
      return capture(c, state);
    } else if (command instanceof MarkAbsent a) {
      return markAbsent(a, state);
    } else if (command instanceof OpenMakeUpSlot o) {
      return openSlot(o, state);
    } else if (command instanceof BookMakeUp b) {
      return book(b, state);
    }
    return collect((CollectFee) command);
  }

  private Decision<CaptureEvent> capture(Capture c, CaptureState state) {
    if (!c.actor().covers(c.subject())) {
      return outOfScope(c.actor(), c.subject());
    }
    Optional<Finding> refusal =
        noCodeNoPhoto(c)
            .or(() -> oneCollectiveSession(c, state))
            .or(() -> makeUpOnlyWhenBooked(c, state))
            .or(() -> reshootOnlyAfterCapture(c, state));
    if (refusal.isPresent()) {
      return refusedAndKept(c.actor(), c, c.subject(), refusal.get());
    }
    return Decision.accept(
        student(c.subject()),
        new Captured(c.actor(), c.at(), c.subject(), c.session(), settings.feeFenPerPhoto()));
  }

  /** R11: a student without a capture code is not photographed. */
  static Optional<Finding> noCodeNoPhoto(Capture c) {
    return c.codeHeld()
        ? Optional.empty()
        : refusal("R11.capture-code.none", c.subject(), "refused.no-code");
  }

  /**
   * R12: each student is photographed in the collective session at most once, and not after a
   * make-up.
   */
  static Optional<Finding> oneCollectiveSession(Capture c, CaptureState state) {
    if (c.session() != Session.COLLECTIVE) {
      return Optional.empty();
    }
    if (state.collective().contains(c.subject().student())) {
      return refusal("R12.collective.once", c.subject(), "refused.collective-twice");
    }
    return state.madeUp().contains(c.subject().student())
        ? refusal("R12.collective.once", c.subject(), "refused.already-made-up")
        : Optional.empty();
  }

  /** R12: a make-up photograph is taken only of a student booked on that make-up slot. */
  static Optional<Finding> makeUpOnlyWhenBooked(Capture c, CaptureState state) {
    return c.session() == Session.MAKE_UP
            && !c.makeUpSlot().equals(state.bookings().get(c.subject().student()))
        ? refusal(
            "R12.make-up.not-booked", c.subject(), "refused.make-up-not-booked", c.makeUpSlot())
        : Optional.empty();
  }

  /** R13: a re-shoot is of a student already photographed (and is charged again). */
  static Optional<Finding> reshootOnlyAfterCapture(Capture c, CaptureState state) {
    StudentNumber s = c.subject().student();
    return c.session() == Session.RESHOOT
            && !state.collective().contains(s)
            && !state.madeUp().contains(s)
        ? refusal("R13.reshoot.not-captured", c.subject(), "refused.reshoot-not-captured")
        : Optional.empty();
  }

  private Decision<CaptureEvent> markAbsent(MarkAbsent a, CaptureState state) {
    if (!a.actor().covers(a.subject())) {
      return outOfScope(a.actor(), a.subject());
    }
    StudentNumber s = a.subject().student();
    if (state.collective().contains(s)) {
      return refusedAndKept(
          a.actor(),
          a,
          a.subject(),
          refusal("R12.absent.captured", a.subject(), "refused.absent-captured").orElseThrow());
    }
    return Decision.accept(
        student(a.subject()),
        state.absent().contains(s)
            ? List.of()
            : List.of(new MarkedAbsent(a.actor(), a.at(), a.subject())));
  }

  private Decision<CaptureEvent> openSlot(OpenMakeUpSlot o, CaptureState state) {
    Actor actor = o.actor();
    if (actor.role() != Role.CAPTURE_CENTRE && actor.role() != Role.OFFICE_STAFF) {
      return Decision.refuse(ErrorCode.OUT_OF_SCOPE.refusal(null, actor, o.slotId()));
    }
    StreamId slot = StreamId.makeUpSlot(o.slotId());
    if (state.slots().containsKey(o.slotId()) || o.capacity() < 1) {
      return Decision.accept(slot, List.of());
    }
    return Decision.accept(
        slot, new MakeUpSlotOpened(actor, o.at(), o.slotId(), o.startsAt(), o.capacity()));
  }

  private Decision<CaptureEvent> book(BookMakeUp b, CaptureState state) {
    if (!b.actor().covers(b.subject())) {
      return outOfScope(b.actor(), b.subject());
    }
    Optional<Finding> refusal =
        bookFromMakeUpListOnly(b, state)
            .or(() -> bookKnownSlot(b, state))
            .or(() -> bookBeforeClosing(b, state))
            .or(() -> bookWithinCapacity(b, state));
    if (refusal.isPresent()) {
      return refusedAndKept(b.actor(), b, b.subject(), refusal.get());
    }
    return Decision.accept(
        StreamId.makeUpSlot(b.slotId()),
        new MakeUpBooked(b.actor(), b.at(), b.subject(), b.slotId()));
  }

  /** R12: only students on the make-up list, not yet booked, may book a make-up. */
  static Optional<Finding> bookFromMakeUpListOnly(BookMakeUp b, CaptureState state) {
    StudentNumber s = b.subject().student();
    if (!state.absent().contains(s)) {
      return refusal("R12.make-up.not-on-list", b.subject(), "refused.not-on-make-up-list");
    }
    return state.bookings().containsKey(s)
        ? refusal(
            "R12.make-up.already-booked",
            b.subject(),
            "refused.already-booked",
            state.bookings().get(s))
        : Optional.empty();
  }

  /** R12: a booking names an open make-up slot. */
  static Optional<Finding> bookKnownSlot(BookMakeUp b, CaptureState state) {
    return state.slots().containsKey(b.slotId())
        ? Optional.empty()
        : refusal("R12.make-up.unknown-slot", b.subject(), "refused.unknown-slot", b.slotId());
  }

  /** R12: booking a make-up slot closes the configured time before it starts. */
  Optional<Finding> bookBeforeClosing(BookMakeUp b, CaptureState state) {
    MakeUpSlot slot = state.slots().get(b.slotId());
    if (slot == null) {
      return Optional.empty(); // an unknown slot is bookKnownSlot's to report
    }
    return b.at().isAfter(slot.startsAt().minus(settings.makeUpBookingCloses()))
        ? refusal(
            "R12.make-up.closed",
            b.subject(),
            "refused.booking-closed",
            slot.id(),
            slot.startsAt().toString())
        : Optional.empty();
  }

  /** R12: a make-up slot takes no more students than its capacity. */
  static Optional<Finding> bookWithinCapacity(BookMakeUp b, CaptureState state) {
    MakeUpSlot slot = state.slots().get(b.slotId());
    if (slot == null) {
      return Optional.empty(); // an unknown slot is bookKnownSlot's to report
    }
    return slot.isFull()
        ? refusal("R12.make-up.full", b.subject(), "refused.slot-full", slot.id(), slot.capacity())
        : Optional.empty();
  }

  private static Decision<CaptureEvent> collect(CollectFee f) {
    if (!f.actor().coversClass(f.college(), f.classGroup())) {
      return Decision.refuse(
          ErrorCode.OUT_OF_SCOPE.refusal(null, f.actor(), f.college() + "/" + f.classGroup()));
    }
    return Decision.accept(
        StreamId.classGroup(f.college(), f.classGroup()),
        f.fen() == 0
            ? List.of()
            : List.of(new FeeCollected(f.actor(), f.at(), f.college(), f.classGroup(), f.fen())));
  }

  private static Decision<CaptureEvent> outOfScope(Actor actor, Subject subject) {
    return Decision.refuse(
        ErrorCode.OUT_OF_SCOPE.refusal(subject.student().value(), actor, subject));
  }

  /** A refusal at the camera or the make-up desk, kept on the student's stream. */
  private static Decision<CaptureEvent> refusedAndKept(
      Actor actor, CaptureCommand command, Subject subject, Finding why) {
    return Decision.refuseAndRecord(
        why, student(subject), List.of(new Refused(actor, command.at(), subject, why)));
  }

  private static StreamId student(Subject subject) {
    return StreamId.student(subject.student());
  }

  private static Optional<Finding> refusal(
      String rule, Subject subject, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = subject.student().value();
    System.arraycopy(args, 0, all, 1, args.length);
    return Optional.of(
        Finding.of(
            rule,
            Severity.BLOCKING,
            subject.student().value(),
            null,
            Message.of(BUNDLE, key, all)));
  }

  /** The state after the event. */
  public static CaptureState evolve(CaptureState state, CaptureEvent event) {
    if (event instanceof Refused) {
      return state;
    }
    Fold fold = new Fold(state);
    fold.apply(event);
    return fold.state();
  }

  /** Folds events from an empty state, in time linear in the number of events. */
  public static CaptureState replay(List<CaptureEvent> events) {
    Fold fold = new Fold(CaptureState.EMPTY);
    events.forEach(fold::apply);
    return fold.state();
  }

  /**
   * Folds events onto a state, in time linear in the number of events; {@link CaptureEvent.Refused}
   * changes nothing.
   */
  public static CaptureState replay(CaptureState from, List<? extends CaptureEvent> events) {
    Fold fold = new Fold(from);
    events.forEach(fold::apply);
    return fold.state();
  }

  /** The mutable working copy a fold runs on; only {@link #state()} leaves it. */
  private static final class Fold {
    SharedSet<StudentNumber> collective;
    final Set<StudentNumber> absent;
    final Set<StudentNumber> madeUp;
    final Map<String, MakeUpSlot> slots;
    final Map<StudentNumber, String> bookings;
    final Map<String, Integer> photographs;
    final Map<String, Long> collected;
    SharedMap<StudentNumber, Subject> subjects;

    Fold(CaptureState s) {
      // The state's own shared versions: adding to them copies a path, not the whole.
      collective = SharedSet.copyOf(s.collective());
      absent = new HashSet<>(s.absent());
      madeUp = new HashSet<>(s.madeUp());
      slots = new HashMap<>(s.slots());
      bookings = new HashMap<>(s.bookings());
      photographs = new HashMap<>(s.photographs());
      collected = new HashMap<>(s.collectedFen());
      subjects = SharedMap.copyOf(s.subjects());
    }

    void apply(CaptureEvent event) {
      if (event instanceof Captured c) {
        StudentNumber s = c.subject().student();
        subjects = subjects.with(s, c.subject());
        photographs.merge(
            CaptureState.classKey(c.subject().college(), c.subject().classGroup()),
            1,
            Integer::sum);
        absent.remove(s);
        if (c.session() == Session.COLLECTIVE) {
          // A latecomer photographed collectively after all gives up any make-up booking.
          collective = collective.with(s);
          String booked = bookings.remove(s);
          if (booked != null) {
            MakeUpSlot slot =
                Objects.requireNonNull(slots.get(booked), "a booking names an opened slot");
            List<StudentNumber> rest = new ArrayList<>(slot.booked());
            rest.remove(s);
            slots.put(slot.id(), new MakeUpSlot(slot.id(), slot.startsAt(), slot.capacity(), rest));
          }
        } else if (c.session() == Session.MAKE_UP) {
          madeUp.add(s);
          bookings.remove(s);
        }
      } else if (event instanceof MarkedAbsent a) {
        absent.add(a.subject().student());
        subjects = subjects.with(a.subject().student(), a.subject());
      } else if (event instanceof MakeUpSlotOpened o) {
        slots.put(o.slotId(), new MakeUpSlot(o.slotId(), o.startsAt(), o.capacity(), List.of()));
      } else if (event instanceof MakeUpBooked b) {
        MakeUpSlot slot =
            Objects.requireNonNull(slots.get(b.slotId()), "a booking names an opened slot");
        List<StudentNumber> booked = new ArrayList<>(slot.booked());
        booked.add(b.subject().student());
        slots.put(slot.id(), new MakeUpSlot(slot.id(), slot.startsAt(), slot.capacity(), booked));
        bookings.put(b.subject().student(), b.slotId());
      } else if (event instanceof FeeCollected f) {
        collected.merge(CaptureState.classKey(f.college(), f.classGroup()), f.fen(), Long::sum);
      }
    }

    CaptureState state() {
      return new CaptureState(
          collective, absent, madeUp, slots, bookings, photographs, collected, subjects);
    }
  }
}
