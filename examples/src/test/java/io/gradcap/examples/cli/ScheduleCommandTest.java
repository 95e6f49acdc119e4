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
    List<String> args =
        new ArrayList<>(
            List.of(
                "schedule",
                "--groups",
                seed("capture-groups.csv").toString(),
                "--windows",
                seed("capture-windows.csv").toString(),
                "--rate",
                rate,
                "--format",
                "json",
                "--lang",
                "en"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static List<String> seedClasses() throws IOException {
    try (InputStream in =
        ScheduleCommandTest.class.getResourceAsStream("/seed/capture-groups.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(l -> l.split(",")[3])
          .toList();
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
    plan.get("explanations")
        .forEach(
            e -> {
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
  void writes_the_schedule_workbook_and_a_well_formed_gantt_chart_showing_every_class_and_college()
      throws Exception {
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
      assertThat(reader.sheetNames())
          .containsExactly("Capture schedule", "Arrival and queue lists");
      List<Row> rows = reader.rows("Capture schedule").toList();
      assertThat(rows.get(0).texts().get(0)).isEqualTo("Graduation photo capture schedule");
      assertThat(rows.get(1).texts()).startsWith("Date", "Time", "College (classes)");
    }
  }

  @Test
  void unreadable_input_is_exit_2() throws IOException {
    Path groups = Files.writeString(dir.resolve("g.csv"), "group,college\nx,y\n");
    CliRun run =
        CliRun.of(
            "schedule",
            "--groups",
            groups.toString(),
            "--windows",
            seed("capture-windows.csv").toString(),
            "--rate",
            "2.6",
            "--format",
            "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines().get(0).has("error")).isTrue();
    assertThat(CliRun.of("schedule", "--rate", "2.6").exit())
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }

  // ---- absurd numbers and located input problems ----

  private CliRun oneClass(String rate, String... more) throws IOException {
    Path groups =
        Files.writeString(
            dir.resolve("g.csv"),
            "group,college,cohort,class,headcount,responsible\nnet,网络工程学院,2019级,19网络1班,42,李旋飞\n");
    Path windows =
        Files.writeString(dir.resolve("w.csv"), "date,start,end\n2023-04-24,08:30,11:50\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "schedule",
                "--groups",
                groups.toString(),
                "--windows",
                windows.toString(),
                "--rate",
                rate,
                "--format",
                "json"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private CliRun withInput(String groupsCsv, String windowsCsv) throws IOException {
    Path groups =
        Files.writeString(
            dir.resolve("g.csv"), "group,college,cohort,class,headcount,responsible\n" + groupsCsv);
    Path windows = Files.writeString(dir.resolve("w.csv"), "date,start,end\n" + windowsCsv);
    return CliRun.of(
        "schedule",
        "--groups",
        groups.toString(),
        "--windows",
        windows.toString(),
        "--rate",
        "2.6",
        "--format",
        "json",
        "--lang",
        "en");
  }

  private static String error(CliRun run) {
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines()).hasSize(1);
    return run.lines().get(0).get("message").asString();
  }

  @Test
  void a_rate_whose_seconds_once_overflowed_into_a_feasible_plan_is_refused() throws IOException {
    CliRun run = oneClass("0.000000586733137", "--lang", "en");
    assertThat(error(run))
        .isEqualTo(
            "--rate: GC-0601 A rate of 0.000000586733137 students a minute per camera is"
                + " outside the allowed range 0.01 to 1000: give the measured rate, such as 2.45 (about one student every 24 seconds)");
  }

  @Test
  void a_vanishing_rate_says_what_is_wrong_the_range_and_what_to_do_in_chinese_by_default()
      throws IOException {
    assertThat(error(oneClass("1e-300")))
        .isEqualTo(
            "--rate: GC-0601 每台相机每分钟采集 1e-300 人，超出允许范围 0.01–1000 人：请填写实测的采集速度，例如 2.45（约每 24 秒一人）");
  }

  @Test
  void a_rate_above_1000_a_minute_is_refused() throws IOException {
    assertThat(error(oneClass("1000.5", "--lang", "en"))).contains("1000.5", "0.01 to 1000");
    assertThat(oneClass("1000").exit()).isZero();
  }

  @Test
  void a_rate_that_is_not_a_number_is_named_with_an_example() throws IOException {
    assertThat(error(oneClass("fast", "--lang", "en")))
        .isEqualTo(
            "--rate: \"fast\" is not a number: give the students a station photographs a minute, such as 2.45");
  }

  @Test
  void more_than_50_stations_are_refused_with_the_range() throws IOException {
    assertThat(error(oneClass("2.6", "--stations", "51", "--lang", "en")))
        .isEqualTo(
            "GC-0604 51 stations are outside the allowed range 1 to 50: give the stations that really work at once");
    assertThat(oneClass("2.6", "--stations", "50").exit()).isZero();
  }

  @Test
  void a_headcount_outside_1_to_999_is_refused_at_its_cell() throws IOException {
    assertThat(error(withInput("net,网络工程学院,2019级,19网络1班,1000,李旋飞\n", "2023-04-24,08:30,11:50\n")))
        .isEqualTo("g.csv!g!E2: the headcount \"1000\" must be a whole number from 1 to 999");
  }

  @Test
  void a_missing_class_name_is_refused_at_its_cell() throws IOException {
    assertThat(error(withInput("net,网络工程学院,2019级,,40,李旋飞\n", "2023-04-24,08:30,11:50\n")))
        .isEqualTo("g.csv!g!D2: class is required");
  }

  @Test
  void a_class_listed_twice_names_both_cells() throws IOException {
    assertThat(
            error(
                withInput(
                    "net,网络工程学院,2019级,19网络1班,40,李旋飞\nnet,网络工程学院,2019级,19网络1班,41,李旋飞\n",
                    "2023-04-24,08:30,11:50\n")))
        .isEqualTo(
            "g.csv!g!D3: the class 19网络1班 already appears at g.csv!g!D2; list each class once");
  }

  @Test
  void a_date_outside_this_century_is_refused_at_its_cell() throws IOException {
    assertThat(error(withInput("net,网络工程学院,2019级,19网络1班,40,李旋飞\n", "1900-04-24,08:30,11:50\n")))
        .isEqualTo(
            "w.csv!w!A2: the date \"1900-04-24\" must lie from 2000-01-01 to 2099-12-31, written like 2023-04-24");
  }

  @Test
  void a_time_past_23_59_is_refused_at_its_cell() throws IOException {
    assertThat(error(withInput("net,网络工程学院,2019级,19网络1班,40,李旋飞\n", "2023-04-24,08:30,24:30\n")))
        .isEqualTo(
            "w.csv!w!C2: the time \"24:30\" must lie from 00:00 to 23:59, written like 08:30");
  }

  @Test
  void a_window_ending_before_it_starts_is_refused_at_its_end() throws IOException {
    assertThat(error(withInput("net,网络工程学院,2019级,19网络1班,40,李旋飞\n", "2023-04-24,11:50,08:30\n")))
        .isEqualTo("w.csv!w!C2: the end 08:30 must come after the start 11:50");
  }

  @Test
  void windows_spread_over_more_than_366_days_are_refused_with_the_range() throws IOException {
    assertThat(
            error(
                withInput(
                    "net,网络工程学院,2019级,19网络1班,40,李旋飞\n",
                    "2023-04-24,08:30,11:50\n2024-04-24,08:30,11:50\n")))
        .startsWith(
            "GC-0606 The capture sessions run from 2023-04-24 to 2024-04-24, 367 days, more than the 366 days allowed");
  }

  @Test
  void students_are_numbered_by_the_position_of_their_groups_first_row() throws IOException {
    Path groups =
        Files.writeString(
            dir.resolve("g.csv"),
            "group,college,cohort,class,headcount,responsible\n"
                + "a,甲学院,2019级,a1,2,张\nb,乙学院,2020级,b1,1,李\na,甲学院,2019级,a2,1,张\n");
    Path windows =
        Files.writeString(dir.resolve("w.csv"), "date,start,end\n2023-04-24,08:30,11:50\n");
    ScheduleInput input = ScheduleInput.read(groups, windows);
    assertThat(input.problems()).isEmpty();
    assertThat(input.groups())
        .extracting(
            g -> g.classes().stream().flatMap(c -> c.queue().stream()).map(n -> n.value()).toList())
        .containsExactly(
            List.of("20190101001", "20190101002", "20190102001"), List.of("20200201001"));
  }
}
