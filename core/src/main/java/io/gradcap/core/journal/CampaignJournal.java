package io.gradcap.core.journal;

import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.CaptureEvent;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeEvent;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageEvent;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCardEvent;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.IdempotencyKeyReusedException;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * A campaign kept in an {@link EventStore}: decisions are recorded as events, and the campaign's
 * state is the fold of every event in the store over the campaign's start.
 *
 * <p>Streams: one per student ({@code student/2021010101}) for everything decided about one student
 * in any feature (sign-off rows, change requests, photographs, images, record cards); one per class
 * ({@code class/college/class}) for fees and register handovers; one per make-up slot ({@code
 * slot/id}) for opening and booking it, so two bookings cannot overfill it. Each decision is one
 * append to one stream, expecting the version the deciding state had seen: a concurrent decision on
 * the same student, class or slot surfaces as the store's {@link VersionConflictException}, and
 * {@code execute} catches up and decides again.
 *
 * <p>Idempotency: the key of an append is a hash of the command and its stream, so a command sent
 * again (a retry after a timeout, a double click) is stored once; commands carry their time, so two
 * real commands never share a key.
 *
 * <p>Opening reads the latest snapshot, if any, then folds only the events after it, page by page.
 * A snapshot holds what the events changed, not the start, so it is valid only with the same start.
 * Instances are safe for use by several threads; one instance per campaign and process.
 */
public final class CampaignJournal {

  private static final JournalCodec CODEC = JournalCodec.instance();
  private static final ObjectMapper JSON = JournalCodec.mapper();

  private final EventStore store;
  private final String name;
  private final CampaignState start;
  private final Clock clock;
  private final int pageSize;
  private final long snapshotAfter;
  private final int maxAttempts;
  private Fold fold;

  private CampaignJournal(Builder b) {
    store = Objects.requireNonNull(b.store);
    name = b.name;
    start = Objects.requireNonNull(b.start, "the campaign's start");
    clock = b.clock;
    pageSize = b.pageSize;
    snapshotAfter = b.snapshotAfter;
    maxAttempts = b.maxAttempts;
    fold = Fold.of(start);
  }

  /** A journal on this store; explicit, nothing is discovered. */
  public static Builder builder(EventStore store) {
    return new Builder(store);
  }

  /**
   * Loads the campaign: the latest snapshot, if one of a known format exists, then every event after
   * it. Saves a new snapshot when more than the configured number of events had to be folded.
   */
  public synchronized CampaignState open() {
    Fold loaded = null;
    Optional<Snapshot> snapshot = store.latestSnapshot(name).filter(s -> s.format().equals(Fold.SNAPSHOT_FORMAT));
    if (snapshot.isPresent()) {
      try {
        loaded = Fold.decode(start, snapshot.get().state());
      } catch (RuntimeException unreadable) {
        // A snapshot is a cache: one that does not fit this start costs a full replay, never data.
        loaded = null;
      }
    }
    fold = loaded != null ? loaded : Fold.of(start);
    catchUpLocked();
    if (snapshotAfter > 0 && fold.folded() >= snapshotAfter) {
      saveSnapshot();
    }
    return fold.state();
  }

  /** The campaign as last loaded or recorded. */
  public synchronized CampaignState state() {
    return fold.state();
  }

  /** The position of the last event folded; 0 before any. */
  public synchronized long position() {
    return fold.position();
  }

  /** Folds the events others appended since the last load and returns the campaign. */
  public synchronized CampaignState catchUp() {
    catchUpLocked();
    return fold.state();
  }

  /** Saves the current state as the campaign's snapshot, so the next open folds only later events. */
  public synchronized Snapshot saveSnapshot() {
    Snapshot snapshot = new Snapshot(name, Fold.SNAPSHOT_FORMAT, fold.position(), fold.encode(), clock.instant());
    store.saveSnapshot(snapshot);
    return snapshot;
  }

  /** Records what {@code SignOff.decide} returned for the command. */
  public CampaignState record(SignOffCommand command, List<SignOffEvent> events) {
    return recordEvents(command, events);
  }

  /** Records what {@code ChangeDecider.decide} accepted for the command (a refusal records nothing). */
  public CampaignState record(ChangeCommand command, List<ChangeEvent> events) {
    return recordEvents(command, events);
  }

  /** Records what {@code Captures.decide} returned for the command. */
  public CampaignState record(CaptureCommand command, List<CaptureEvent> events) {
    return recordEvents(command, events);
  }

  /** Records what {@code ImageConfirmation.decide} accepted for the command. */
  public CampaignState record(ImageCommand command, List<ImageEvent> events) {
    return recordEvents(command, events);
  }

  /** Records what {@code RecordCards.decide} accepted for the command. */
  public CampaignState record(RecordCardCommand command, List<RecordCardEvent> events) {
    return recordEvents(command, events);
  }

  /**
   * Decides on the current state and records; on a version conflict catches up and decides again,
   * up to the configured number of attempts, then lets the last conflict through.
   */
  public CampaignState execute(SignOffCommand command, Function<CampaignState, List<SignOffEvent>> decide) {
    return executeEvents(command, decide);
  }

  /** As {@link #execute(SignOffCommand, Function)}, for change requests. */
  public CampaignState execute(ChangeCommand command, Function<CampaignState, List<ChangeEvent>> decide) {
    return executeEvents(command, decide);
  }

  /** As {@link #execute(SignOffCommand, Function)}, for capture. */
  public CampaignState execute(CaptureCommand command, Function<CampaignState, List<CaptureEvent>> decide) {
    return executeEvents(command, decide);
  }

  /** As {@link #execute(SignOffCommand, Function)}, for images. */
  public CampaignState execute(ImageCommand command, Function<CampaignState, List<ImageEvent>> decide) {
    return executeEvents(command, decide);
  }

  /** As {@link #execute(SignOffCommand, Function)}, for record cards. */
  public CampaignState execute(RecordCardCommand command, Function<CampaignState, List<RecordCardEvent>> decide) {
    return executeEvents(command, decide);
  }

  private synchronized CampaignState executeEvents(Object command, Function<CampaignState, ? extends List<?>> decide) {
    for (int attempt = 1; ; attempt++) {
      try {
        return recordEvents(command, decide.apply(fold.state()));
      } catch (VersionConflictException conflict) {
        if (attempt >= maxAttempts) {
          throw conflict;
        }
      }
    }
  }

  private synchronized CampaignState recordEvents(Object command, List<?> events) {
    CampaignState state = fold.state();
    if (events.isEmpty()) {
      return state;
    }
    String stream = streamOf(events.get(0), state);
    List<NewEvent> encoded = new ArrayList<>(events.size());
    TreeSet<String> streams = new TreeSet<>();
    for (Object event : events) {
      streams.add(streamOf(event, state));
      encoded.add(CODEC.encode(event));
    }
    if (streams.size() > 1) {
      throw new GradcapException(ErrorCode.DECISION_SPANS_STREAMS, streams);
    }
    AppendRequest request = new AppendRequest(stream, fold.version(stream), idempotencyKey(command, stream), encoded);
    try {
      store.append(request);
    } catch (IdempotencyKeyReusedException alreadyRecorded) {
      // The same command on the same stream was recorded before: stored once, nothing more to do.
    } catch (VersionConflictException conflict) {
      catchUpLocked();
      throw conflict;
    }
    catchUpLocked();
    return fold.state();
  }

  private void catchUpLocked() {
    long next = fold.position() + 1;
    while (true) {
      EventPage page = store.readAll(next, pageSize);
      if (page.isEmpty()) {
        return;
      }
      for (StoredEvent e : page.events()) {
        fold.accept(e, CODEC.decode(e));
      }
      next = page.nextPosition();
    }
  }

  /** The stream a decision's event goes to (see the class comment). */
  static String streamOf(Object event, CampaignState state) {
    if (event instanceof SignOffEvent e) {
      return student(e.student());
    } else if (event instanceof ChangeEvent e) {
      if (e instanceof ChangeEvent.RequestOpened o) {
        return student(o.student().subject().student());
      } else if (e instanceof ChangeEvent.RecordFieldChanged c) {
        return student(c.student());
      } else if (e instanceof ChangeEvent.RecordLocked l) {
        return student(l.student());
      }
      String id = e instanceof ChangeEvent.EvidenceAttached a ? a.requestId()
          : e instanceof ChangeEvent.OriginalChecked c ? c.requestId()
          : ((ChangeEvent.StatusChanged) e).requestId();
      return state.changes().request(id).map(r -> student(r.subject().student()))
          .orElseThrow(() -> new GradcapException(ErrorCode.EVENT_OUTSIDE_CAMPAIGN, CODEC.typeName(e), id));
    } else if (event instanceof CaptureEvent e) {
      if (e instanceof CaptureEvent.Captured c) {
        return student(c.subject().student());
      } else if (e instanceof CaptureEvent.MarkedAbsent a) {
        return student(a.subject().student());
      } else if (e instanceof CaptureEvent.Refused r) {
        return student(r.subject().student());
      } else if (e instanceof CaptureEvent.MakeUpSlotOpened o) {
        return "slot/" + o.slotId();
      } else if (e instanceof CaptureEvent.MakeUpBooked b) {
        return "slot/" + b.slotId();
      }
      CaptureEvent.FeeCollected f = (CaptureEvent.FeeCollected) e;
      return "class/" + f.college() + "/" + f.classGroup();
    } else if (event instanceof ImageEvent e) {
      return student(e.student());
    } else if (event instanceof RecordCardEvent e) {
      if (e instanceof RecordCardEvent.Received r) {
        return student(r.student());
      } else if (e instanceof RecordCardEvent.GivenBack g) {
        return student(g.student());
      }
      return "class/" + ((RecordCardEvent.HandedOver) e).line().classRef();
    }
    throw new IllegalArgumentException("not a campaign event: " + event.getClass().getName());
  }

  private static String student(io.gradcap.core.record.StudentNumber n) {
    return "student/" + n.value();
  }

  /** {@code cmd-} and the SHA-256 of the command's JSON, its type and its stream: equal commands, equal keys. */
  static String idempotencyKey(Object command, String stream) {
    byte[] json = JSON.writeValueAsBytes(command);
    return "cmd-" + Hashing.sha256().newHasher()
        .putString(command.getClass().getName(), StandardCharsets.UTF_8).putByte((byte) 0)
        .putString(stream, StandardCharsets.UTF_8).putByte((byte) 0)
        .putBytes(json).hash();
  }

  @Override
  public String toString() {
    return "CampaignJournal[" + name + " at #" + position() + "]";
  }

  /** Configures a {@link CampaignJournal}. */
  public static final class Builder {
    private final EventStore store;
    private String name = "campaign";
    private @Nullable CampaignState start;
    private Clock clock = Clock.systemUTC();
    private int pageSize = 10_000;
    private long snapshotAfter = 0;
    private int maxAttempts = 3;

    private Builder(EventStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The campaign's name, which also names its snapshots; default {@code campaign}. */
    public Builder name(String name) {
      Preconditions.checkArgument(!name.isBlank() && name.length() <= Snapshot.MAX_NAME_LENGTH, "name '%s'", name);
      this.name = name;
      return this;
    }

    /** What the campaign holds before any event: see {@link CampaignState#start}. Required. */
    public Builder start(CampaignState start) {
      this.start = start;
      return this;
    }

    /** The clock that dates snapshots; events carry their own times. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** How many events to read per page; default 10,000. */
    public Builder pageSize(int pageSize) {
      Preconditions.checkArgument(pageSize > 0, "page size %s", pageSize);
      this.pageSize = pageSize;
      return this;
    }

    /** Save a snapshot on opening when at least this many events had to be folded; 0 (the default) never. */
    public Builder snapshotAfter(long events) {
      Preconditions.checkArgument(events >= 0, "events %s", events);
      this.snapshotAfter = events;
      return this;
    }

    /** How many times {@code execute} decides before a conflict is let through; default 3. */
    public Builder maxAttempts(int attempts) {
      Preconditions.checkArgument(attempts > 0, "attempts %s", attempts);
      this.maxAttempts = attempts;
      return this;
    }

    /** The journal, not yet loaded: call {@link CampaignJournal#open()}. */
    public CampaignJournal build() {
      Preconditions.checkState(start != null, "the campaign's start is required");
      return new CampaignJournal(this);
    }
  }
}
