package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.START;
import static io.gradcap.core.journal.CampaignScenario.T0;
import static io.gradcap.core.journal.CampaignScenario.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.Snapshot;
import io.gradcap.spi.event.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class SnapshotCodecTest {

  private final InMemoryEventStore store = new InMemoryEventStore();

  private CampaignJournal journal() {
    return CampaignScenario.journal(store)
        .name("campaign:2024")
        .start(START)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .build();
  }

  /** Every event in the store, folded from the start. */
  private Fold foldedFromScratch() {
    Fold fold = Fold.of(START);
    for (StoredEvent e : store.readAll(1, Integer.MAX_VALUE).events()) {
      fold.accept(e, JournalCodec.instance().decode(e));
    }
    return fold;
  }

  @Test
  void after_every_step_of_a_campaign_the_snapshot_decodes_to_the_fold_from_scratch() {
    CampaignJournal writer = journal();
    writer.open();
    for (Consumer<CampaignJournal> step : steps()) {
      step.accept(writer);
      Fold fold = foldedFromScratch();
      Fold decoded = Fold.decode(START, fold.encode());

      assertThat(decoded.state()).isEqualTo(fold.state()).isEqualTo(writer.state());
      assertThat(decoded.position()).isEqualTo(store.headPosition());
      for (String stream :
          List.of(
              "student/2021010101",
              "student/2021010102",
              "student/2021020202",
              "slot/m-1",
              "class/软件工程学院/21软件1班")) {
        assertThat(decoded.version(stream)).as(stream).isEqualTo(store.streamVersion(stream));
      }
      // Encoding what was decoded gives a snapshot that decodes to the same state again.
      assertThat(Fold.decode(START, decoded.encode()).state()).isEqualTo(fold.state());
    }
  }

  @Test
  void the_journal_reopens_from_its_snapshot_to_the_state_of_the_whole_log() {
    CampaignJournal writer = journal();
    writer.open();
    CampaignState state = CampaignScenario.run(writer);
    Snapshot snapshot = writer.saveSnapshot();

    assertThat(snapshot.format()).isEqualTo("gradcap-campaign/2");
    assertThat(journal().open()).isEqualTo(state);
  }

  @Test
  void a_snapshot_in_the_earlier_object_format_is_ignored_and_every_event_is_folded() {
    CampaignJournal writer = journal();
    writer.open();
    List<Consumer<CampaignJournal>> steps = steps();
    steps.subList(0, 10).forEach(s -> s.accept(writer));
    byte[] earlier = earlierFormat(foldedFromScratch());
    steps.subList(10, steps.size()).forEach(s -> s.accept(writer));
    // Claims the whole log while it holds only the first ten steps: read, it would lose the rest.
    store.saveSnapshot(
        new Snapshot("campaign:2024", "gradcap-campaign/1", store.headPosition(), earlier, T0));

    assertThat(journal().open()).isEqualTo(writer.state()).isEqualTo(foldedFromScratch().state());
    assertThatThrownBy(() -> Fold.decode(START, earlier)).isInstanceOf(RuntimeException.class);
  }

  @Test
  void bytes_that_are_not_a_whole_snapshot_of_this_start_do_not_decode() {
    CampaignJournal writer = journal();
    writer.open();
    CampaignScenario.run(writer);
    byte[] snapshot = foldedFromScratch().encode();
    CampaignState otherStart =
        CampaignState.start(
            List.of(START.signOffs().get(CampaignScenario.SOFTWARE_1)),
            START.recordCards().roster());

    assertThatThrownBy(() -> Fold.decode(START, Arrays.copyOf(snapshot, snapshot.length / 2)))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> Fold.decode(START, "{\"v\":3}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> Fold.decode(otherStart, snapshot))
        .isInstanceOf(RuntimeException.class);
  }

  /** The object-per-value encoding {@code gradcap-campaign/1} that earlier versions wrote. */
  private static byte[] earlierFormat(Fold fold) {
    ObjectMapper json = JournalCodec.mapper();
    CampaignState s = fold.state();
    ObjectNode root = json.createObjectNode();
    root.put("position", fold.position());
    root.set("versions", json.createObjectNode());
    ObjectNode outcomes = root.putObject("signOffOutcomes");
    s.signOffs()
        .forEach(
            (c, state) ->
                outcomes.set(
                    c.toString(), json.valueToTree(List.copyOf(state.outcomes().values()))));
    root.set("changeRequests", json.valueToTree(List.copyOf(s.changes().requests().values())));
    root.set("lockedRecords", json.valueToTree(List.copyOf(s.changes().lockedRecords())));
    root.set("fieldChanges", json.valueToTree(List.copyOf(s.changes().history())));
    root.set("captures", json.valueToTree(s.captures()));
    root.set("images", json.valueToTree(List.copyOf(s.images().values())));
    root.set("cardsReceived", json.valueToTree(List.copyOf(s.recordCards().received().values())));
    root.set("handovers", json.valueToTree(s.recordCards().handovers()));
    return json.writeValueAsBytes(root);
  }
}
