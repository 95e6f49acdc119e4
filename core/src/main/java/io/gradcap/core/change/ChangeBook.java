package io.gradcap.core.change;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of every change request of a campaign: the fold of its {@link ChangeEvent}s.
 *
 * @param requests every request by id, in the order opened
 * @param lockedRecords the students whose records are confirmed and locked (R17)
 * @param history every field change applied to a record, oldest first; nothing is ever removed
 */
public record ChangeBook(
    Map<String, ChangeRequest> requests,
    Set<StudentNumber> lockedRecords,
    List<ChangeEvent.RecordFieldChanged> history) {

  private static final ChangeBook EMPTY = new ChangeBook(Map.of(), Set.of(), List.of());

  public ChangeBook {
    requests = ImmutableMap.copyOf(requests);
    lockedRecords = ImmutableSet.copyOf(lockedRecords);
    history = ImmutableList.copyOf(history);
  }

  /** The book before anything happened. */
  public static ChangeBook empty() {
    return EMPTY;
  }

  /** The book the events make, folded from the empty book. */
  public static ChangeBook replay(Iterable<? extends ChangeEvent> events) {
    ChangeBook book = EMPTY;
    for (ChangeEvent event : events) {
      book = ChangeDecider.evolve(book, event);
    }
    return book;
  }

  public Optional<ChangeRequest> request(String id) {
    return Optional.ofNullable(requests.get(id));
  }

  public boolean isLocked(StudentNumber student) {
    return lockedRecords.contains(student);
  }

  /** The open requests, in the order opened. */
  public List<ChangeRequest> openRequests() {
    return requests.values().stream().filter(ChangeRequest::isOpen).toList();
  }

  /** The open request of the student that changes the field, if any (there is at most one). */
  public Optional<ChangeRequest> openRequest(StudentNumber student, RecordField field) {
    return requests.values().stream()
        .filter(r -> r.isOpen() && r.subject().student().equals(student) && r.fields().contains(field))
        .findFirst();
  }

  /** The value the last applied change gave the field, if a request ever changed it. */
  public Optional<String> appliedValue(StudentNumber student, RecordField field) {
    for (int i = history.size() - 1; i >= 0; i--) {
      ChangeEvent.RecordFieldChanged change = history.get(i);
      if (change.student().equals(student) && change.field() == field) {
        return Optional.of(change.newValue());
      }
    }
    return Optional.empty();
  }
}
