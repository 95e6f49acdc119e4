/**
 * The JDBC adapter: implements the SPI's event store and evidence vault on H2, PostgreSQL and
 * MariaDB/MySQL. It moves data; it knows no domain rules. Tier: adapter.
 *
 * <h2>What opening may do</h2>
 *
 * {@link io.gradcap.adapters.jdbc.JdbcOptions#openMode()} says what opening does to the database:
 *
 * <ul>
 *   <li>{@link io.gradcap.adapters.jdbc.OpenMode#MIGRATE} (the default): creates the adapter's
 *       tables if missing and migrates them, with the adapter's own Flyway history table.
 *   <li>{@link io.gradcap.adapters.jdbc.OpenMode#VALIDATE}: creates and migrates nothing; the open
 *       is refused unless the tables are there at exactly this release's schema version. For hosts
 *       that migrate in their own release process.
 *   <li>{@link io.gradcap.adapters.jdbc.OpenMode#READ_ONLY}: validates, and refuses every write. A
 *       URL the adapter opens itself never creates a database, and an H2 file is opened read-only,
 *       so it stays byte for byte unchanged.
 * </ul>
 *
 * A refused open or write throws {@link io.gradcap.spi.StoreRefusedException} with its reason
 * ({@code NO_DATABASE}, {@code NOT_A_STORE}, {@code SCHEMA_MISMATCH}, {@code READ_ONLY}) and leaves
 * the database as it was.
 *
 * <h2>Which URL settings are accepted</h2>
 *
 * A URL may come from a less trusted place than the code, and some driver settings run code when
 * connecting (H2's {@code INIT}, which can {@code CREATE ALIAS} a Java method and call it), load
 * classes (PostgreSQL's and MariaDB's {@code socketFactory}) or touch files ({@code loggerFile},
 * {@code allowLocalInfile}). The adapter accepts only settings on its allow-list, per driver and
 * with the values each may take, in the URL and in the driver properties alike; any other is
 * refused before connecting ({@code UNSAFE_SETTING}, naming the setting). A host that needs a
 * setting not on the list (client certificates, Kerberos) gives its own {@link
 * javax.sql.DataSource} instead of a URL.
 *
 * <h2>The event store on a MariaDB Galera cluster</h2>
 *
 * <p>A Galera cluster is multi-primary: every node takes writes, and a transaction's row changes
 * are replicated at commit and certified against the changes the cluster committed meanwhile. Row
 * locks are local to a node: {@code SELECT ... FOR UPDATE} on the append lock row does not stop a
 * writer on another node, and the conflict only shows at commit, as a certification failure (error
 * 1213, "deadlock") or a duplicate key (1062). Auto-increment values interleave by node ({@code
 * wsrep_auto_increment_control}), so with the single-server design a reader could see position 8
 * from one node before position 7 from another commits, and skip it. The store detects a cluster
 * node at start ({@code wsrep_on} with a provider) and then works as follows.
 *
 * <ul>
 *   <li><b>Positions from a counter that every append writes.</b> An append updates the counter row
 *       ({@code append_lock.last_position}) by its number of events and takes its positions from
 *       it. On one node the row lock orders appends; appends on different nodes write the same row,
 *       so certification lets only the first in the cluster's order commit. Every node commits in
 *       that one order ({@code repl.commit_order=3}), and positions grow in that order, so on any
 *       node positions become visible in increasing order with no gaps: a reader paging through the
 *       log never skips an event that commits later with a smaller position. The counter starts
 *       from the log's head, so a database that ran on one server before keeps its positions.
 *   <li><b>Conflicts run again.</b> A transaction that lost certification, was aborted by a
 *       replicated one, or hit a key a replicated row took, committed nothing: the store runs it
 *       again (up to 50 times, after a short random pause that grows). The second run sees the
 *       winner, so a stale expected version is answered with the SPI's {@link
 *       io.gradcap.spi.event.VersionConflictException} and a repeated idempotency key with the
 *       first append's result: an idempotent retry stores once.
 *   <li><b>Conflicts are decided on what the cluster committed.</b> A node may not yet have applied
 *       what another node committed. Before answering a version conflict, and in every run after a
 *       lost conflict, the store's check waits until the node has applied everything the cluster
 *       committed ({@code SET STATEMENT wsrep_sync_wait=1 FOR ...}), so that it never calls a
 *       conflict an append that was in fact stored (by the same request, through another node).
 *   <li><b>Reads see what the cluster committed.</b> Every read waits the same way, so a client
 *       reads its own writes on any node; opening the store waits too, so that tables another node
 *       just created are there before the migrations look.
 *   <li><b>A node outside the primary component refuses.</b> A node cut off from the majority (or
 *       catching up after a restart) refuses statements; the store reports that as {@link
 *       io.gradcap.adapters.jdbc.ClusterNodeUnavailableException}, retryable later or on another
 *       node. A node killed mid-commit leaves the outcome unknown to its client, which retries the
 *       same request (same key): the cluster either has it, and answers the first result, or not.
 * </ul>
 *
 * <p>The settings the store relies on, checked at start; a node without them is refused with a
 * message naming each: {@code binlog_format=ROW} and {@code innodb_autoinc_lock_mode=2} (Galera
 * replicates rows and needs interleaved auto-increment locking) and {@code repl.commit_order=3} in
 * {@code wsrep_provider_options} (the default: commits in the cluster's order on every node). Open
 * stores on one node first when the tables are new: two nodes creating the same tables at once
 * conflict, and one fails to open.
 *
 * <p>What it costs: all appends of the cluster pass through the one counter row, so appends scale
 * with batch size, not with nodes; writers on several nodes add certification conflicts, which the
 * store retries ({@link io.gradcap.adapters.jdbc.JdbcEventStore#conflictRetries()}). Plain MariaDB,
 * H2 and PostgreSQL keep the single-server design: the append lock row and identity positions.
 */
package io.gradcap.adapters.jdbc;
