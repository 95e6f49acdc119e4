package io.gradcap.core.journal;

import com.google.common.base.Preconditions;
import com.google.common.hash.Hashing;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.capture.CaptureCommand;
import io.gradcap.core.capture.Captures;
import io.gradcap.core.certificate.CertificateCommand;
import io.gradcap.core.certificate.CertificateSubmissions;
import io.gradcap.core.change.ChangeCommand;
import io.gradcap.core.change.ChangeDecider;
import io.gradcap.core.decision.CampaignCommand;
import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.decision.StreamId;
import io.gradcap.core.image.ImageCommand;
import io.gradcap.core.image.ImageConfirmation;
import io.gradcap.core.recordcard.RecordCardCommand;
import io.gradcap.core.recordcard.RecordCards;
import io.gradcap.core.signoff.SignOff;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A campaign kept in an {@link EventStore}: decisions are recorded as events, and the campaign's
 * state is the fold of every event in the store over the campaign's start.
 *
 * <p>Streams: one per student ({@code student/2021010101}) for everything decided about one student
 * in any feature (sign-off rows, change requests, photographs, images, record cards); one per class
 * ({@code class/college/class}) for fees and register handovers; one per college ({@code
 * college/name}) for its certificate submissions; one per make-up slot ({@code slot/id}) for
 * opening and booking it, so two bookings cannot overfill it. Each decision is one append to one
 * stream, expecting the version the deciding state had seen: a concurrent decision on the same
 * student, class or slot surfaces as the store's {@link VersionConflictException}, and {@code
 * execute} catches up and decides again.
 *
 * <p>Idempotency: the key of an append is a hash of the command, so a command sent again (a retry
 * after a timeout, a double click, a re-run) is stored once; commands carry their time, so two real
 * commands never share a key.
 *
 * <p>Opening reads the latest snapshot, if any, then folds only the events after it, page by page.
 * A snapshot holds what the events changed, not the start, so it is valid only with the same start.
 * Instances are safe for use by several threads; one instance per campaign and process.
 *
 * <p>The start is stored too, once, before the first event is appended or on the first {@link
 * #open()}: a snapshot named {@code <name>/start} of format {@code gradcap-start/1} at position 0,
 * holding the sign-off sheets as printed with their records and field classes, and the roster (ID
 * numbers in full: the store is the system of record). A journal built without a start reads it
 * from there, so a campaign opens from its store alone; a journal given a start that differs from
 * the stored one is refused ({@link ErrorCode#START_MISMATCH}), since its events would fold over
 * the wrong sheets.
 */
public final class CampaignJournal {

  private static final JournalCodec CODEC = JournalCodec.instance();
  private static final ObjectMapper JSON = JournalCodec.mapper();

  /** What the snapshot holding a campaign's start is named after: {@code <name>/start}. */
  public static final String START_SUFFIX = "/start";

  private final EventStore store;
  private final String name;
  private final CampaignState start;

  /**
   * Whether the store is known to hold this start: read from it, or checked against it and saved.
   */
  private boolean startStored;

  private final Clock clock;
  private final int pageSize;
  private final long snapshotAfter;
  private final int maxAttempts;
  private final @Nullable ChangeDecider changes;
  private final @Nullable Captures captures;
  private final @Nullable ImageConfirmation images;
  private final @Nullable RecordCards recordCards;
  private Fold fold;

  /**
   * The idempotency keys of the appends folded since the last load: a command whose key is here was
   * recorded already, so it is not sent to the store again. Keys folded into a snapshot are not
   * known; the store still answers for those.
   */
  private final Set<String> foldedKeys = new HashSet<>();

  private CampaignJournal(Builder b) {
    store = Objects.requireNonNull(b.store);
    name = b.name;
    clock = b.clock;
    if (b.start == null) {
      start = storedStart();
      startStored = true;
    } else {
      start = b.start;
    }
    pageSize = b.pageSize;
    snapshotAfter = b.snapshotAfter;
    maxAttempts = b.maxAttempts;
    changes = b.changes;
    captures = b.captures;
    images = b.images;
    recordCards = b.recordCards;
    fold = Fold.of(start);
  }

  /** A journal on this store; explicit, nothing is discovered. */
  public static Builder builder(EventStore store) {
    return new Builder(store);
  }

  /**
   * Loads the campaign: the latest snapshot, if one of a known format exists, then every event
   * after it. Saves a new snapshot when more than the configured number of events had to be folded.
   */
  public synchronized CampaignState open() {
    storeStartLocked();
    Fold loaded = null;
    Optional<Snapshot> snapshot =
        store.latestSnapshot(name).filter(s -> s.format().equals(Fold.SNAPSHOT_FORMAT));
    if (snapshot.isPresent()) {
      try {
        loaded = Fold.decode(start, snapshot.get().state());
      } catch (RuntimeException unreadable) {
        // A snapshot is a cache: one that does not fit this start costs a full replay, never data.
        loaded = null;
      }
    }
    fold = loaded != null ? loaded : Fold.of(start);
    foldedKeys.clear();
    catchUpLocked();
    if (snapshotAfter > 0 && fold.folded() >= snapshotAfter) {
      saveSnapshot();
    }
    return fold.state();
  }

  /** What the campaign held before any event: as given to the builder, or as the store holds it. */
  public CampaignState start() {
    return start;
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

  /**
   * Saves the current state as the campaign's snapshot, so the next open folds only later events.
   */
  public synchronized Snapshot saveSnapshot() {
    storeStartLocked();
    Snapshot snapshot =
        new Snapshot(name, Fold.SNAPSHOT_FORMAT, fold.position(), fold.encode(), clock.instant());
    store.saveSnapshot(snapshot);
    return snapshot;
  }

  /**
   * Decides a command on the campaign as folded and records what the decision stores: an accepted
   * command's events, or the facts a refusal keeps (a capture refused at the camera). A refusal
   * that stores nothing is returned and leaves the store untouched. On a version conflict (another
   * process decided on the same stream first) the journal catches up and decides again, up to the
   * configured number of attempts, then lets the last conflict through.
   *
   * <p>A decision that stores nothing is checked against the store first: if other processes
   * appended since, the journal catches up and decides again, so no command is refused on a stale
   * state. A command recorded before (the same command again: a retry, a re-run) is stored once; it
   * is decided again on the current state and its decision returned, so a repeated signature is an
   * accepted decision with no events and a repeated request id a refusal.
   *
   * @throws IllegalStateException for a feature whose decider the builder was not given
   */
  public synchronized <E extends CampaignEvent> Decision<E> execute(CampaignCommand<E> command) {
    for (int attempt = 1; ; attempt++) {
      Decision<E> decision = decide(command);
      if (decision.events().isEmpty()) {
        // Nothing to append, so no version check: the state it was decided on may be stale (a
        // refusal of what another process already made possible). Decide again if it was.
        long seen = fold.position();
        catchUpLocked();
        if (fold.position() != seen) {
          decision = decide(command);
        }
      }
      try {
        record(command, decision);
        return decision;
      } catch (VersionConflictException conflict) {
        if (attempt >= maxAttempts) {
          throw conflict;
        }
      }
    }
  }

  /**
   * The decision of the command's feature on the state it concerns; records nothing. A feature's
   * commands are decided by its own decider, which returns the feature's events: the cast holds.
   */
  @SuppressWarnings("unchecked")
  private <E extends CampaignEvent> Decision<E> decide(CampaignCommand<E> command) {
    return (Decision<E>) decideAny(command);
  }

  private Decision<? extends CampaignEvent> decideAny(CampaignCommand<?> command) {
    return switch (command.feature()) {
      case SIGN_OFF -> {
        SignOffCommand c = as(SignOffCommand.class, command);
        yield fold.signOff(c.student())
            .map(state -> SignOff.decide(c, state))
            .orElseGet(
                () ->
                    Decision.refuse(
                        ErrorCode.EVENT_OUTSIDE_CAMPAIGN.refusal(
                            c.student().value(), "sign-off", c.student())));
      }
      case CHANGE ->
          decider(changes, "changes").decide(as(ChangeCommand.class, command), fold.changes());
      case CAPTURE ->
          decider(captures, "captures").decide(as(CaptureCommand.class, command), fold.captures());
      case IMAGE -> {
        ImageCommand c = as(ImageCommand.class, command);
        ImageConfirmation images = decider(this.images, "images");
        yield fold.image(c.student())
            .map(state -> images.decide(c, state))
            .orElseGet(
                () ->
                    Decision.refuse(
                        ErrorCode.EVENT_OUTSIDE_CAMPAIGN.refusal(
                            c.student().value(), "image", c.student())));
      }
      case CERTIFICATE ->
          CertificateSubmissions.decide(as(CertificateCommand.class, command), fold.certificates());
      case RECORD_CARD ->
          decider(recordCards, "recordCards")
              .decide(as(RecordCardCommand.class, command), fold.recordCards());
    };
  }

  private static <C> C as(Class<C> type, CampaignCommand<?> command) {
    Preconditions.checkArgument(
        type.isInstance(command),
        "a %s command that is not a %s: %s",
        command.feature(),
        type.getSimpleName(),
        command.getClass().getName());
    return type.cast(command);
  }

  private static <D> D decider(@Nullable D decider, String builderMethod) {
    if (decider == null) {
      throw new IllegalStateException(
          "this journal decides no such command: build it with Builder." + builderMethod + "(…)");
    }
    return decider;
  }

  private void record(CampaignCommand<?> command, Decision<? extends CampaignEvent> decision) {
    List<? extends CampaignEvent> events = decision.events();
    Optional<StreamId> stream = decision.recordsOn();
    if (events.isEmpty() || stream.isEmpty()) {
      return;
    }
    storeStartLocked();
    List<NewEvent> encoded = new ArrayList<>(events.size());
    for (CampaignEvent event : events) {
      encoded.add(CODEC.encode(event));
    }
    String streamId = stream.get().value();
    String key = idempotencyKey(command);
    if (foldedKeys.contains(key)) {
      // Recorded before (a re-run, a retry): the store would answer with the first append, or
      // refuse the key.
      return;
    }
    AppendRequest request = new AppendRequest(streamId, fold.version(streamId), key, encoded);
    AppendResult result;
    try {
      result = store.append(request);
    } catch (IdempotencyKeyReusedException alreadyRecorded) {
      // The same command on the same stream was recorded before: stored once, nothing more to do.
      catchUpLocked();
      return;
    } catch (VersionConflictException conflict) {
      catchUpLocked();
      throw conflict;
    }
    catchUpTo(result, events);
  }

  private void catchUpLocked() {
    catchUpTo(null, List.of());
  }

  /**
   * Folds pages until the log is read to its end, or, after an append, until the append is folded
   * and a page comes back short: the empty page that would confirm the end costs a read per
   * decision. Later events are folded by the next catch-up, or surface as a version conflict. The
   * append's own events are folded as the objects that were encoded rather than decoded again: the
   * store holds exactly their encoding under the append's key (its fingerprint covers every event),
   * and the codec reads back what it writes.
   */
  private void catchUpTo(@Nullable AppendResult own, List<? extends CampaignEvent> ownEvents) {
    long next = fold.position() + 1;
    while (true) {
      EventPage page = store.readAll(next, pageSize);
      if (page.isEmpty()) {
        return;
      }
      for (StoredEvent e : page.events()) {
        if (own != null
            && own.eventCount() == ownEvents.size()
            && e.streamId().equals(own.streamId())
            && e.idempotencyKey().equals(own.idempotencyKey())
            && e.version() >= own.firstVersion()
            && e.version() <= own.lastVersion()) {
          fold.accept(e, ownEvents.get((int) (e.version() - own.firstVersion())));
        } else {
          fold.accept(e, CODEC.decode(e));
        }
        foldedKeys.add(e.idempotencyKey());
      }
      next = page.nextPosition();
      if (own != null
          && page.events().size() < pageSize
          && fold.version(own.streamId()) >= own.lastVersion()) {
        return;
      }
    }
  }

  /**
   * Reads the campaign's start from the store.
   *
   * @throws GradcapException {@link ErrorCode#NO_STORED_START} when there is none, {@link
   *     ErrorCode#UNREADABLE_START} when it does not decode
   */
  private CampaignState storedStart() {
    Snapshot stored =
        store
            .latestSnapshot(name + START_SUFFIX)
            .orElseThrow(() -> new GradcapException(ErrorCode.NO_STORED_START, name));
    checkFormat(stored);
    try {
      return StartCodec.read(stored.state());
    } catch (RuntimeException e) {
      // The cause's text may quote the start's content (names, ID numbers): only its kind is kept.
      throw new GradcapException(
          ErrorCode.UNREADABLE_START, name, stored.format(), e.getClass().getSimpleName());
    }
  }

  private void checkFormat(Snapshot stored) {
    if (!stored.format().equals(StartCodec.FORMAT)) {
      throw new GradcapException(
          ErrorCode.UNREADABLE_START, name, stored.format(), "unknown format");
    }
  }

  private JsonNode storedTree(Snapshot stored) {
    checkFormat(stored);
    try {
      return StartCodec.readTree(stored.state());
    } catch (RuntimeException e) {
      // The cause's text may quote the start's content (names, ID numbers): only its kind is kept.
      throw new GradcapException(
          ErrorCode.UNREADABLE_START, name, stored.format(), e.getClass().getSimpleName());
    }
  }

  /**
   * Makes sure the store holds this journal's start: saves it if the store holds none, refuses a
   * start that differs from the stored one. Stores nothing when they agree, so re-opening and
   * re-running store the start once.
   */
  private void storeStartLocked() {
    if (startStored) {
      return;
    }
    JsonNode given = StartCodec.tree(start);
    Optional<Snapshot> stored = store.latestSnapshot(name + START_SUFFIX);
    if (stored.isEmpty()) {
      store.saveSnapshot(
          new Snapshot(
              name + START_SUFFIX,
              StartCodec.FORMAT,
              0,
              StartCodec.encode(given),
              clock.instant()));
    } else {
      Optional<String> difference = StartCodec.difference(storedTree(stored.get()), given);
      if (difference.isPresent()) {
        throw new GradcapException(ErrorCode.START_MISMATCH, name, difference.get());
      }
    }
    startStored = true;
  }

  /**
   * {@code cmd-} and the SHA-256 of the command's type and JSON: equal commands, equal keys. The
   * stream is left out on purpose: a command sent again is the same command even when it is now
   * decided otherwise (a make-up booking accepted on the slot's stream, refused on the student's
   * once the student is booked), and it is stored once.
   */
  static String idempotencyKey(CampaignCommand<?> command) {
    byte[] json = JSON.writeValueAsBytes(command);
    return "cmd-"
        + Hashing.sha256()
            .newHasher()
            .putString(command.getClass().getName(), StandardCharsets.UTF_8)
            .putByte((byte) 0)
            .putBytes(json)
            .hash();
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
    private @Nullable ChangeDecider changes;
    private @Nullable Captures captures;
    private @Nullable ImageConfirmation images;
    private @Nullable RecordCards recordCards;

    private Builder(EventStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The campaign's name, which also names its snapshots and its stored start ({@code
     * <name>/start}); default {@code campaign}.
     */
    public Builder name(String name) {
      Preconditions.checkArgument(
          !name.isBlank()
              && name.length() <= Snapshot.MAX_NAME_LENGTH - START_SUFFIX.length()
              && !name.endsWith(START_SUFFIX),
          "name '%s'",
          name);
      this.name = name;
      return this;
    }

    /**
     * What the campaign holds before any event: see {@link CampaignState#start}. Given, it is
     * stored on the first open or append and must equal a start already stored; left out, the
     * journal reads the stored one when built.
     */
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

    /**
     * Save a snapshot on opening when at least this many events had to be folded; 0 (the default)
     * never.
     */
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

    /** The rules change requests are decided by (R3, R17); without it none are decided. */
    public Builder changes(ChangeDecider changes) {
      this.changes = Objects.requireNonNull(changes);
      return this;
    }

    /** The rules capture is decided by (R11–R13); without it no capture command is decided. */
    public Builder captures(Captures captures) {
      this.captures = Objects.requireNonNull(captures);
      return this;
    }

    /** The rules images are confirmed by (R16–R18); without it no image command is decided. */
    public Builder images(ImageConfirmation images) {
      this.images = Objects.requireNonNull(images);
      return this;
    }

    /**
     * The rules record cards are collected by (R8); without it no record-card command is decided.
     */
    public Builder recordCards(RecordCards recordCards) {
      this.recordCards = Objects.requireNonNull(recordCards);
      return this;
    }

    /**
     * The journal, not yet loaded: call {@link CampaignJournal#open()}.
     *
     * @throws GradcapException without a start, {@link ErrorCode#NO_STORED_START} when the store
     *     holds none for the campaign, {@link ErrorCode#UNREADABLE_START} when it does not decode
     */
    public CampaignJournal build() {
      return new CampaignJournal(this);
    }
  }
}
