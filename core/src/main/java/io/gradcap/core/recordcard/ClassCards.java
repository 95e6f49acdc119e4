package io.gradcap.core.recordcard;

import java.util.List;

/**
 * Where one class stands with its record cards on a given day.
 *
 * @param classRef the class
 * @param expected students on the roster
 * @param received cards received
 * @param missing the students without a card, sorted by student number
 * @param daysOverdue days past the deadline while cards are missing; 0 otherwise
 */
public record ClassCards(
    ClassRef classRef, int expected, int received, List<RosterEntry> missing, long daysOverdue) {

  public ClassCards {
    missing = List.copyOf(missing);
  }

  public boolean isComplete() {
    return missing.isEmpty();
  }

  public boolean isOverdue() {
    return daysOverdue > 0;
  }
}
