package io.gradcap.core.campaign;

import java.util.Locale;
import java.util.Optional;

/** The file formats a campaign definition is read from and written to. */
public enum CampaignFormat {
  JSON,
  YAML;

  /** The format a file name's extension names: {@code .json}, {@code .yaml} or {@code .yml}. */
  public static Optional<CampaignFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
