package io.gradcap.examples.picture;

import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Unplaced;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The capture schedule as an SVG Gantt chart: one lane per day and station, the session windows
 * shaded, one bar per class coloured by college and labelled with the class, its headcount and its
 * responsible persons (two upright lines); classes the plan could not place are listed below. Plain
 * string building; every text is XML-escaped.
 */
public final class ScheduleSvg {

  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#86bcb6", "#d37295"
  };
  private static final double PX_PER_MINUTE = 1.6;
  private static final int LEFT = 190;
  private static final int TOP = 70;
  private static final int LANE = 170;

  private ScheduleSvg() {}

  /** The chart in Chinese or English. */
  public static String render(CapturePlan plan, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    List<CaptureWindow> sessions = plan.problem().sessions();
    List<String> stations = plan.problem().stations().stream().map(Station::name).toList();
    TreeSet<LocalDate> days = new TreeSet<>();
    sessions.forEach(w -> days.add(w.date()));
    plan.slots().forEach(s -> days.add(s.date()));
    int from =
        sessions.stream().mapToInt(w -> minutes(w.startInclusive())).min().orElse(8 * 60) / 60 * 60;
    int to =
        (sessions.stream().mapToInt(w -> minutes(w.endExclusive())).max().orElse(18 * 60) + 59)
            / 60
            * 60;
    Map<String, String> colours = new LinkedHashMap<>();
    Map<String, List<String>> responsible = new LinkedHashMap<>();
    for (CaptureGroup g : plan.problem().groups()) {
      colours.computeIfAbsent(g.college(), c -> PALETTE[colours.size() % PALETTE.length]);
      responsible.put(g.id(), g.responsible());
    }
    List<LocalDate> dayList = new ArrayList<>(days);
    int lanes = Math.max(1, dayList.size() * stations.size());
    int width = LEFT + (int) Math.ceil((to - from) * PX_PER_MINUTE) + 40;
    int legendTop = TOP + lanes * LANE + 40;
    int legendRows = (colours.size() + 2) / 3;
    int unplacedTop = legendTop + legendRows * 24 + 30;
    int height =
        unplacedTop + (plan.unplaced().isEmpty() ? 0 : 24 + plan.unplaced().size() * 20) + 20;

    StringBuilder svg = new StringBuilder(16_384);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append(
            "\" font-family=\"'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(svg, 20, 34, 20, "bold", en ? "Graduation photo capture schedule" : "毕业图像采集时间安排", null);
    int students = plan.slots().stream().mapToInt(ClassSlot::headcount).sum();
    text(
        svg,
        20,
        56,
        12,
        null,
        en
            ? plan.slots().size()
                + " classes, "
                + students
                + " students placed; "
                + plan.unplaced().size()
                + " classes unplaced"
            : "已排 "
                + plan.slots().size()
                + " 个班 "
                + students
                + " 人；未排入 "
                + plan.unplaced().size()
                + " 个班",
        null);
    for (int m = from; m <= to; m += 60) {
      double x = x(m, from);
      svg.append("<line x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(TOP - 6)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(TOP + lanes * LANE)
          .append("\" stroke=\"#dddddd\"/>\n");
      text(svg, x - 14, TOP - 10, 11, null, String.format(Locale.ROOT, "%02d:00", m / 60), null);
    }
    for (int d = 0; d < dayList.size(); d++) {
      for (int s = 0; s < stations.size(); s++) {
        int lane = d * stations.size() + s;
        int y = TOP + lane * LANE;
        svg.append("<rect x=\"")
            .append(LEFT)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(fmt((to - from) * PX_PER_MINUTE))
            .append("\" height=\"")
            .append(LANE)
            .append("\" fill=\"none\" stroke=\"#999999\"/>\n");
        String label =
            dayList.get(d).toString() + (stations.size() > 1 ? " " + stations.get(s) : "");
        text(svg, 12, y + LANE / 2.0, 13, "bold", label, null);
        for (CaptureWindow w : sessions) {
          if (w.date().equals(dayList.get(d))) {
            svg.append("<rect class=\"window\" x=\"")
                .append(fmt(x(minutes(w.startInclusive()), from)))
                .append("\" y=\"")
                .append(y + 2)
                .append("\" width=\"")
                .append(fmt(w.minutes() * PX_PER_MINUTE))
                .append("\" height=\"")
                .append(LANE - 4)
                .append("\" fill=\"#f2f2f2\"/>\n");
          }
        }
      }
    }
    for (ClassSlot slot : plan.slots()) {
      int d = dayList.indexOf(slot.date());
      int s = Math.max(0, stations.indexOf(slot.station()));
      double y = TOP + (d * stations.size() + s) * LANE + 8;
      double x = x(minutes(slot.startInclusive()), from);
      double w =
          Math.max(
              2, (minutes(slot.endExclusive()) - minutes(slot.startInclusive())) * PX_PER_MINUTE);
      String people = String.join("、", responsible.getOrDefault(slot.groupId(), List.of()));
      String label = slot.classGroup() + " " + slot.headcount() + (en ? "" : "人");
      String tip =
          slot.college()
              + " "
              + label
              + " "
              + people
              + " "
              + slot.startInclusive()
              + "–"
              + slot.endExclusive();
      svg.append("<g class=\"bar\">\n<title>")
          .append(escape(tip))
          .append("</title>\n<rect x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(y))
          .append("\" width=\"")
          .append(fmt(w))
          .append("\" height=\"")
          .append(LANE - 16)
          .append("\" rx=\"2\" fill=\"")
          .append(colours.getOrDefault(slot.college(), PALETTE[0]))
          .append("\" stroke=\"#ffffff\"/>\n");
      // Two lines turned upright: the class and its headcount, then the responsible persons.
      double ty = y + LANE - 22;
      double tx = x + w / 2 - 1;
      text(svg, tx, ty, 10, null, label, "rotate(-90 " + fmt(tx) + ' ' + fmt(ty) + ")");
      tx = x + w / 2 + 10;
      text(svg, tx, ty, 10, null, people, "rotate(-90 " + fmt(tx) + ' ' + fmt(ty) + ")");
      svg.append("</g>\n");
    }
    text(svg, 20, legendTop, 13, "bold", en ? "Colleges" : "学院", null);
    int i = 0;
    for (Map.Entry<String, String> e : colours.entrySet()) {
      double x = 20 + (i % 3) * 380;
      double y = legendTop + 12 + (i / 3) * 24;
      svg.append("<rect x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(y))
          .append("\" width=\"16\" height=\"16\" fill=\"")
          .append(e.getValue())
          .append("\"/>\n");
      text(svg, x + 22, y + 13, 12, null, e.getKey(), null);
      i++;
    }
    if (!plan.unplaced().isEmpty()) {
      text(svg, 20, unplacedTop, 13, "bold", en ? "Not placed" : "未能排入", null);
      int row = 0;
      for (Unplaced u : plan.unplaced()) {
        text(
            svg,
            20,
            unplacedTop + 20 + row * 20,
            11,
            null,
            u.classGroup() + " " + u.headcount() + (en ? ": " : "人：") + u.reason().format(locale),
            null);
        row++;
      }
    }
    return svg.append("</svg>\n").toString();
  }

  private static void text(
      StringBuilder svg,
      double x,
      double y,
      int size,
      String weight,
      String content,
      String transform) {
    svg.append("<text x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" font-size=\"")
        .append(size)
        .append('"');
    if (weight != null) {
      svg.append(" font-weight=\"").append(weight).append('"');
    }
    if (transform != null) {
      svg.append(" transform=\"").append(transform).append('"');
    }
    svg.append('>').append(escape(content)).append("</text>\n");
  }

  private static double x(int minuteOfDay, int from) {
    return LEFT + (minuteOfDay - from) * PX_PER_MINUTE;
  }

  private static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
