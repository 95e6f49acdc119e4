package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.START;
import static io.gradcap.core.journal.CampaignScenario.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.StoredEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot of the {@link CampaignScenario} as {@code gradcap-campaign/2} was first written,
 * kept byte for byte in {@value #GOLDEN}: today's code writes the same bytes and reads them back to
 * the scenario's state.
 *
 * <p>The capture state keeps its students and its maps in immutable sets and maps, whose order
 * changes from one JVM to the next; those parts alone are compared in a fixed order.
 */
class SnapshotGoldenTest {

  static final String GOLDEN = "/snapshots/campaign-scenario.json";

  private static final ObjectMapper JSON = JournalCodec.mapper();

  /** The fold of every event of the whole scenario, from the start. */
  static Fold scenarioFold() {
    InMemoryEventStore store = new InMemoryEventStore();
    CampaignJournal journal =
        CampaignScenario.journal(store)
            .name("campaign:2024")
            .start(START)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .build();
    journal.open();
    CampaignScenario.run(journal);
    Fold fold = Fold.of(START);
    for (StoredEvent e : store.readAll(1, Integer.MAX_VALUE).events()) {
      fold.accept(e, JournalCodec.instance().decode(e));
    }
    return fold;
  }

  static byte[] golden() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(SnapshotGoldenTest.class.getResourceAsStream(GOLDEN), GOLDEN)) {
      return in.readAllBytes();
    }
  }

  @Test
  void the_scenario_s_snapshot_is_written_as_it_was_first() throws IOException {
    byte[] written = scenarioFold().encode();
    byte[] golden = golden();

    assertThat(written).hasSameSizeAs(golden);
    assertThat(inFixedOrder(written)).isEqualTo(inFixedOrder(golden));
  }

  @Test
  void the_snapshot_first_written_reads_back_to_the_scenario_s_state() throws IOException {
    Fold fold = scenarioFold();
    Fold read = Fold.decode(START, golden());

    assertThat(read.state()).isEqualTo(fold.state());
    assertThat(read.position()).isEqualTo(fold.position());
    assertThat(read.encode()).hasSameSizeAs(golden());
  }

  /**
   * The snapshot's text with the capture state's sets and maps in a fixed order: its three lists of
   * students sorted, its slots by id, and its four flat maps by key.
   */
  private static String inFixedOrder(byte[] snapshot) {
    ObjectNode root = (ObjectNode) JSON.readTree(snapshot);
    ArrayNode captures = (ArrayNode) root.get("captures");
    ArrayNode fixed = JSON.createArrayNode();
    for (int i = 0; i < 3; i++) {
      fixed.add(sorted(captures.get(i), 1));
    }
    ObjectNode slots = JSON.createObjectNode();
    Map<String, JsonNode> bySlot = new TreeMap<>();
    captures.get(3).properties().forEach(e -> bySlot.put(e.getKey(), e.getValue()));
    bySlot.forEach(slots::set);
    fixed.add(slots);
    fixed.add(sorted(captures.get(4), 2));
    fixed.add(sorted(captures.get(5), 2));
    fixed.add(sorted(captures.get(6), 2));
    fixed.add(sorted(captures.get(7), 4));
    root.set("captures", fixed);
    return JSON.writeValueAsString(root);
  }

  /** A flat array of runs of {@code width} values, with its runs sorted by their text. */
  private static ArrayNode sorted(JsonNode flat, int width) {
    Map<String, List<JsonNode>> runs = new TreeMap<>();
    Iterator<JsonNode> values = flat.iterator();
    while (values.hasNext()) {
      List<JsonNode> run = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        run.add(values.next());
      }
      runs.put(run.toString(), run);
    }
    ArrayNode out = JSON.createArrayNode();
    runs.values().forEach(out::addAll);
    return out;
  }
}
