package io.gradcap.spi.event;

import java.util.List;

/**
 * One page of the whole log, read from a position on.
 *
 * @param events the events, in increasing position
 * @param nextPosition where the next page starts: one past the last event's position, or the
 *     requested position when the page is empty
 */
public record EventPage(List<StoredEvent> events, long nextPosition) {

  public EventPage {
    events = List.copyOf(events);
    if (nextPosition < 1) {
      throw new IllegalArgumentException("positions start at 1");
    }
  }

  /** A page of the given events, read from {@code fromPosition}. */
  public static EventPage of(List<StoredEvent> events, long fromPosition) {
    return new EventPage(
        events, events.isEmpty() ? fromPosition : events.get(events.size() - 1).position() + 1);
  }

  /** True when the page holds no event: the reader has caught up with the log. */
  public boolean isEmpty() {
    return events.isEmpty();
  }
}
