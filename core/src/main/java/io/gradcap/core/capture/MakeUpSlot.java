package io.gradcap.core.capture;

import io.gradcap.core.record.StudentNumber;
import java.time.Instant;
import java.util.List;

/**
 * A make-up slot at the capture centre.
 *
 * @param id the slot's id
 * @param startsAt when it starts
 * @param capacity how many students it takes
 * @param booked the students booked, in booking order
 */
public record MakeUpSlot(String id, Instant startsAt, int capacity, List<StudentNumber> booked) {

  public MakeUpSlot {
    booked = List.copyOf(booked);
  }

  public boolean isFull() {
    return booked.size() >= capacity;
  }
}
