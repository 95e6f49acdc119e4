package io.gradcap.examples.picture;

import io.gradcap.examples.demo.SeedCampaignDemo.CollegeLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The progress view as one self-contained XHTML page: inline CSS, one row of bars per college (a
 * bar per stage, its length the share of the college's students), no scripts and no external files,
 * so it opens from a file share or an e-mail attachment. Well-formed XML, so it can be checked.
 */
public final class ProgressHtml {

  private ProgressHtml() {}

  /** Writes the page. */
  public static void write(Path file, String title, List<CollegeLine> colleges, Locale locale) {
    try {
      Files.writeString(file, render(title, colleges, locale), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's text. */
  public static String render(String title, List<CollegeLine> colleges, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    String[] stages = en
        ? new String[] {"Signed", "Corrected", "Change requests", "Captured", "Record cards", "Images confirmed"}
        : new String[] {"已签名", "直接更正", "变更申请", "已采集", "学籍卡", "图像已确认"};
    String[] colours = {"#2e7d32", "#f9a825", "#c62828", "#1565c0", "#6a1b9a", "#00838f"};
    StringBuilder h = new StringBuilder();
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(en ? "en" : "zh-CN").append("\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}\n")
        .append("table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left;vertical-align:middle}\n")
        .append("th{border-bottom:1px solid #999}.college{font-weight:bold;padding-top:10px}\n")
        .append(".bar{height:12px;display:inline-block}.track{width:300px;background:#eee;display:inline-block}\n")
        .append(".num{font-variant-numeric:tabular-nums;text-align:right}\n</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<h2>").append(en ? "Progress by college" : "各学院进度")
        .append("</h2>\n<table>\n<tr><th>").append(en ? "College / stage" : "学院 / 环节").append("</th><th></th><th>")
        .append(en ? "Students" : "人数").append("</th><th>%</th></tr>\n");
    for (CollegeLine c : colleges) {
      int[] values = {c.signed(), c.corrected(), c.changeRequests(), c.captured(), c.cardsReceived(), c.imagesConfirmed()};
      h.append("<tr><td class=\"college\" colspan=\"4\">").append(escape(c.college())).append(" (")
          .append(c.students()).append(en ? " students" : " 人").append(")</td></tr>\n");
      for (int i = 0; i < stages.length; i++) {
        double share = c.students() == 0 ? 0 : 100.0 * values[i] / c.students();
        h.append("<tr><td>").append(stages[i]).append("</td><td><span class=\"track\"><span class=\"bar\" style=\"width:")
            .append(String.format(Locale.ROOT, "%.1f", share)).append("%;background:").append(colours[i])
            .append("\"></span></span></td><td class=\"num\">").append(values[i]).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%.1f", share)).append("</td></tr>\n");
      }
    }
    h.append("</table>\n</body>\n</html>\n");
    return h.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
