package io.gradcap.core.capture;

import io.gradcap.core.access.Subject;
import io.gradcap.core.internal.collect.SharedMap;
import io.gradcap.core.internal.collect.SharedSet;
import io.gradcap.core.record.StudentNumber;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fold of the capture events: who was photographed collectively, who is on the make-up list,
 * the make-up slots, photographs and fees per class. Immutable.
 *
 * @param collective students photographed in the collective session
 * @param absent students who missed it and have not been made up (the make-up list)
 * @param madeUp students photographed in a make-up
 * @param slots make-up slots by id
 * @param bookings each booked student's slot
 * @param photographs per class ({@code college/class}), the photographs taken, re-shoots included
 * @param collectedFen per class, the fee money handed over
 * @param subjects the last known subject of each student
 */
public record CaptureState(
    Set<StudentNumber> collective,
    Set<StudentNumber> absent,
    Set<StudentNumber> madeUp,
    Map<String, MakeUpSlot> slots,
    Map<StudentNumber, String> bookings,
    Map<String, Integer> photographs,
    Map<String, Long> collectedFen,
    Map<StudentNumber, Subject> subjects) {

  public static final CaptureState EMPTY =
      new CaptureState(
          Set.of(), Set.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  public CaptureState {
    // The two that grow with every photograph share structure between versions, so that folding
    // one capture costs O(log n), not a copy of everyone photographed.
    collective = SharedSet.copyOf(collective);
    absent = Set.copyOf(absent);
    madeUp = Set.copyOf(madeUp);
    slots = Map.copyOf(slots);
    bookings = Map.copyOf(bookings);
    photographs = Map.copyOf(photographs);
    collectedFen = Map.copyOf(collectedFen);
    subjects = SharedMap.copyOf(subjects);
  }

  /** The make-up list: absentees not yet photographed, in student-number order. */
  public Set<StudentNumber> makeUpList() {
    return new TreeSet<>(absent);
  }

  public Optional<MakeUpSlot> slot(String id) {
    return Optional.ofNullable(slots.get(id));
  }

  static String classKey(String college, String classGroup) {
    return college + "/" + classGroup;
  }

  /** The classes with photographs or money, sorted. */
  Set<String> classKeys() {
    TreeMap<String, Boolean> keys = new TreeMap<>();
    photographs.keySet().forEach(k -> keys.put(k, true));
    collectedFen.keySet().forEach(k -> keys.put(k, true));
    return keys.keySet();
  }

  @Override
  public String toString() {
    return "CaptureState[collective="
        + collective.size()
        + ", makeUpList="
        + makeUpList()
        + ", slots="
        + slots.keySet()
        + ", photographs="
        + new TreeMap<>(photographs)
        + ", collectedFen="
        + new TreeMap<>(collectedFen)
        + "]";
  }
}
