package io.gradcap.core.change;

import io.gradcap.core.internal.collect.SharedMap;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state of every change request of a campaign: the fold of its {@link ChangeEvent}s. Immutable;
 * each event makes a new book that shares most of its structure with the old one, so folding a
 * whole campaign costs time in proportion to its events.
 */
public final class ChangeBook {

  private static final ChangeBook EMPTY =
      new ChangeBook(
          SharedMap.empty(),
          SharedMap.empty(),
          SharedMap.empty(),
          SharedMap.empty(),
          SharedMap.empty());

  private final SharedMap<String, ChangeRequest> requests;
  private final SharedMap<StudentNumber, Boolean> locked;
  private final SharedMap<Integer, ChangeEvent.RecordFieldChanged> history;

  /** The last request opened per student and field: the only one that can still be open. */
  private final SharedMap<String, String> lastRequest;

  /** The value the last applied change left per student and field. */
  private final SharedMap<String, String> applied;

  private ChangeBook(
      SharedMap<String, ChangeRequest> requests,
      SharedMap<StudentNumber, Boolean> locked,
      SharedMap<Integer, ChangeEvent.RecordFieldChanged> history,
      SharedMap<String, String> lastRequest,
      SharedMap<String, String> applied) {
    this.requests = requests;
    this.locked = locked;
    this.history = history;
    this.lastRequest = lastRequest;
    this.applied = applied;
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

  /**
   * The book that holds exactly these requests, locks and field changes, as a saved snapshot of a
   * book lists them: requests in the order opened, field changes oldest first.
   */
  public static ChangeBook restore(
      List<ChangeRequest> requests,
      Set<StudentNumber> lockedRecords,
      List<ChangeEvent.RecordFieldChanged> history) {
    // In bulk: the same maps the events would make, each built once rather than event by event.
    Map<String, ChangeRequest> byId = new LinkedHashMap<>();
    Map<String, String> last = new LinkedHashMap<>();
    for (ChangeRequest request : requests) {
      if (byId.put(request.id(), request) == null) {
        for (FieldChange change : request.changes()) {
          last.put(key(request.subject().student(), change.field()), request.id());
        }
      }
    }
    Map<StudentNumber, Boolean> locked = new LinkedHashMap<>();
    for (StudentNumber student : lockedRecords) {
      locked.put(student, Boolean.TRUE);
    }
    Map<Integer, ChangeEvent.RecordFieldChanged> changes = new LinkedHashMap<>();
    Map<String, String> applied = new LinkedHashMap<>();
    for (ChangeEvent.RecordFieldChanged change : history) {
      changes.put(changes.size(), change);
      applied.put(key(change.student(), change.field()), change.newValue());
    }
    return new ChangeBook(
        SharedMap.copyOf(byId),
        SharedMap.copyOf(locked),
        SharedMap.copyOf(changes),
        SharedMap.copyOf(last),
        SharedMap.copyOf(applied));
  }

  /** Every request by id, in the order opened. */
  public Map<String, ChangeRequest> requests() {
    return requests;
  }

  /** The students whose records are confirmed and locked (R17). */
  public Set<StudentNumber> lockedRecords() {
    return locked.keySet();
  }

  /** Every field change applied to a record, oldest first; nothing is ever removed. */
  public List<ChangeEvent.RecordFieldChanged> history() {
    return new AbstractList<>() {
      @Override
      public ChangeEvent.RecordFieldChanged get(int index) {
        Objects.checkIndex(index, history.size());
        return Objects.requireNonNull(history.get(index));
      }

      @Override
      public int size() {
        return history.size();
      }
    };
  }

  public Optional<ChangeRequest> request(String id) {
    return Optional.ofNullable(requests.get(id));
  }

  public boolean isLocked(StudentNumber student) {
    return locked.containsKey(student);
  }

  /** The open requests, in the order opened. */
  public List<ChangeRequest> openRequests() {
    return requests.values().stream().filter(ChangeRequest::isOpen).toList();
  }

  /** The open request of the student that changes the field, if any (there is at most one). */
  public Optional<ChangeRequest> openRequest(StudentNumber student, RecordField field) {
    return Optional.ofNullable(lastRequest.get(key(student, field)))
        .flatMap(this::request)
        .filter(ChangeRequest::isOpen);
  }

  /** The value the last applied change gave the field, if a request ever changed it. */
  public Optional<String> appliedValue(StudentNumber student, RecordField field) {
    return Optional.ofNullable(applied.get(key(student, field)));
  }

  ChangeBook withRequest(ChangeRequest request) {
    SharedMap<String, String> last = lastRequest;
    if (!requests.containsKey(request.id())) {
      for (FieldChange change : request.changes()) {
        last = last.with(key(request.subject().student(), change.field()), request.id());
      }
    }
    return new ChangeBook(requests.with(request.id(), request), locked, history, last, applied);
  }

  ChangeBook withLock(StudentNumber student) {
    return new ChangeBook(
        requests, locked.with(student, Boolean.TRUE), history, lastRequest, applied);
  }

  ChangeBook withChange(ChangeEvent.RecordFieldChanged change) {
    return new ChangeBook(
        requests,
        locked,
        history.with(history.size(), change),
        lastRequest,
        applied.with(key(change.student(), change.field()), change.newValue()));
  }

  private static String key(StudentNumber student, RecordField field) {
    return student.value() + "/" + field.name();
  }

  /** Books are equal when they hold the same requests, locks and history. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ChangeBook that
        && requests.equals(that.requests)
        && lockedRecords().equals(that.lockedRecords())
        && history().equals(that.history());
  }

  @Override
  public int hashCode() {
    return Objects.hash(requests, lockedRecords(), history());
  }

  @Override
  public String toString() {
    return "ChangeBook["
        + requests.size()
        + " requests, "
        + locked.size()
        + " locked, "
        + history.size()
        + " field changes]";
  }
}
