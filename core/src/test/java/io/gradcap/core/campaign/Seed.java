package io.gradcap.core.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed notice's campaign, a copy of {@code
 * examples/src/main/resources/campaigns/seed-2024.yaml}.
 */
final class Seed {

  static final String NAME = "seed-2024.yaml";

  private Seed() {}

  static String yaml() {
    try (InputStream in = Seed.class.getResourceAsStream("/campaigns/" + NAME)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Campaign campaign() {
    return CampaignCodec.read(yaml(), CampaignFormat.YAML, NAME);
  }
}
