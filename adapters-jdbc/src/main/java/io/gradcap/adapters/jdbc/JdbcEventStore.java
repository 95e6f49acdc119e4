package io.gradcap.adapters.jdbc;

import io.gradcap.adapters.jdbc.internal.Connections;
import io.gradcap.adapters.jdbc.internal.Database;
import io.gradcap.adapters.jdbc.internal.Dialect;
import io.gradcap.adapters.jdbc.internal.Galera;
import io.gradcap.spi.PortException;
import io.gradcap.spi.event.AppendRequest;
import io.gradcap.spi.event.AppendResult;
import io.gradcap.spi.event.EventPage;
import io.gradcap.spi.event.EventStore;
import io.gradcap.spi.event.IdempotencyKeyReusedException;
import io.gradcap.spi.event.NewEvent;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import io.gradcap.spi.event.VersionConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * The event store on H2, PostgreSQL or MariaDB/MySQL.
 *
 * <p>An append runs in one transaction: it takes the one-row append lock, answers a repeated
 * idempotency key from the appends table, checks the stream's version, then inserts the events and
 * the append's record. The lock makes positions become visible in increasing order, so a reader
 * paging through the log never skips an event that commits later with a smaller position; the
 * unique key on (stream, version) would refuse a lost update even without it. Positions come from
 * an identity column and may have gaps; nothing relies on them being dense.
 *
 * <p>The adapter only ever inserts events; the schema's triggers refuse updates and deletes. Every
 * value is bound as a parameter; only the validated schema and table prefix are part of the SQL
 * text. Nothing it logs holds a stream id, a payload or a URL.
 *
 * <p>On a MariaDB Galera cluster node the append lock serializes nothing across nodes, so there an
 * append advances a position counter instead and runs again when it loses a conflict with an append
 * committed on another node; reads first wait until the node has applied what the cluster
 * committed. The package documentation gives the reasoning.
 */
public final class JdbcEventStore implements EventStore {

  private static final String COLUMNS =
      "position, stream_id, version, type, payload, actor, recorded_at, idempotency_key";

  private final Database db;
  private final int maxPayloadBytes;
  private final String eventsTable;

  /** The INSERT of n events at index n, made when first needed. */
  private final String[] insertEvents;

  private final String[] insertPositioned;
  private final String insertAppend;
  private final String lock;

  /** On a Galera cluster: positions from the counter row, reads after the cluster's commits. */
  private final boolean cluster;

  private final String advance;
  private final LongAdder conflictRetries = new LongAdder();
  private final String check;
  private final String streamVersion;
  private final String readStream;
  private final String readAll;
  private final String head;
  private final String insertSnapshot;
  private final String latestSnapshot;

  private JdbcEventStore(Database db, JdbcOptions options, boolean cluster) {
    this.db = db;
    this.cluster = cluster;
    String read = cluster ? Galera.SYNC_WAIT : "";
    this.maxPayloadBytes = options.maxPayloadBytes();
    String events = db.table("events");
    eventsTable = events;
    insertEvents = new String[db.dialect().insertChunkRows() + 1];
    insertPositioned = new String[db.dialect().insertChunkRows() + 1];
    insertAppend =
        "INSERT INTO "
            + db.table("appends")
            + " (idempotency_key, stream_id, first_version, last_version, fingerprint) VALUES (?, ?, ?, ?, ?)";
    lock = "SELECT id FROM " + db.table("append_lock") + " WHERE id = 1 FOR UPDATE";
    advance =
        "UPDATE "
            + db.table("append_lock")
            + " SET last_position = LAST_INSERT_ID(GREATEST(last_position,"
            + " COALESCE((SELECT MAX(position) FROM "
            + events
            + "), 0)) + ?) WHERE id = 1";
    check =
        "SELECT (SELECT MAX(version) FROM "
            + events
            + " WHERE stream_id = ?),"
            + " a.stream_id, a.first_version, a.last_version, a.fingerprint FROM "
            + db.table("append_lock")
            + " l"
            + " LEFT JOIN "
            + db.table("appends")
            + " a ON a.idempotency_key = ? WHERE l.id = 1";
    streamVersion = read + "SELECT MAX(version) FROM " + events + " WHERE stream_id = ?";
    readStream =
        read
            + "SELECT "
            + COLUMNS
            + " FROM "
            + events
            + " WHERE stream_id = ? AND version >= ? ORDER BY version";
    readAll =
        read
            + "SELECT "
            + COLUMNS
            + " FROM "
            + events
            + " WHERE position >= ? ORDER BY position "
            + db.dialect().rowLimit();
    head = read + "SELECT MAX(position) FROM " + events;
    insertSnapshot =
        "INSERT INTO "
            + db.table("snapshots")
            + " (name, format, position, state, taken_at) VALUES (?, ?, ?, ?, ?)";
    latestSnapshot =
        read
            + "SELECT name, format, position, state, taken_at FROM "
            + db.table("snapshots")
            + " WHERE name = ? ORDER BY position DESC, id DESC "
            + db.dialect().rowLimit();
  }

  /**
   * Opens the store on the host's data source; the host keeps owning its pool, and {@link #close()}
   * leaves it open. Creates or updates the adapter's tables first, or with {@link
   * OpenMode#VALIDATE} or {@link OpenMode#READ_ONLY} only checks them.
   *
   * @throws io.gradcap.spi.StoreRefusedException if the options forbid migrating and the database
   *     holds no store, or one at another version; or a URL setting is not on the allow-list
   * @throws PortException if the database cannot be reached or its tables cannot be brought up to
   *     date
   */
  public static JdbcEventStore open(DataSource dataSource, JdbcOptions options) {
    return open(Databases.connections(dataSource, options), options);
  }

  /**
   * Opens the store on a JDBC URL such as {@code jdbc:h2:./campaign}, with the driver's connection
   * properties ({@code user}, {@code password}, ...). The store keeps a few connections and closes
   * them on {@link #close()}. Settings that may run code, load classes or touch files are refused
   * before connecting: see the package documentation.
   */
  public static JdbcEventStore open(String jdbcUrl, Properties properties, JdbcOptions options) {
    return open(Databases.connections(jdbcUrl, properties, options), options);
  }

  private static JdbcEventStore open(Connections connections, JdbcOptions options) {
    boolean cluster = clusterNode(connections);
    return new JdbcEventStore(Databases.open(connections, options), options, cluster);
  }

  /**
   * Whether the database is a node of a Galera cluster; if it is, checks its settings and waits
   * until it has applied what the cluster committed (tables another node created, say) before the
   * tables are brought up to date.
   *
   * @throws PortException if the node is set up in a way the store cannot be correct on
   */
  private static boolean clusterNode(Connections connections) {
    boolean cluster;
    List<String> problems;
    try {
      Connection c = connections.lease().connection();
      boolean broken = true;
      try {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        Map<String, String> settings =
            product.contains("mariadb") || product.contains("mysql")
                ? Galera.settings(c)
                : Map.of();
        cluster = Galera.isClusterNode(settings);
        problems = cluster ? Galera.problems(settings) : List.of();
        if (cluster && problems.isEmpty()) {
          Galera.awaitApplied(c);
        }
        broken = false;
      } finally {
        connections.release(c, broken);
      }
    } catch (SQLException e) {
      connections.close();
      if (Galera.isOutsidePrimary(e)) {
        throw new ClusterNodeUnavailableException("jdbc:mariadb", "open the event store", e);
      }
      throw Database.cannotConnect(e);
    }
    if (!problems.isEmpty()) {
      connections.close();
      throw new PortException(
          "jdbc:mariadb",
          "this Galera cluster node is set up in a way the event store cannot"
              + " be correct on: "
              + String.join("; ", problems));
    }
    return cluster;
  }

  /**
   * Whether the store runs on a Galera cluster node: positions from the counter row, appends run
   * again after losing a conflict to another node, reads wait for the cluster's commits.
   */
  public boolean isClusterNode() {
    return cluster;
  }

  /**
   * How many times appends ran again after losing a conflict to a concurrent append (on a Galera
   * cluster, usually one committed on another node); 0 elsewhere.
   */
  public long conflictRetries() {
    return conflictRetries.sum();
  }

  @Override
  public AppendResult append(AppendRequest request) {
    for (NewEvent e : request.events()) {
      if (e.payloadSize() > maxPayloadBytes) {
        throw new IllegalArgumentException(
            "payload of a "
                + e.type()
                + " event has "
                + e.payloadSize()
                + " bytes, more than the "
                + maxPayloadBytes
                + " this store accepts");
      }
    }
    byte[] fingerprint = request.fingerprint();
    for (int attempt = 1; ; attempt++) {
      boolean again = attempt > 1;
      try {
        return db.inTransaction(c -> appendLocked(c, request, fingerprint, again));
      } catch (SQLException e) {
        if (cluster && Galera.isConflict(e) && attempt < CLUSTER_ATTEMPTS) {
          // Nothing of the transaction committed: run it again. Its checks then see the winner's
          // append, and answer a conflict on the stream or a repeated key as usual.
          conflictRetries.increment();
          pause(attempt);
          continue;
        }
        throw appendFailure(request, e);
      }
    }
  }

  /** How many times an append runs on a cluster before its conflicts are reported. */
  private static final int CLUSTER_ATTEMPTS = 50;

  /**
   * A short random wait, longer after each lost conflict, so that the nodes' writers take turns.
   */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L << Math.min(attempt, 5)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortException("jdbc", "interrupted while appending; nothing was stored", e);
    }
  }

  private PortException appendFailure(AppendRequest request, SQLException e) {
    if (cluster && Galera.isOutsidePrimary(e)) {
      return new ClusterNodeUnavailableException(db.location(), "append to a stream", e);
    }
    if (cluster && Galera.isConflict(e)) {
      return new PortException(
          db.location(),
          "append to a stream: it lost "
              + CLUSTER_ATTEMPTS
              + " conflicts in a row with appends on other cluster nodes; nothing was stored, retry",
          e);
    }
    if (db.isUniqueViolation(e)) {
      // Only a writer that bypasses the append lock can get here; report it as what it is.
      return new VersionConflictException(
          db.location(),
          request.streamId(),
          request.expectedVersion(),
          streamVersion(request.streamId()));
    }
    return db.failure("append to a stream", e);
  }

  /**
   * The port error for a failed read or write: on a cluster node outside the primary component,
   * typed.
   */
  private PortException failure(String what, SQLException e) {
    if (cluster && Galera.isOutsidePrimary(e)) {
      return new ClusterNodeUnavailableException(db.location(), what, e);
    }
    return db.failure(what, e);
  }

  private AppendResult appendLocked(
      Connection c, AppendRequest request, byte[] fingerprint, boolean again) throws SQLException {
    // Checked once before taking the lock, so that a stale request fails without waiting for it,
    // and again under the lock, where the answer cannot change before the commit. On a cluster, an
    // append that runs again after losing a conflict first waits for the winner to be applied here.
    AppendResult earlier = check(c, request, fingerprint, cluster && again);
    if (earlier != null) {
      return earlier;
    }
    long firstPosition = 0;
    if (cluster) {
      firstPosition = advance(c, request.events().size());
    } else {
      try (PreparedStatement s = c.prepareStatement(lock);
          ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the append lock row is missing", "55000");
        }
      }
    }
    earlier = check(c, request, fingerprint, false);
    if (earlier != null) {
      return earlier;
    }
    insertEvents(c, request, firstPosition);
    AppendResult result = request.result();
    try (PreparedStatement s = c.prepareStatement(insertAppend)) {
      s.setString(1, request.idempotencyKey());
      s.setString(2, request.streamId());
      s.setLong(3, result.firstVersion());
      s.setLong(4, result.lastVersion());
      s.setBytes(5, fingerprint);
      s.executeUpdate();
    }
    return result;
  }

  /**
   * Advances the cluster's position counter by {@code count} and returns the first of the positions
   * it reserved. The counter row is written by every append, so two appends on different nodes
   * always conflict at certification, and positions commit in the cluster's one order. It starts
   * from the log's head, so a database that ran on a single server before keeps its positions.
   */
  private long advance(Connection c, int count) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(advance, Statement.RETURN_GENERATED_KEYS)) {
      s.setInt(1, count);
      if (s.executeUpdate() != 1) {
        throw new SQLException("the append lock row is missing", "55000");
      }
      try (ResultSet r = s.getGeneratedKeys()) {
        if (!r.next()) {
          throw new SQLException("the position counter returned no value", "55000");
        }
        return r.getLong(1) - count + 1;
      }
    }
  }

  /**
   * Inserts the request's events in version order, many to a statement: full chunks in one JDBC
   * batch, the rest (the remainder, or rows cut short by large payloads) each in a statement of its
   * own size. Statements run in order, so positions increase with versions. With a first position
   * (on a cluster), events take the positions from it on; otherwise the identity column numbers
   * them.
   */
  private void insertEvents(Connection c, AppendRequest request, long firstPosition)
      throws SQLException {
    List<NewEvent> all = request.events();
    int chunkRows = db.dialect().insertChunkRows();
    int chunkBytes = db.dialect().insertChunkBytes();
    PreparedStatement chunks = null;
    int batched = 0;
    try {
      int from = 0;
      while (from < all.size()) {
        int to = from + 1;
        long bytes = all.get(from).payloadSize();
        while (to < all.size()
            && to - from < chunkRows
            && bytes + all.get(to).payloadSize() <= chunkBytes) {
          bytes += all.get(to++).payloadSize();
        }
        if (to - from == chunkRows) {
          if (chunks == null) {
            chunks = c.prepareStatement(insertEvents(chunkRows, firstPosition > 0));
          }
          bind(chunks, request, from, to, firstPosition);
          chunks.addBatch();
          batched++;
        } else {
          if (batched > 0) {
            chunks.executeBatch();
            batched = 0;
          }
          try (PreparedStatement s =
              c.prepareStatement(insertEvents(to - from, firstPosition > 0))) {
            bind(s, request, from, to, firstPosition);
            s.executeUpdate();
          }
        }
        from = to;
      }
      if (batched > 0) {
        chunks.executeBatch();
      }
    } finally {
      if (chunks != null) {
        chunks.close();
      }
    }
  }

  /**
   * Binds the events from index {@code from} (inclusive) to {@code to} (exclusive) as one
   * statement's rows.
   */
  private static void bind(
      PreparedStatement s, AppendRequest request, int from, int to, long firstPosition)
      throws SQLException {
    List<NewEvent> all = request.events();
    String streamId = request.streamId();
    String key = request.idempotencyKey();
    int p = 0;
    for (int i = from; i < to; i++) {
      NewEvent e = all.get(i);
      if (firstPosition > 0) {
        s.setLong(++p, firstPosition + i);
      }
      s.setString(++p, streamId);
      s.setLong(++p, request.expectedVersion() + i + 1);
      s.setString(++p, e.type());
      s.setBytes(++p, e.payload());
      s.setString(++p, e.actor());
      s.setLong(++p, micros(e.recordedAt()));
      s.setString(++p, key);
    }
  }

  /**
   * The INSERT of {@code rows} events, at most the dialect's chunk, with their positions or
   * without.
   */
  private String insertEvents(int rows, boolean positioned) {
    String[] cache = positioned ? insertPositioned : insertEvents;
    String sql = cache[rows];
    if (sql == null) {
      StringBuilder b =
          new StringBuilder(100 + 27 * rows)
              .append("INSERT INTO ")
              .append(eventsTable)
              .append(positioned ? " (position, " : " (")
              .append(
                  "stream_id, version, type, payload, actor, recorded_at, idempotency_key) VALUES ");
      for (int i = 0; i < rows; i++) {
        b.append(i == 0 ? "" : ", ")
            .append(positioned ? "(?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)");
      }
      sql = b.toString();
      cache[rows] = sql;
    }
    return sql;
  }

  /**
   * The first append's result if the key was used by this same request; null if the key is new and
   * the stream is at the expected version.
   *
   * @throws IdempotencyKeyReusedException if the key was used by a different request
   * @throws VersionConflictException if the key is new and the stream has moved on
   */
  private AppendResult check(
      Connection c, AppendRequest request, byte[] fingerprint, boolean syncWait)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(syncWait ? Galera.SYNC_WAIT + check : check)) {
      s.setString(1, request.streamId());
      s.setString(2, request.idempotencyKey());
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the append lock row is missing", "55000");
        }
        long current = r.getLong(1);
        String firstStream = r.getString(2);
        if (firstStream != null) {
          if (!Arrays.equals(r.getBytes(5), fingerprint)) {
            throw new IdempotencyKeyReusedException(
                db.location(), request.idempotencyKey(), firstStream);
          }
          return new AppendResult(
              firstStream, r.getLong(3), r.getLong(4), request.idempotencyKey());
        }
        if (current != request.expectedVersion()) {
          if (cluster && !syncWait) {
            // This node may not have applied everything the cluster committed yet, the request's
            // own append included: only what the cluster committed may decide a conflict.
            return check(c, request, fingerprint, true);
          }
          throw new VersionConflictException(
              db.location(), request.streamId(), request.expectedVersion(), current);
        }
        return null;
      }
    }
  }

  private long version(Connection c, String streamId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(streamVersion)) {
      s.setString(1, streamId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public long streamVersion(String streamId) {
    Objects.requireNonNull(streamId, "streamId");
    try {
      return db.read(c -> version(c, streamId));
    } catch (SQLException e) {
      throw failure("read a stream's version", e);
    }
  }

  @Override
  public List<StoredEvent> readStream(String streamId, long fromVersion) {
    Objects.requireNonNull(streamId, "streamId");
    try {
      return db.read(
          c -> {
            try (PreparedStatement s = c.prepareStatement(readStream)) {
              s.setString(1, streamId);
              s.setLong(2, fromVersion);
              return events(s);
            }
          });
    } catch (SQLException e) {
      throw failure("read a stream", e);
    }
  }

  @Override
  public EventPage readAll(long fromPosition, int maxCount) {
    if (maxCount < 1) {
      throw new IllegalArgumentException("maxCount must be 1 or more");
    }
    long from = Math.max(fromPosition, 1);
    try {
      return EventPage.of(
          db.read(
              c -> {
                try (PreparedStatement s = c.prepareStatement(readAll)) {
                  s.setLong(1, from);
                  s.setInt(2, maxCount);
                  s.setFetchSize(Math.min(maxCount, 10_000));
                  return events(s);
                }
              }),
          from);
    } catch (SQLException e) {
      throw failure("read the log", e);
    }
  }

  private static List<StoredEvent> events(PreparedStatement s) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        events.add(
            new StoredEvent(
                r.getLong(1),
                r.getString(2),
                r.getLong(3),
                r.getString(4),
                r.getBytes(5),
                r.getString(6),
                instant(r.getLong(7)),
                r.getString(8)));
      }
    }
    return events;
  }

  @Override
  public long headPosition() {
    try {
      return db.read(
          c -> {
            try (PreparedStatement s = c.prepareStatement(head);
                ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          });
    } catch (SQLException e) {
      throw failure("read the head position", e);
    }
  }

  @Override
  public int maxPayloadBytes() {
    return maxPayloadBytes;
  }

  @Override
  public void saveSnapshot(Snapshot snapshot) {
    try {
      db.inTransaction(
          c -> {
            try (PreparedStatement s = c.prepareStatement(insertSnapshot)) {
              s.setString(1, snapshot.name());
              s.setString(2, snapshot.format());
              s.setLong(3, snapshot.position());
              s.setBytes(4, snapshot.state());
              s.setLong(5, micros(snapshot.takenAt()));
              return s.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw failure("save a snapshot", e);
    }
  }

  @Override
  public Optional<Snapshot> latestSnapshot(String name) {
    try {
      return db.read(
          c -> {
            try (PreparedStatement s = c.prepareStatement(latestSnapshot)) {
              s.setString(1, name);
              s.setInt(2, 1);
              try (ResultSet r = s.executeQuery()) {
                return r.next()
                    ? Optional.of(
                        new Snapshot(
                            r.getString(1),
                            r.getString(2),
                            r.getLong(3),
                            state(r),
                            instant(r.getLong(5))))
                    : Optional.<Snapshot>empty();
              }
            }
          });
    } catch (SQLException e) {
      throw failure("read a snapshot", e);
    }
  }

  /**
   * A snapshot's state. On H2 it is read into an array of its stored length: {@code getBytes}
   * gathers a large LOB in a growing buffer, copying it again at each doubling (a campaign's
   * snapshot runs to tens of megabytes).
   */
  private byte[] state(ResultSet r) throws SQLException {
    if (db.dialect() != Dialect.H2) {
      return r.getBytes(4);
    }
    Blob blob = r.getBlob(4);
    try {
      long length = blob.length();
      if (length > Integer.MAX_VALUE - 16) {
        return r.getBytes(4);
      }
      byte[] state = new byte[(int) length];
      try (InputStream in = blob.getBinaryStream()) {
        if (in.readNBytes(state, 0, state.length) != state.length || in.read() != -1) {
          throw new SQLException("a snapshot's length changed while it was read");
        }
      } catch (IOException e) {
        throw new SQLException("could not read a snapshot", e);
      }
      return state;
    } finally {
      blob.free();
    }
  }

  /** Closes the connections the store opened itself; a host's data source is left open. */
  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "JdbcEventStore[" + db.location() + "]";
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
