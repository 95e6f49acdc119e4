package io.gradcap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.adapters.jdbc.TestServers;
import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignParts;
import io.gradcap.core.journal.CampaignScenario;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.journal.SnapshotCountingStore;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.event.EventStore;
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
 * run through every feature's deciders is recorded in a real database, then loaded by a fresh store
 * and journal, with and without a snapshot.
 */
class JournalPersistenceIT {

  @TempDir static Path h2Dir;

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", (java.util.function.Supplier<String>) () -> "jdbc:h2:" + h2File()),
        Arguments.of(
            "PostgreSQL", (java.util.function.Supplier<String>) TestServers::postgresDatabase),
        Arguments.of(
            "MariaDB", (java.util.function.Supplier<String>) TestServers::mariaDbDatabase));
  }

  private static int h2Files;

  private static String h2File() {
    try {
      return Files.createDirectories(h2Dir)
          .resolve("campaign" + (++h2Files))
          .toAbsolutePath()
          .toString();
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

  private static CampaignJournal journal(EventStore store) {
    return CampaignScenario.journal(store)
        .name("campaign:2024")
        .start(CampaignScenario.START)
        .clock(Clock.fixed(CampaignScenario.T0, ZoneOffset.UTC))
        .pageSize(5)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_campaign_reloads_identically_from_a_fresh_store(
      String name, java.util.function.Supplier<String> database) {
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
      assertThat(reloaded.changes().history())
          .singleElement()
          .satisfies(c -> assertThat(c.newValue()).isEqualTo(CampaignScenario.NEW_ID));
      assertThat(fresh.readAll(1, 10_000).events()).isEqualTo(written);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_snapshot_and_its_tail_reload_identically_from_a_fresh_store(
      String name, java.util.function.Supplier<String> database) {
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
      assertThat(
              CampaignScenario.journal(fresh)
                  .name("without-snapshot")
                  .start(CampaignScenario.START)
                  .build()
                  .open())
          .isEqualTo(recorded);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_start_is_stored_once_and_a_campaign_opens_from_the_store_alone(
      String name, java.util.function.Supplier<String> database) {
    String url = database.get();
    CampaignState recorded;
    long head;
    try (JdbcEventStore store = store(url)) {
      SnapshotCountingStore counting = new SnapshotCountingStore(store);
      CampaignJournal journal = journal(counting);
      journal.open();
      recorded = CampaignScenario.run(journal);
      head = store.headPosition();
      // Re-open and send a command again: nothing is stored twice, neither the start nor an event.
      CampaignJournal again = journal(counting);
      again.open();
      CampaignScenario.steps().get(0).accept(again);
      journal(counting).open();
      assertThat(counting.saved("campaign:2024/start"))
          .singleElement()
          .satisfies(s -> assertThat(s.position()).isZero());
      assertThat(store.headPosition()).isEqualTo(head);
    }

    try (JdbcEventStore fresh = store(url)) {
      SnapshotCountingStore counting = new SnapshotCountingStore(fresh);
      CampaignJournal alone = CampaignScenario.journal(counting).name("campaign:2024").build();
      CampaignState reopened = alone.open();
      assertThat(CampaignParts.of(reopened))
          .isEqualTo(CampaignParts.of(recorded))
          .isEqualTo(CampaignParts.of(journal(counting).open()));
      assertThat(CampaignParts.of(alone.start()))
          .isEqualTo(CampaignParts.of(CampaignScenario.START));
      assertThat(counting.saved("campaign:2024/start")).isEmpty();

      List<RosterEntry> entries =
          new java.util.ArrayList<>(
              CampaignParts.entries(CampaignScenario.START.recordCards().roster()));
      entries.remove(entries.size() - 1);
      CampaignState other =
          CampaignState.start(CampaignScenario.START.signOffs().values(), Roster.of(entries));
      assertThatThrownBy(
              () ->
                  CampaignScenario.journal(fresh).name("campaign:2024").start(other).build().open())
          .isInstanceOfSatisfying(
              GradcapException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.START_MISMATCH));
      assertThat(fresh.headPosition()).isEqualTo(head);
    }
  }
}
