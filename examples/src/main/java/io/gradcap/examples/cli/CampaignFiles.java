package io.gradcap.examples.cli;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading campaign files and printing findings, shared by the subcommands. */
final class CampaignFiles {

  /** The seed notice's campaign, shipped in this jar. */
  static final String SEED_RESOURCE = "/campaigns/seed-2024.yaml";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CampaignFiles() {}

  static Locale locale(String lang) {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  static String text(Locale locale, String chinese, String english) {
    return english(locale) ? english : chinese;
  }

  /** The format a file's name says; YAML otherwise, since YAML reads JSON too. */
  static CampaignFormat formatOf(String fileName) {
    return CampaignFormat.ofFileName(fileName).orElse(CampaignFormat.YAML);
  }

  static String readSeed() {
    try (InputStream in = CampaignFiles.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SEED_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Campaign seed() {
    return CampaignCodec.read(readSeed(), CampaignFormat.YAML, "seed-2024.yaml");
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** One finding as one line of JSON. */
  static String json(Finding finding, Locale locale) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().name());
    node.put("subject", finding.subject());
    node.put("field", finding.field());
    node.put("location", finding.location());
    node.put("message", finding.message(locale));
    return JSON.writeValueAsString(node);
  }

  /** An error that stopped the command, as one line of JSON. */
  static String jsonError(String code, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.put("error", code);
    node.put("message", message);
    return JSON.writeValueAsString(node);
  }

  /** {@code 警告 notice.weekday-year @notice.weekdayClaims[0]：…} */
  static String line(Finding finding, Locale locale) {
    StringBuilder line = new StringBuilder(severity(finding.severity(), locale)).append(' ').append(finding.rule());
    if (finding.location() != null) {
      line.append(" @").append(finding.location());
    }
    return line.append(text(locale, "：", ": ")).append(finding.message(locale)).toString();
  }

  static String severity(Severity severity, Locale locale) {
    return switch (severity) {
      case BLOCKING -> text(locale, "【阻断】", "[blocking]");
      case WARNING -> text(locale, "【警告】", "[warning]");
      case INFO -> text(locale, "【提示】", "[info]");
    };
  }

  static String summary(List<Finding> findings, Locale locale) {
    long blocking = findings.stream().filter(Finding::isBlocking).count();
    if (findings.isEmpty()) {
      return text(locale, "未发现问题", "No findings");
    }
    return english(locale)
        ? findings.size() + " finding(s), " + blocking + " blocking"
        : "共 " + findings.size() + " 条，其中阻断 " + blocking + " 条";
  }
}
