package io.gradcap.examples.demo;

import io.gradcap.core.access.Actor;
import io.gradcap.core.recordcard.ClassCards;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Record cards (R8): the office receives each student's card, class by class; a class whose cards
 * are all in hands its register over. One class in nine still misses a card at the deadline, and
 * the overdue report names it.
 */
final class RecordCardExample {

  private RecordCardExample() {}

  static void run(DemoOutput out, DemoJournal journal, Actor office) {
    Roster roster = journal.state().recordCards().roster();
    Instant received = DemoOutput.at(LocalDate.of(2023, 5, 10), 9, 0);
    Instant handedOver = DemoOutput.at(LocalDate.of(2023, 5, 18), 15, 0);
    int n = 0;
    for (ClassRef classRef : roster.classes()) {
      int i = 0;
      for (RosterEntry entry : roster.students(classRef)) {
        // One class in nine is still missing a card at the deadline.
        if (++i == 2 && n % 9 == 4) {
          continue;
        }
        decide(
            out,
            journal,
            new RecordCardCommand.Receive(office, received.plusSeconds(i), entry.student()));
      }
      if (journal.state().recordCards().isComplete(classRef)) {
        decide(out, journal, new RecordCardCommand.HandOver(office, handedOver, classRef));
      }
      n++;
    }
    out.refusals();
    RecordCards cards = journal.rules().recordCards();
    LocalDate today = LocalDate.of(2023, 5, 22);
    List<ClassCards> progress = cards.progress(journal.state().recordCards(), today);
    long complete = progress.stream().filter(ClassCards::isComplete).count();
    out.say("record-cards.summary", complete, progress.size(), office.name());
    cards.overdue(journal.state().recordCards(), today).stream().limit(3).forEach(out::detail);
  }

  private static void decide(DemoOutput out, DemoJournal journal, RecordCardCommand command) {
    journal.recordCard(command).refusal().ifPresent(out::refused);
  }
}
