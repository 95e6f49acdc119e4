package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.institution.College;
import io.gradcap.examples.demo.SeedCampaignDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ProgressCommandTest {

  static final Campaign CAMPAIGN = CampaignFiles.seed();

  @TempDir static Path dir;
  static SeedCampaignDemo.Result demo;

  @BeforeAll
  static void runTheDemo() throws IOException {
    demo = SeedCampaignDemo.run(CAMPAIGN, dir, Locale.ENGLISH, new PrintWriter(new StringWriter()));
  }

  private static String url() {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("campaign");
  }

  @Test
  void every_college_appears_with_the_counts_the_demo_reached() {
    CliRun run = CliRun.of("progress", "--db", url(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isIn(GradcapCommand.OK, GradcapCommand.BLOCKING_FINDINGS);
    List<JsonNode> colleges = run.lines().stream().filter(l -> l.get("level").asString().equals("college")).toList();
    Set<String> names = colleges.stream().map(l -> l.get("name").asString()).collect(Collectors.toSet());
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(names).contains(college.name());
    }
    for (SeedCampaignDemo.CollegeLine line : demo.progress()) {
      JsonNode cards = colleges.stream().filter(l -> l.get("name").asString().equals(line.college())
          && l.get("measure").asString().equals("record-cards-received")).findFirst().orElseThrow();
      assertThat(cards.get("done").asInt()).as(line.college()).isEqualTo(line.cardsReceived());
      assertThat(cards.get("expected").asInt()).as(line.college()).isEqualTo(line.students());
    }
    JsonNode institution = run.lines().stream().filter(l -> l.get("level").asString().equals("institution")).findFirst()
        .orElseThrow();
    assertThat(run.lines()).allSatisfy(l -> assertThat(l.has("status") && l.has("daysLeft") && l.has("milestone")).isTrue());
    assertThat(institution.get("name").asString()).isNotBlank();
    boolean overdue = run.lines().stream().anyMatch(l -> l.get("status").asString().equals("OVERDUE"));
    assertThat(run.exit()).isEqualTo(overdue ? GradcapCommand.BLOCKING_FINDINGS : GradcapCommand.OK);
  }

  @Test
  void the_text_table_names_every_college() {
    CliRun run = CliRun.of("progress", "--db", url(), "--lang", "zh");
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(run.out()).contains(college.name());
    }
  }

  @Test
  void a_missing_database_or_roster_is_unreadable_input() {
    assertThat(CliRun.of("progress", "--db", "jdbc:h2:file:" + dir.resolve("nothing-here")).exit())
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(CliRun.of("progress", "--db", url(), "--roster", dir.resolve("none.xlsx").toString()).exit())
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }
}
