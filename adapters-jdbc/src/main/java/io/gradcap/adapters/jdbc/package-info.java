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
 * ({@code NO_DATABASE}, {@code NOT_A_STORE}, {@code SCHEMA_MISMATCH}, {@code READ_ONLY}) and
 * leaves the database as it was.
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
 */
package io.gradcap.adapters.jdbc;
