package io.gradcap.examples.picture;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.Measure;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.core.progress.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign's progress view ({@link CampaignProgress}, what {@code gradcap progress} prints) as
 * one self-contained XHTML page: inline CSS, no scripts and no external files, so it opens from a
 * file share or an e-mail attachment. The institution and each college get a bar per measure, its
 * length the share done, its colour the measure's status; a table gives every class's counts.
 * Colleges are named in the page's language where the campaign has the name. Well-formed XML, so it
 * can be checked: each view is a {@code tbody} with {@code data-scope}, {@code data-college} and
 * {@code data-class}, each line a {@code tr} or cell with {@code data-measure}, {@code data-done},
 * {@code data-expected} and {@code data-status}.
 */
public final class ProgressHtml {

  private static final Map<Status, String> COLOURS =
      new EnumMap<>(
          Map.of(
              Status.OVERDUE,
              "#c62828",
              Status.OPEN,
              "#1565c0",
              Status.DONE,
              "#2e7d32",
              Status.INFORMATION,
              "#757575"));

  /** The measures a class's row shows, in column order. */
  private static final List<Measure> CLASS_COLUMNS =
      List.of(
          Measure.SHEETS_RETURNED,
          Measure.RECORD_CARDS_RECEIVED,
          Measure.CAPTURE_CODES_HELD,
          Measure.CAPTURED,
          Measure.CONFIRMED,
          Measure.OPEN_CHANGE_REQUESTS);

  private ProgressHtml() {}

  /** Writes the page. */
  public static void write(
      Path file, String title, Campaign campaign, CampaignProgress progress, Locale locale) {
    try {
      Files.writeString(file, render(title, campaign, progress, locale), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's text. */
  public static String render(
      String title, Campaign campaign, CampaignProgress progress, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder h = new StringBuilder();
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(en ? "en" : "zh-CN")
        .append("\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}\n")
        .append(
            "table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:middle}\n")
        .append("th{border-bottom:1px solid #999}.view{font-weight:bold;padding-top:10px}\n")
        .append(
            ".bar{height:12px;display:inline-block}.track{width:300px;background:#eee;display:inline-block}\n")
        .append(".num{font-variant-numeric:tabular-nums;text-align:right}\n")
        .append(
            ".OVERDUE{color:#c62828}.OPEN{color:#1565c0}.DONE{color:#2e7d32}.INFORMATION{color:#757575}\n")
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(escape(title))
        .append("</h1>\n<p>")
        .append(en ? "As of " : "统计日期：")
        .append(progress.today())
        .append("</p>\n<h2>")
        .append(en ? "Progress by college" : "各学院进度")
        .append("</h2>\n<table>\n<thead><tr><th>")
        .append(en ? "College / measure" : "学院 / 事项")
        .append("</th><th></th><th>")
        .append(en ? "Done" : "完成")
        .append("</th><th>%</th><th>")
        .append(en ? "Status" : "状态")
        .append("</th></tr></thead>\n");
    view(h, progress.institution(), progress.institution().title(locale), locale);
    for (ProgressView college : progress.colleges()) {
      view(h, college, collegeName(campaign, college.collegeIfAny().orElseThrow(), locale), locale);
    }
    h.append("</table>\n<h2>")
        .append(en ? "Classes" : "各班级")
        .append("</h2>\n<table>\n<thead><tr><th>")
        .append(en ? "College" : "学院")
        .append("</th><th>")
        .append(en ? "Class" : "班级")
        .append("</th>");
    for (Measure m : CLASS_COLUMNS) {
      h.append("<th>").append(escape(m.label(locale))).append("</th>");
    }
    h.append("</tr></thead>\n");
    for (ProgressView c : progress.classes()) {
      String college = c.collegeIfAny().orElseThrow();
      h.append("<tbody")
          .append(attributes(c))
          .append("><tr><td>")
          .append(escape(collegeName(campaign, college, locale)))
          .append("</td><td>")
          .append(escape(c.classGroupIfAny().orElseThrow()))
          .append("</td>");
      for (Measure m : CLASS_COLUMNS) {
        ProgressLine line = c.line(m);
        h.append("<td class=\"num ")
            .append(line.status().name())
            .append("\"")
            .append(data(line))
            .append(">")
            .append(count(line))
            .append("</td>");
      }
      h.append("</tr></tbody>\n");
    }
    h.append("</table>\n</body>\n</html>\n");
    return h.toString();
  }

  /** A view's heading row and one bar per measure, in the measures' order. */
  private static void view(StringBuilder h, ProgressView view, String name, Locale locale) {
    h.append("<tbody")
        .append(attributes(view))
        .append(">\n<tr><td class=\"view\" colspan=\"5\">")
        .append(escape(name))
        .append("</td></tr>\n");
    for (Measure m : Measure.values()) {
      ProgressLine line = view.line(m);
      double share = line.expected() == 0 ? 0 : 100.0 * line.done() / line.expected();
      String percent = String.format(Locale.ROOT, "%.1f", share);
      h.append("<tr")
          .append(data(line))
          .append("><td>")
          .append(escape(line.label(locale)))
          .append("</td><td><span class=\"track\"><span class=\"bar\" style=\"width:")
          .append(percent)
          .append("%;background:")
          .append(COLOURS.get(line.status()))
          .append("\"></span></span></td><td class=\"num\">")
          .append(count(line))
          .append("</td><td class=\"num\">")
          .append(line.expected() == 0 ? "" : percent)
          .append("</td><td class=\"")
          .append(line.status().name())
          .append("\">")
          .append(escape(line.status().label(locale)));
      line.milestoneIfAny().ifPresent(ms -> h.append(" · ").append(ms.date()));
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n");
  }

  private static String attributes(ProgressView view) {
    StringBuilder a =
        new StringBuilder(" data-scope=\"")
            .append(view.scope().name().toLowerCase(Locale.ROOT))
            .append('"');
    view.collegeIfAny().ifPresent(c -> a.append(" data-college=\"").append(escape(c)).append('"'));
    view.classGroupIfAny().ifPresent(c -> a.append(" data-class=\"").append(escape(c)).append('"'));
    return a.toString();
  }

  private static String data(ProgressLine line) {
    return " data-measure=\""
        + line.measure().key()
        + "\" data-done=\""
        + line.done()
        + "\" data-expected=\""
        + line.expected()
        + "\" data-status=\""
        + line.status().name()
        + "\"";
  }

  /** {@code 548/551}, or the bare count where there is nothing to be out of. */
  private static String count(ProgressLine line) {
    Measure.Kind kind = line.measure().kind();
    return kind == Measure.Kind.OUTSTANDING || kind == Measure.Kind.INFORMATION
        ? Integer.toString(line.done())
        : line.done() + "/" + line.expected();
  }

  /** The college by its name in the page's language, where the campaign has one. */
  static String collegeName(Campaign campaign, String college, Locale locale) {
    return campaign.institution().college(college).map(c -> c.name(locale)).orElse(college);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
