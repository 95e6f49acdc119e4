package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Core's tests read a copy of the seed campaign; the copy must not drift from the shipped file. */
class SeedCampaignTest {

  @Test
  void core_tests_read_the_same_seed_campaign_as_ships_here() throws IOException {
    Path copy = Path.of("..", "core", "src", "test", "resources", "campaigns", "seed-2024.yaml");
    assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(CampaignFiles.readSeed());
  }
}
