package io.gradcap.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every subcommand shares: the language of its messages and the output format. */
final class OutputOptions {

  enum Format {
    text,
    json
  }

  /** The languages of messages; any other value is a usage error, never silently Chinese. */
  enum Lang {
    zh,
    en
  }

  @Option(
      names = "--format",
      description =
          "text 或 json（每行一个 JSON 对象）/ text or json, one object a line (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Format format;

  @Option(
      names = "--lang",
      description = "zh 或 en / zh or en (default: ${DEFAULT-VALUE})",
      defaultValue = "zh")
  Lang lang;

  Locale locale() {
    return CampaignFiles.locale(lang.name());
  }

  boolean json() {
    return format == Format.json;
  }
}
