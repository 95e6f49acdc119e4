package io.gradcap.adapters.jdbc.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a MariaDB Galera cluster (a server with {@code wsrep_on}) needs from the event store, and
 * the settings the store relies on there. The reasoning is in the package documentation of {@code
 * io.gradcap.adapters.jdbc}.
 */
public final class Galera {

  /** The server variables the store reads at start to tell a cluster node and check it. */
  static final List<String> VARIABLES =
      List.of(
          "wsrep_on",
          "wsrep_provider",
          "binlog_format",
          "innodb_autoinc_lock_mode",
          "wsrep_provider_options");

  /**
   * Prefix of a statement that first waits until the node has applied what the cluster committed.
   */
  public static final String SYNC_WAIT = "SET STATEMENT wsrep_sync_wait=1 FOR ";

  /**
   * ER_LOCK_DEADLOCK: a certification failure, or a local transaction aborted by a replicated one.
   */
  private static final int DEADLOCK = 1213;

  /** ER_DUP_ENTRY: a replicated row took the key first. */
  private static final int DUPLICATE_KEY = 1062;

  /** ER_UNKNOWN_COM_ERROR: "WSREP has not yet prepared node for application use". */
  private static final int NOT_PREPARED = 1047;

  private Galera() {}

  /**
   * The server's settings that matter here, by lower-case name; empty values for those it does not
   * know (MySQL and MariaDB without wsrep).
   */
  public static Map<String, String> settings(Connection c) throws SQLException {
    Map<String, String> settings = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('"
                    + String.join("', '", VARIABLES)
                    + "')")) {
      while (r.next()) {
        settings.put(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2));
      }
    }
    return settings;
  }

  /** Whether the server replicates through a wsrep provider: it is a Galera cluster node. */
  public static boolean isClusterNode(Map<String, String> settings) {
    String provider = settings.getOrDefault("wsrep_provider", "none").trim();
    return "ON".equalsIgnoreCase(settings.getOrDefault("wsrep_on", "OFF").trim())
        && !provider.isEmpty()
        && !"none".equalsIgnoreCase(provider);
  }

  /**
   * What is wrong with a cluster node's settings for the event store, one sentence each naming the
   * setting and the value it needs; empty if nothing is.
   */
  public static List<String> problems(Map<String, String> settings) {
    List<String> problems = new ArrayList<>();
    if (!"ROW".equalsIgnoreCase(settings.getOrDefault("binlog_format", "").trim())) {
      problems.add(
          "binlog_format is "
              + settings.get("binlog_format")
              + "; Galera replicates rows only with binlog_format=ROW");
    }
    if (!"2".equals(settings.getOrDefault("innodb_autoinc_lock_mode", "").trim())) {
      problems.add(
          "innodb_autoinc_lock_mode is "
              + settings.get("innodb_autoinc_lock_mode")
              + "; Galera needs innodb_autoinc_lock_mode=2");
    }
    String commitOrder =
        providerOption(settings.getOrDefault("wsrep_provider_options", ""), "repl.commit_order");
    if (commitOrder != null && !"3".equals(commitOrder)) {
      problems.add(
          "wsrep_provider_options has repl.commit_order="
              + commitOrder
              + "; the event log needs repl.commit_order=3 so that every node commits in the cluster's order");
    }
    return problems;
  }

  /** Waits until the node has applied every transaction the cluster committed before the call. */
  public static void awaitApplied(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(SYNC_WAIT + "SELECT 1")) {
      r.next();
    }
  }

  /** One option of {@code wsrep_provider_options} ("a = 1; b = x; ..."), or null if absent. */
  static String providerOption(String options, String name) {
    for (String option : options.split(";")) {
      int eq = option.indexOf('=');
      if (eq > 0 && option.substring(0, eq).trim().equals(name)) {
        return option.substring(eq + 1).trim();
      }
    }
    return null;
  }

  /**
   * The transaction lost a conflict with one committed on another node (a certification failure or
   * a brute-force abort, both reported as a deadlock, or the duplicate key a replicated row
   * caused). Nothing of it was committed; it may run again.
   */
  public static boolean isConflict(SQLException e) {
    return anyCode(e, DEADLOCK) || anyCode(e, DUPLICATE_KEY);
  }

  /** The node is outside the primary component (or not yet synced) and refuses statements. */
  public static boolean isOutsidePrimary(SQLException e) {
    return anyCode(e, NOT_PREPARED);
  }

  private static boolean anyCode(SQLException e, int code) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      for (Throwable t = s; t != null; t = t.getCause()) {
        if (t instanceof SQLException q && q.getErrorCode() == code) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
    }
    return false;
  }
}
