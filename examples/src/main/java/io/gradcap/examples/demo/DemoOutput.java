package io.gradcap.examples.demo;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the demo's examples print and write: the campaign they run, the folder their files go to,
 * and the language they print in. Every printed sentence comes from the bundle {@value #BUNDLE}
 * ({@code messages.properties} in Chinese, {@code messages_en.properties} in English) through the
 * library's own {@link Message}, so no example carries a sentence in either language.
 */
final class DemoOutput {

  /** The demo's message bundle. */
  static final String BUNDLE = "io.gradcap.examples.demo.messages";

  /** The campaign's time zone: every time the demo's commands carry is a Chinese one. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Campaign campaign;
  private final Path dir;
  private final Locale locale;
  private final PrintWriter out;
  private final List<Path> files = new ArrayList<>();
  private int refused;
  private String firstRefusal = "";

  DemoOutput(Campaign campaign, Path dir, Locale locale, PrintWriter out) {
    this.campaign = campaign;
    this.dir = dir;
    this.locale = locale;
    this.out = out;
  }

  Campaign campaign() {
    return campaign;
  }

  Locale locale() {
    return locale;
  }

  /** The bundle's message in the output's language; arguments are printed as they are. */
  String text(String key, Object... args) {
    Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
    return Message.of(BUNDLE, key, texts).format(locale);
  }

  /** A numbered section's heading, after an empty line. */
  void heading(String key) {
    out.println();
    out.println(text(key));
  }

  /** One line of a section: the bundle's message, indented. */
  void say(String key, Object... args) {
    line(text(key, args));
  }

  /** One line of a section, already in the output's language. */
  void line(String text) {
    out.println("  " + text);
  }

  /** A detail under a line: a finding, a refusal, a row of a table. */
  void detail(String text) {
    out.println("    " + text);
  }

  /** A finding as a detail, in the output's language. */
  void detail(Finding finding) {
    detail(finding.describe(locale));
  }

  /**
   * Counts a refusal, to be summed up by {@link #refusals()}: a second run on the same database
   * sends commands the campaign has done already, and one line says so rather than one per command.
   */
  void refused(Finding reason) {
    if (refused++ == 0) {
      firstRefusal = reason.describe(locale);
    }
  }

  /** Prints how many commands were refused since the last call and the first reason, if any. */
  void refusals() {
    if (refused > 0) {
      say("refused.summary", refused, firstRefusal);
    }
    refused = 0;
    firstRefusal = "";
  }

  /** A file of the demo's folder, to be written. */
  Path file(String name) {
    return dir.resolve(name);
  }

  /** Notes a file written, to be listed at the end. */
  void wrote(Path file) {
    files.add(file);
  }

  List<Path> files() {
    return List.copyOf(files);
  }

  void flush() {
    out.flush();
  }

  /** A time of the campaign, in China. */
  static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(CHINA).toInstant();
  }
}
