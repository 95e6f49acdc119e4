package io.gradcap.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every subcommand shares: the language of its messages and the output format. */
final class OutputOptions {

  enum Format { text, json }

  @Option(names = "--format", description = "text 或 json（每行一个 JSON 对象）/ text or json, one object a line (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(names = "--lang", description = "zh 或 en / zh or en (default: ${DEFAULT-VALUE})", defaultValue = "zh")
  String lang;

  Locale locale() {
    return CampaignFiles.locale(lang);
  }

  boolean json() {
    return format == Format.json;
  }
}
