package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.excel.XlsxTableReaderProvider;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** The seed's capture campaign, from the CSV files shipped in the jar. */
class ScheduleCommandTest {

  @TempDir Path dir;

  private Path seed(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = ScheduleCommandTest.class.getResourceAsStream("/seed/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private CliRun schedule(String rate, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("schedule", "--groups", seed("capture-groups.csv").toString(),
        "--windows", seed("capture-windows.csv").toString(), "--rate", rate, "--format", "json", "--lang", "en"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static List<String> seedClasses() throws IOException {
    try (InputStream in = ScheduleCommandTest.class.getResourceAsStream("/seed/capture-groups.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",")[3]).toList();
    }
  }

  @Test
  void at_the_published_average_the_seed_is_not_feasible_and_says_why() throws IOException {
    CliRun run = schedule("2.45");
    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(run.lines()).hasSize(1);
    JsonNode plan = run.lines().get(0);
    assertThat(plan.get("feasible").asBoolean()).isFalse();
    List<String> blocking = new ArrayList<>();
    plan.get("explanations").forEach(e -> {
      if (e.get("severity").asString().equals("BLOCKING")) {
        blocking.add(e.get("message").asString());
      }
    });
    assertThat(blocking).anySatisfy(m -> assertThat(m).startsWith("网络工程学院 needs 228 min"));
    assertThat(blocking).anySatisfy(m -> assertThat(m).startsWith("软件工程学院 needs 225 min"));
    assertThat(plan.get("slots").size()).isLessThan(seedClasses().size());
  }

  @Test
  void at_2_6_a_minute_every_class_is_placed_once_within_the_windows() throws IOException {
    CliRun run = schedule("2.6");
    assertThat(run.exit()).isZero();
    JsonNode plan = run.lines().get(0);
    assertThat(plan.get("feasible").asBoolean()).isTrue();
    List<String> placed = new ArrayList<>();
    int students = 0;
    for (JsonNode slot : plan.get("slots")) {
      placed.add(slot.get("class").asString());
      students += slot.get("headcount").asInt();
      assertThat(slot.get("date").asString()).startsWith("2023-04-2");
      assertThat(slot.get("start").asString()).isLessThan(slot.get("end").asString());
      assertThat(slot.get("station").asString()).isEqualTo("采集点");
      assertThat(slot.get("group").asString()).isNotBlank();
    }
    assertThat(placed).containsExactlyInAnyOrderElementsOf(seedClasses());
    assertThat(students).isEqualTo(3110);
  }

  @Test
  void writes_the_schedule_workbook_and_a_well_formed_gantt_chart_showing_every_class_and_college() throws Exception {
    Path xlsx = dir.resolve("schedule.xlsx");
    Path svg = dir.resolve("schedule.svg");
    assertThat(schedule("2.6", "--out", xlsx.toString(), "--svg", svg.toString()).exit()).isZero();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    Set<String> texts = new HashSet<>();
    NodeList nodes = doc.getElementsByTagName("text");
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
      all.append(nodes.item(i).getTextContent()).append('\n');
    }
    assertThat(texts).contains("网络工程学院", "软件工程学院", "联办本科班", "国际教育与旅游学院");
    for (String c : seedClasses()) {
      assertThat(all.toString()).contains(c + " ");
    }
    assertThat(all.toString()).contains("周庆标、陈雪利、张卫国、刘小玉");
    try (TableReader reader = new XlsxTableReaderProvider().open(Location.of(xlsx.toString()))) {
      assertThat(reader.sheetNames()).containsExactly("Capture schedule", "Arrival and queue lists");
      List<Row> rows = reader.rows("Capture schedule").toList();
      assertThat(rows.get(0).texts().get(0)).isEqualTo("Graduation photo capture schedule");
      assertThat(rows.get(1).texts()).startsWith("Date", "Time", "College (classes)");
    }
  }

  @Test
  void unreadable_input_is_exit_2() throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), "group,college\nx,y\n");
    CliRun run = CliRun.of("schedule", "--groups", groups.toString(), "--windows", seed("capture-windows.csv").toString(),
        "--rate", "2.6", "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines().get(0).has("error")).isTrue();
    assertThat(CliRun.of("schedule", "--rate", "2.6").exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }
}
