package io.gradcap.core.recordcard;

import io.gradcap.core.record.StudentNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record cards of a roster as the fold of their events: the cards in hand and the handover list
 * so far.
 *
 * @param roster whose cards are expected
 * @param received the cards in hand, by student number
 * @param handovers the handover list, in the order the office received the registers
 */
public record RecordCardState(
    Roster roster, SortedMap<StudentNumber, CardReceipt> received, List<HandoverLine> handovers) {

  public RecordCardState {
    received = Collections.unmodifiableSortedMap(new TreeMap<>(received));
    handovers = List.copyOf(handovers);
  }

  /** No card received yet. */
  public static RecordCardState initial(Roster roster) {
    return new RecordCardState(roster, new TreeMap<>(), List.of());
  }

  public Optional<CardReceipt> receipt(StudentNumber student) {
    return Optional.ofNullable(received.get(student));
  }

  /** R8: the class's register, its received cards sorted by student number and numbered from 1. */
  public List<RegisterLine> register(ClassRef classRef) {
    List<RegisterLine> lines = new ArrayList<>();
    for (RosterEntry entry : roster.students(classRef)) {
      CardReceipt receipt = received.get(entry.student());
      if (receipt != null) {
        lines.add(new RegisterLine(lines.size() + 1, receipt));
      }
    }
    return lines;
  }

  /**
   * R8: the students of the class on the roster whose card has not been received, sorted by student
   * number.
   */
  public List<RosterEntry> missing(ClassRef classRef) {
    return roster.students(classRef).stream()
        .filter(e -> !received.containsKey(e.student()))
        .toList();
  }

  /** R8: whether every student of the class on the roster has handed in a card. */
  public boolean isComplete(ClassRef classRef) {
    return missing(classRef).isEmpty();
  }

  RecordCardState with(
      Map<StudentNumber, CardReceipt> newReceived, List<HandoverLine> newHandovers) {
    return new RecordCardState(roster, new TreeMap<>(newReceived), newHandovers);
  }
}
