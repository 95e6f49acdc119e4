package io.gradcap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.adapters.jdbc.TestServers;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignScenario;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.spi.event.StoredEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Core's campaign state persists and reloads identically on H2, PostgreSQL and MariaDB: a campaign
 * run through every feature's deciders is recorded in a real database, then loaded by a fresh
 * store and journal, with and without a snapshot.
 */
class JournalPersistenceIT {

  @TempDir
  static Path h2Dir;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (java.util.function.Supplier<String>) () -> "jdbc:h2:" + h2File()),
        Arguments.of("PostgreSQL", (java.util.function.Supplier<String>) TestServers::postgresDatabase),
        Arguments.of("MariaDB", (java.util.function.Supplier<String>) TestServers::mariaDbDatabase));
  }

  private static int h2Files;

  private static String h2File() {
    try {
      return Files.createDirectories(h2Dir).resolve("campaign" + (++h2Files)).toAbsolutePath().toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JdbcEventStore store(String url) {
    Properties props = new Properties();
    if (url.startsWith("jdbc:postgresql:")) {
      props.setProperty("user", "postgres");
      props.setProperty("password", "postgres");
    }
    return JdbcEventStore.open(url, props, JdbcOptions.defaults());
  }

  private static CampaignJournal journal(JdbcEventStore store) {
    return CampaignJournal.builder(store).name("campaign:2024").start(CampaignScenario.START)
        .clock(Clock.fixed(CampaignScenario.T0, ZoneOffset.UTC)).pageSize(5).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_campaign_reloads_identically_from_a_fresh_store(String name, java.util.function.Supplier<String> database) {
    String url = database.get();
    CampaignState recorded;
    List<StoredEvent> written;
    try (JdbcEventStore store = store(url)) {
      CampaignJournal journal = journal(store);
      journal.open();
      recorded = CampaignScenario.run(journal);
      written = store.readAll(1, 10_000).events();
      // A retried command is stored once, on a real database too.
      CampaignScenario.steps().get(0).accept(journal);
      assertThat(store.readAll(1, 10_000).events()).hasSameSizeAs(written);
    }

    try (JdbcEventStore fresh = store(url)) {
      CampaignState reloaded = journal(fresh).open();
      assertThat(reloaded).isEqualTo(recorded);
      assertThat(reloaded.changes().history()).singleElement()
          .satisfies(c -> assertThat(c.newValue()).isEqualTo(CampaignScenario.NEW_ID));
      assertThat(fresh.readAll(1, 10_000).events()).isEqualTo(written);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_snapshot_and_its_tail_reload_identically_from_a_fresh_store(String name,
      java.util.function.Supplier<String> database) {
    String url = database.get();
    CampaignState recorded;
    try (JdbcEventStore store = store(url)) {
      CampaignJournal journal = journal(store);
      journal.open();
      List<Consumer<CampaignJournal>> steps = CampaignScenario.steps();
      steps.subList(0, 20).forEach(s -> s.accept(journal));
      journal.saveSnapshot();
      steps.subList(20, steps.size()).forEach(s -> s.accept(journal));
      recorded = journal.state();
    }
    try (JdbcEventStore fresh = store(url)) {
      assertThat(journal(fresh).open()).isEqualTo(recorded);
      assertThat(CampaignJournal.builder(fresh).name("without-snapshot").start(CampaignScenario.START).build().open())
          .isEqualTo(recorded);
    }
  }
}
