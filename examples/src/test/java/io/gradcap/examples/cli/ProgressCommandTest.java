package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.institution.College;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignScenario;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.examples.demo.DemoProgress;
import io.gradcap.examples.demo.SeedCampaignDemo;
import io.gradcap.spi.evidence.Sha256;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ProgressCommandTest {

  static final Campaign CAMPAIGN = CampaignFiles.seed();

  @TempDir static Path dir;
  static SeedCampaignDemo.Result demo;

  @BeforeAll
  static void runTheDemo() throws IOException {
    demo = SeedCampaignDemo.run(CAMPAIGN, dir, Locale.ENGLISH, new PrintWriter(new StringWriter()));
  }

  private static String url() {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("campaign");
  }

  @Test
  void every_college_appears_with_the_counts_the_demo_reached() {
    CliRun run = CliRun.of("progress", "--db", url(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isIn(GradcapCommand.OK, GradcapCommand.BLOCKING_FINDINGS);
    List<JsonNode> colleges =
        run.lines().stream().filter(l -> l.get("level").asString().equals("college")).toList();
    Set<String> names =
        colleges.stream().map(l -> l.get("name").asString()).collect(Collectors.toSet());
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(names).contains(college.name());
    }
    for (SeedCampaignDemo.CollegeLine line : demo.progress()) {
      JsonNode cards =
          colleges.stream()
              .filter(
                  l ->
                      l.get("name").asString().equals(line.college())
                          && l.get("measure").asString().equals("record-cards-received"))
              .findFirst()
              .orElseThrow();
      assertThat(cards.get("done").asInt()).as(line.college()).isEqualTo(line.cardsReceived());
      assertThat(cards.get("expected").asInt()).as(line.college()).isEqualTo(line.students());
    }
    JsonNode institution =
        run.lines().stream()
            .filter(l -> l.get("level").asString().equals("institution"))
            .findFirst()
            .orElseThrow();
    assertThat(run.lines())
        .allSatisfy(
            l -> assertThat(l.has("status") && l.has("daysLeft") && l.has("milestone")).isTrue());
    assertThat(institution.get("name").asString()).isNotBlank();
    boolean overdue =
        run.lines().stream().anyMatch(l -> l.get("status").asString().equals("OVERDUE"));
    assertThat(run.exit())
        .isEqualTo(overdue ? GradcapCommand.BLOCKING_FINDINGS : GradcapCommand.OK);
  }

  @Test
  void the_text_table_names_every_college() {
    CliRun run = CliRun.of("progress", "--db", url(), "--lang", "zh");
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(run.out()).contains(college.name());
    }
  }

  @Test
  void a_missing_database_or_campaign_is_unreadable_input() {
    assertThat(CliRun.of("progress", "--db", "jdbc:h2:file:" + dir.resolve("nothing-here")).exit())
        .isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    CliRun noSuchCampaign =
        CliRun.of("progress", "--db", url(), "--name", "no-such-campaign", "--lang", "en");
    assertThat(noSuchCampaign.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(noSuchCampaign.err()).contains("GC-1111", "no-such-campaign");
  }

  @Test
  void the_demo_database_needs_no_roster_file_beside_it() throws IOException {
    Path moved = Files.createDirectories(dir.resolve("moved"));
    Files.copy(dir.resolve("campaign.mv.db"), moved.resolve("campaign.mv.db"));
    CliRun run =
        CliRun.of(
            "progress",
            "--db",
            "jdbc:h2:file:" + moved.resolve("campaign").toAbsolutePath(),
            "--format",
            "json");
    CliRun beside = CliRun.of("progress", "--db", url(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isEqualTo(beside.exit());
    assertThat(run.out()).isEqualTo(beside.out());
  }

  /** Every file in the folder by name, with the SHA-256 of its bytes. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(folder)) {
      for (Path p : all.toList()) {
        files.put(p.getFileName().toString(), Sha256.of(Files.readAllBytes(p)).hex());
      }
    }
    return files;
  }

  /** An H2 file database of someone else's: one table of the host's, one row. */
  private static String foreignDatabase(Path folder) throws SQLException {
    String url = "jdbc:h2:file:" + folder.resolve("registry").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE students (id INT PRIMARY KEY, name VARCHAR(50))");
      s.execute("INSERT INTO students VALUES (1, 'wang')");
    }
    return url;
  }

  @Test
  void a_database_that_is_not_a_gradcap_store_is_refused_and_left_byte_for_byte(
      @TempDir Path folder) throws SQLException, IOException {
    String url = foreignDatabase(folder);
    Map<String, String> before = files(folder);

    CliRun run = CliRun.of("progress", "--db", url);

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("不是 gradcap 事件库").doesNotContain("Exception", "\tat ");
    assertThat(files(folder)).isEqualTo(before);
    assertThat(CliRun.of("progress", "--db", url, "--lang", "en").err())
        .contains("not a gradcap event store");
  }

  @Test
  void a_refused_database_is_one_json_error_object_under_format_json(@TempDir Path folder)
      throws SQLException {
    CliRun run =
        CliRun.of("progress", "--db", foreignDatabase(folder), "--format", "json", "--lang", "en");

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("error").asString()).isEqualTo("not-a-store");
              assertThat(line.get("message").asString()).contains("not a gradcap event store");
            });
  }

  @Test
  void a_missing_database_is_not_created_whatever_the_form_of_its_path() throws IOException {
    String name = "gradcap-typo-" + UUID.randomUUID();
    Path cwd = Path.of("").toAbsolutePath();
    for (String url :
        List.of(
            "jdbc:h2:./" + name,
            "jdbc:h2:file:./" + name,
            "jdbc:h2:~/" + name,
            "jdbc:h2:" + dir.resolve(name).toAbsolutePath(),
            "jdbc:h2:./" + name + ";IFEXISTS=FALSE")) {
      CliRun run = CliRun.of("progress", "--db", url);
      assertThat(run.exit()).as(url).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
      assertThat(run.err()).as(url).contains("数据库不存在");
    }
    // A path relative to the working folder without ./ is refused by H2 itself, whether it exists
    // or not.
    CliRun bare = CliRun.of("progress", "--db", "jdbc:h2:" + name);
    assertThat(bare.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(bare.err()).contains("./");
    for (Path folder : List.of(cwd, dir, Path.of(System.getProperty("user.home")))) {
      try (Stream<Path> all = Files.list(folder)) {
        assertThat(all.map(p -> p.getFileName().toString())).noneMatch(f -> f.startsWith(name));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"INIT=CALL FILE_WRITE('6F776E6564', '%s')", "INIT=RUNSCRIPT FROM '%s.sql'"})
  void a_url_that_would_run_code_runs_nothing(String init, @TempDir Path folder)
      throws IOException {
    Path written = folder.resolve("written.txt");
    String target = written.toAbsolutePath().toString();
    // The script a RUNSCRIPT would run: it writes the same file.
    Files.writeString(Path.of(target + ".sql"), "CALL FILE_WRITE('6F776E6564', '" + target + "');");

    CliRun run =
        CliRun.of("progress", "--db", "jdbc:h2:mem:x;" + init.formatted(target), "--lang", "en");

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("setting INIT is not accepted");
    assertThat(written).doesNotExist();
  }

  /**
   * The lines of a view as the JSON output has them: level, name, measure, done, expected, status.
   */
  private static List<String> lines(CampaignProgress progress) {
    List<ProgressView> views = new ArrayList<>();
    views.add(progress.institution());
    views.addAll(progress.colleges());
    views.addAll(progress.classes());
    List<String> lines = new ArrayList<>();
    for (ProgressView view : views) {
      for (ProgressLine line : view.lines()) {
        lines.add(
            view.scope().name().toLowerCase(Locale.ROOT)
                + " "
                + view.classGroupIfAny().or(view::collegeIfAny).orElse("-")
                + " "
                + line.measure().key()
                + " "
                + line.done()
                + "/"
                + line.expected()
                + " "
                + line.status());
      }
    }
    return lines;
  }

  @Test
  void a_campaign_the_demo_did_not_make_opens_from_its_database_alone(@TempDir Path other) {
    // Five students in two classes, every feature's decisions recorded by the journal: no roster
    // file anywhere.
    String url = "jdbc:h2:file:" + other.resolve("scenario").toAbsolutePath();
    CampaignState recorded;
    try (JdbcEventStore store =
        JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      CampaignJournal journal =
          CampaignScenario.journal(store)
              .name("scenario-2024")
              .start(CampaignScenario.START)
              .build();
      journal.open();
      recorded = CampaignScenario.run(journal);
    }
    LocalDate day = LocalDate.of(2024, 5, 1);

    CliRun run =
        CliRun.of(
            "progress",
            "--db",
            url,
            "--name",
            "scenario-2024",
            "--today",
            day.toString(),
            "--format",
            "json");

    assertThat(run.exit()).as(run.err()).isIn(GradcapCommand.OK, GradcapCommand.BLOCKING_FINDINGS);
    List<String> printed =
        run.lines().stream()
            .map(
                l ->
                    l.get("level").asString()
                        + " "
                        + (l.get("level").asString().equals("institution")
                            ? "-"
                            : l.get("name").asString())
                        + " "
                        + l.get("measure").asString()
                        + " "
                        + l.get("done").asInt()
                        + "/"
                        + l.get("expected").asInt()
                        + " "
                        + l.get("status").asString())
            .toList();
    assertThat(printed).containsExactlyElementsOf(lines(DemoProgress.of(CAMPAIGN, recorded, day)));
    // What the scenario did: four of five record cards in hand (one given back and received again),
    // two photographed (one refused without a capture code).
    assertThat(printed).anyMatch(l -> l.startsWith("institution - record-cards-received 4/5 "));
    assertThat(printed).anyMatch(l -> l.startsWith("institution - captured 2/5 "));
    assertThat(printed).anyMatch(l -> l.startsWith("class 21动画2班 sheets-returned 1/2 "));

    CliRun english =
        CliRun.of(
            "progress",
            "--db",
            url,
            "--name",
            "scenario-2024",
            "--today",
            day.toString(),
            "--lang",
            "en");
    String software =
        CAMPAIGN
            .institution()
            .college(CampaignScenario.SOFTWARE_1.college())
            .orElseThrow()
            .name(Locale.ENGLISH);
    assertThat(software).isNotEqualTo(CampaignScenario.SOFTWARE_1.college());
    assertThat(english.out()).contains(software + " · 21软件1班");
  }
}
