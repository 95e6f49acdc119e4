package io.gradcap.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.adapters.jdbc.JdbcEventStore;
import io.gradcap.adapters.jdbc.JdbcOptions;
import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.institution.College;
import io.gradcap.core.progress.Measure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The demo run once into a folder, then checked the way a user looks at what it left there. */
class SeedCampaignDemoTest {

  @TempDir static Path dir;

  private static final Campaign CAMPAIGN = SeedCampaignDemo.seedCampaign();
  private static SeedCampaignDemo.Result result;
  private static String printed;

  @BeforeAll
  static void runTheDemo() throws IOException {
    StringWriter out = new StringWriter();
    result = SeedCampaignDemo.run(CAMPAIGN, dir, Locale.SIMPLIFIED_CHINESE, new PrintWriter(out));
    printed = out.toString();
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void every_planted_mistake_is_reported_with_its_rule_at_the_cell_that_holds_it()
      throws IOException {
    assertThat(result.planted()).hasSize(5);
    try (XSSFWorkbook wb = open(dir.resolve(SeedCampaignDemo.ROSTER_FIXED))) {
      XSSFSheet sheet = wb.getSheet("名单");
      DataFormatter text = new DataFormatter();
      for (DemoRoster.Planted p : result.planted()) {
        Finding finding =
            result.verification().findings().stream()
                .filter(f -> f.rule().equals(p.rule()) && p.studentNumber().equals(f.subject()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not reported: " + p));
        char column = (char) ('A' + DemoRoster.HEADERS.indexOf(p.header()));
        assertThat(finding.location()).startsWith(SeedCampaignDemo.ROSTER_FIXED + "!名单!" + column);
        CellReference cell =
            new CellReference(
                finding.location().substring(finding.location().lastIndexOf('!') + 1));
        String numberInRow =
            text.formatCellValue(sheet.getRow(cell.getRow()).getCell(DemoRoster.NUMBER));
        assertThat(numberInRow).isEqualTo(p.studentNumber());
      }
    }
  }

  @Test
  void the_id_typed_as_an_excel_number_rejects_the_first_import_naming_its_numeric_cell()
      throws IOException {
    assertThat(result.importFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("import.value.number-lost-precision");
              assertThat(f.location()).startsWith(SeedCampaignDemo.ROSTER + "!名单!G");
              CellReference ref =
                  new CellReference(f.location().substring(f.location().lastIndexOf('!') + 1));
              try (XSSFWorkbook wb = open(dir.resolve(SeedCampaignDemo.ROSTER))) {
                assertThat(
                        wb.getSheet("名单").getRow(ref.getRow()).getCell(ref.getCol()).getCellType())
                    .isEqualTo(CellType.NUMERIC);
              }
            });
    assertThat(printed).contains("import.value.number-lost-precision", "重新导入：3110 行");
  }

  @Test
  void every_listed_file_exists_and_the_workbooks_read_back() throws IOException {
    assertThat(result.files()).allSatisfy(f -> assertThat(f).isRegularFile());
    assertThat(printed)
        .contains(
            result.files().stream().map(f -> f.toAbsolutePath().normalize().toString()).toList());
    for (Path file : result.files()) {
      if (file.toString().endsWith(".xlsx")) {
        try (XSSFWorkbook wb = open(file)) {
          assertThat(wb.getNumberOfSheets()).isPositive();
          assertThat(wb.getSheetAt(0).getLastRowNum()).isPositive();
        }
      }
    }
    assertThat(Files.readString(dir.resolve(SeedCampaignDemo.SCHEDULE_SVG)))
        .startsWith("<")
        .contains("</svg>");
    try (XSSFWorkbook sheets = open(dir.resolve(SeedCampaignDemo.SHEETS))) {
      for (College college : CAMPAIGN.institution().colleges()) {
        assertThat(sheets.getSheet(college.name())).as(college.name()).isNotNull();
      }
    }
  }

  @Test
  void the_h2_database_holds_every_event_the_demo_recorded() {
    assertThat(dir.resolve("campaign.mv.db")).isRegularFile();
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("campaign");
    try (JdbcEventStore store =
        JdbcEventStore.open(url, new Properties(), JdbcOptions.defaults())) {
      assertThat(store.headPosition())
          .isEqualTo(result.storedEvents())
          .isGreaterThanOrEqualTo(result.events());
      // The student whose check character was wrong: signed, routed, changed, photographed,
      // confirmed.
      assertThat(store.readStream("student/" + result.planted().get(0).studentNumber(), 1))
          .extracting(e -> e.type())
          .contains(
              "change.request-opened.v1",
              "change.evidence-attached.v1",
              "change.record-field-changed.v1");
    }
  }

  @Test
  void the_progress_page_is_well_formed_and_shows_every_college() throws Exception {
    Document page =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve(SeedCampaignDemo.PROGRESS).toFile());
    String text = page.getDocumentElement().getTextContent();
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(text).contains(college.name());
    }
    assertThat(result.progress().stream().mapToInt(SeedCampaignDemo.CollegeLine::students).sum())
        .isEqualTo(CAMPAIGN.expectedStudents());
  }

  @Test
  void the_progress_view_shows_every_college_and_counts_what_the_demo_did() {
    var view = result.view();
    for (College college : CAMPAIGN.institution().colleges()) {
      assertThat(view.collegeView(college.name())).as(college.name()).isPresent();
    }
    for (SeedCampaignDemo.CollegeLine line : result.progress()) {
      var college = view.collegeView(line.college()).orElseThrow();
      assertThat(college.line(Measure.RECORD_CARDS_RECEIVED).done())
          .as(line.college())
          .isEqualTo(line.cardsReceived());
      assertThat(college.line(Measure.RECORD_CARDS_RECEIVED).expected())
          .as(line.college())
          .isEqualTo(line.students());
    }
  }

  @Test
  void a_second_run_in_the_same_folder_stores_nothing_twice() throws IOException {
    SeedCampaignDemo.Result again =
        SeedCampaignDemo.run(CAMPAIGN, dir, Locale.ENGLISH, new PrintWriter(new StringWriter()));
    assertThat(again.storedEvents()).isEqualTo(result.storedEvents());
    assertThat(again.alreadyStored()).isPositive();
    assertThat(again.verification().findings()).isEqualTo(result.verification().findings());
  }

  @Test
  void the_roster_is_the_same_every_time_and_fits_attachment_1() {
    DemoRoster a = DemoRoster.generate(CAMPAIGN, SeedCampaignDemo.SEED);
    DemoRoster b = DemoRoster.generate(CAMPAIGN, SeedCampaignDemo.SEED);
    assertThat(a.size()).isEqualTo(CAMPAIGN.expectedStudents());
    List<String> names = a.rows().stream().map(r -> r[DemoRoster.NAME]).toList();
    assertThat(names).isEqualTo(b.rows().stream().map(r -> r[DemoRoster.NAME]).toList());
    assertThat(names).anyMatch(n -> n.contains("·"));
  }
}
