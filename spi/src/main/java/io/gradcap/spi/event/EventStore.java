package io.gradcap.spi.event;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The append-only event log. Events are never updated or deleted; campaign state is their fold.
 *
 * <p>Streams: each event belongs to one stream and gets the next version in it (1, 2, 3, ...).
 * Appends to one stream are checked against the version the caller expects, so two people deciding
 * on the same state cannot both win. The whole log: every event also gets a position, increasing in
 * the order events became visible, with gaps allowed. Readers rely on that order, never on the
 * absence of gaps.
 *
 * <p>Implementations are safe for use by several threads. Every method may throw a {@link
 * io.gradcap.spi.PortException} when the storage cannot be reached; nothing is then half-written,
 * and the same call may be retried.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Appends the request's events atomically: all are stored, with versions {@code expectedVersion +
   * 1} on, or none.
   *
   * <p>If the request's idempotency key was already used by an equal request, nothing is stored and
   * the first append's result is returned, even when the stream has moved on since.
   *
   * @throws VersionConflictException if the stream is not at the expected version (retryable)
   * @throws IdempotencyKeyReusedException if the key was used by a different request
   * @throws IllegalArgumentException if a payload is larger than {@link #maxPayloadBytes()}
   */
  AppendResult append(AppendRequest request);

  /** The stream's version: its last event's version, 0 if it has no events. */
  long streamVersion(String streamId);

  /** The stream's events from the given version (1 for all) on, in version order; empty if none. */
  List<StoredEvent> readStream(String streamId, long fromVersion);

  /**
   * Up to {@code maxCount} events of the whole log whose position is {@code fromPosition} or more,
   * in position order. Start at 1; continue with the page's {@link EventPage#nextPosition()}.
   */
  EventPage readAll(long fromPosition, int maxCount);

  /** The position of the last event in the log, 0 if the log is empty. */
  long headPosition();

  /** The largest payload, in bytes, this store accepts. */
  int maxPayloadBytes();

  /** Saves a snapshot; earlier snapshots of the same name remain but are superseded. */
  void saveSnapshot(Snapshot snapshot);

  /** The snapshot of the given name with the highest position, if any. */
  Optional<Snapshot> latestSnapshot(String name);

  /**
   * Feeds every event from {@code fromPosition} on, in position order, to {@code consumer}, page by
   * page, and returns the position after the last event fed.
   */
  default long replay(long fromPosition, Consumer<? super StoredEvent> consumer) {
    long next = fromPosition;
    while (true) {
      EventPage page = readAll(next, 10_000);
      if (page.isEmpty()) {
        return next;
      }
      page.events().forEach(consumer);
      next = page.nextPosition();
    }
  }

  /** Releases what the store opened itself; a host's own pool is left open. */
  @Override
  default void close() {}
}
