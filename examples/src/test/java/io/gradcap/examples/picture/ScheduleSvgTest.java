package io.gradcap.examples.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.capture.plan.CaptureClass;
import io.gradcap.core.capture.plan.CaptureGroup;
import io.gradcap.core.capture.plan.CapturePlan;
import io.gradcap.core.capture.plan.CapturePlanner;
import io.gradcap.core.capture.plan.CaptureProblem;
import io.gradcap.core.capture.plan.CaptureWindow;
import io.gradcap.core.capture.plan.Order;
import io.gradcap.core.capture.plan.Station;
import io.gradcap.core.capture.plan.Throughput;
import io.gradcap.core.record.StudentNumber;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ScheduleSvgTest {

  private static CaptureGroup group(
      String id, String college, String className, int headcount, String... responsible) {
    List<StudentNumber> students = new ArrayList<>();
    for (int s = 1; s <= headcount; s++) {
      students.add(StudentNumber.of(id + String.format("%03d", s)));
    }
    return new CaptureGroup(
        id,
        college,
        college,
        List.of(new CaptureClass(className, students)),
        List.of(responsible),
        false,
        null,
        "");
  }

  private static String texts(String svg) throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = doc.getElementsByTagName("text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      all.append(nodes.item(i).getTextContent()).append('\n');
    }
    return all.toString();
  }

  @Test
  void names_with_markup_characters_stay_well_formed_and_unplaced_classes_are_listed()
      throws Exception {
    CaptureProblem problem =
        CaptureProblem.of(
            List.of(
                group("a", "R&D <学院>", "班\"1\" & 'x'", 40, "张三"),
                group("b", "动画学院", "21动画1班", 200, "叶宏代")),
            List.of(CaptureWindow.parse("2023-04-24 08:30–09:30")),
            List.of(new Station("教103", "教103", 1, Throughput.perMinute("2"))),
            Order.FIXED);
    CapturePlan plan = CapturePlanner.withoutTimetable().plan(problem);
    assertThat(plan.isComplete()).isFalse();
    String svg = ScheduleSvg.render(plan, Locale.SIMPLIFIED_CHINESE);
    String texts = texts(svg);
    assertThat(texts).contains("R&D <学院>", "班\"1\" & 'x' 40人", "张三", "动画学院", "未能排入", "21动画1班 200人");
  }
}
