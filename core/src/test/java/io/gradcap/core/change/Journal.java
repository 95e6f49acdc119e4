package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;

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

  Decision run(ChangeCommand command) {
    Decision decision = decider.decide(command, book);
    for (ChangeEvent event : decision.events()) {
      events.add(event);
      book = ChangeDecider.evolve(book, event);
    }
    return decision;
  }

  /** Runs a command that must be accepted and returns its events. */
  List<ChangeEvent> accept(ChangeCommand command) {
    Decision decision = run(command);
    assertThat(decision.refusal())
        .as("refusal of %s", command)
        .map(r -> r.describe(Locale.ENGLISH))
        .isEmpty();
    return decision.events();
  }

  /** Runs a command that must be refused and returns why; nothing changes. */
  Refusal refuse(ChangeCommand command) {
    ChangeBook before = book;
    Decision decision = run(command);
    assertThat(decision.isAccepted()).as("%s accepted", command).isFalse();
    assertThat(book).isSameAs(before);
    return decision.refusal().orElseThrow();
  }

  ChangeStatus status(String id) {
    return book.request(id).orElseThrow().status();
  }
}
