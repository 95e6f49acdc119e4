package io.gradcap.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings the event store checks on a Galera cluster node before it opens. */
class GaleraTest {

  /** A node set up as the package documentation asks, as SHOW GLOBAL VARIABLES reports it. */
  private static Map<String, String> wellSetUp() {
    Map<String, String> settings = new HashMap<>();
    settings.put("wsrep_on", "ON");
    settings.put("wsrep_provider", "/usr/lib/galera/libgalera_smm.so");
    settings.put("binlog_format", "ROW");
    settings.put("innodb_autoinc_lock_mode", "2");
    settings.put(
        "wsrep_provider_options",
        "base_port = 4567; cert.log_conflicts = no; repl.commit_order = 3; "
            + "repl.key_format = FLAT8");
    return settings;
  }

  @Test
  void a_node_with_the_documented_settings_is_a_cluster_node_without_problems() {
    assertThat(Galera.isClusterNode(wellSetUp())).isTrue();
    assertThat(Galera.problems(wellSetUp())).isEmpty();
  }

  @Test
  void wsrep_off_or_no_provider_is_a_single_server() {
    Map<String, String> off = wellSetUp();
    off.put("wsrep_on", "OFF");
    Map<String, String> none = wellSetUp();
    none.put("wsrep_provider", "none");
    assertThat(Galera.isClusterNode(off)).isFalse();
    assertThat(Galera.isClusterNode(none)).isFalse();
    assertThat(Galera.isClusterNode(Map.of())).as("MySQL, no wsrep variables").isFalse();
  }

  @Test
  void a_statement_binlog_is_refused_naming_the_setting_and_the_value_it_needs() {
    Map<String, String> settings = wellSetUp();
    settings.put("binlog_format", "STATEMENT");
    assertThat(Galera.problems(settings))
        .containsExactly(
            "binlog_format is STATEMENT; Galera replicates rows only with binlog_format=ROW");
  }

  @Test
  void consecutive_auto_increment_locking_is_refused() {
    Map<String, String> settings = wellSetUp();
    settings.put("innodb_autoinc_lock_mode", "1");
    assertThat(Galera.problems(settings))
        .singleElement()
        .asString()
        .contains("innodb_autoinc_lock_mode is 1")
        .contains("innodb_autoinc_lock_mode=2");
  }

  @Test
  void out_of_order_commits_are_refused_because_readers_would_skip_events() {
    Map<String, String> settings = wellSetUp();
    settings.put(
        "wsrep_provider_options",
        "base_port = 4567; repl.commit_order = 1; repl.key_format = FLAT8");
    assertThat(Galera.problems(settings))
        .singleElement()
        .asString()
        .contains("repl.commit_order=1")
        .contains("repl.commit_order=3");
  }
}
