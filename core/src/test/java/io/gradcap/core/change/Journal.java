package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs commands against a book the way a host would: decide, then append and fold the events. */
final class Journal {

  final ChangeDecider decider;
  ChangeBook book = ChangeBook.empty();
  final List<ChangeEvent> events = new ArrayList<>();

  Journal(ChangeDecider decider) {
    this.decider = decider;
  }

  Decision<ChangeEvent> run(ChangeCommand command) {
    Decision<ChangeEvent> decision = decider.decide(command, book);
    for (ChangeEvent event : decision.events()) {
      events.add(event);
      book = ChangeDecider.evolve(book, event);
    }
    return decision;
  }

  /** Runs a command that must be accepted and returns its events. */
  List<ChangeEvent> accept(ChangeCommand command) {
    Decision<ChangeEvent> decision = run(command);
    assertThat(decision)
        .as(
            "refusal of %s: %s",
            command, decision.refusal().map(r -> r.message(Locale.ENGLISH)).orElse(""))
        .isInstanceOf(Decision.Accepted.class);
    return decision.events();
  }

  /** Runs a command that must be refused and returns why; nothing changes. */
  Refusal refuse(ChangeCommand command) {
    ChangeBook before = book;
    Decision<ChangeEvent> decision = run(command);
    assertThat(decision.isAccepted()).as("%s accepted", command).isFalse();
    assertThat(decision.events()).isEmpty();
    assertThat(book).isSameAs(before);
    return Refusal.of((Decision.Refused<ChangeEvent>) decision);
  }

  ChangeStatus status(String id) {
    return book.request(id).orElseThrow().status();
  }
}
