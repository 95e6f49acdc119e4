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
    StringWriter out = new StringWriter();
    SeedCampaignDemo.Result again =
        SeedCampaignDemo.run(CAMPAIGN, dir, Locale.ENGLISH, new PrintWriter(out));
    assertThat(again.storedEvents()).isEqualTo(result.storedEvents());
    assertThat(again.alreadyStored()).isPositive();
    assertThat(again.verification().findings()).isEqualTo(result.verification().findings());
    // The story is read from the journal's state, so it reads the same; the commands the campaign
    // had done already are summed up in one line per section.
    assertThat(again.progress()).isEqualTo(result.progress());
    assertThat(out.toString())
        .contains(
            "Signed 3095, corrected directly 24, routed to change requests 4, not returned 15.",
            "2021040171 gender: APPLIED",
            "Collective session: 3060 photographed, 17 absent, 17 made up",
            "65 of 73 classes handed in all record cards",
            "3037 confirmed, 73 not yet")
        .containsPattern(
            "\\d+ commands refused, the first: \\[BLOCKING\\] R8\\.card\\.received-once")
        .containsPattern("\\d+ commands refused, the first: \\[BLOCKING\\] R17\\.image")
        .contains("of them stored by an earlier run); the database's head position is 18843.");
  }

  @Test
  void each_example_prints_what_it_did_in_its_section() {
    assertThat(printed)
        .doesNotContain("!io.gradcap")
        .containsSubsequence(
            "一、名单导入",
            "roster.xlsx：3110 名学生，导入被拒：",
            "另存为 roster-corrected.xlsx。",
            "二、学籍核对（R6）",
            "共 3110 条记录，阻断",
            "R4 直接更正：roster-corrected.xlsx!名单!C",
            "三、核对签名表（R2–R5）",
            "73 个班级的签名表已写入 signoff-sheets.xlsx。",
            "R3 关键字段转变更申请：",
            "签名 3095，直接更正 24，转变更申请 4，未交回 15。",
            "四、学籍变更申请（R3）",
            "2021040171 性别：APPLIED（证明材料 4 份，已存入证据库）",
            "2021060090 民族：不予受理",
            "2021020022 姓名：REJECTED",
            "五、图像采集安排（R9、R10）",
            "一台相机需要的最小采集速度：2.81/min",
            "按每台相机每分钟 1.5 人：需要 2 台相机",
            "计划（左）与附件1（右）：",
            "附件1检查（按计划速度 2.81/min）：",
            "六、采集码、采集、收费与补采（R11–R14）",
            "R11.capture-code.missing",
            "集体采集 3060 人，缺席 17 人，补采 17 人；应收 62200 元，已收 61520 元。",
            "R13.fee.balance",
            "七、学籍卡（R8）",
            "65 / 73 个班级的学籍卡已收齐并移交（曾曦慧）。",
            "R8.card.overdue",
            "八、图像确认（R16–R18）",
            "对图像提出异议，班主任登记，教务处同意重拍，重拍后确认：CONFIRMED",
            "已确认 3037 人，未确认 73 人（锁定日 2024-07-01 前需确认）。",
            "九、进度",
            "截至 2023-06-30：",
            "事件与文件",
            "本次提交 18843 个事件（18840 次追加，其中 0 次此前已保存）；数据库共 18843 个事件位置。",
            "写入的文件：")
        .doesNotContain("不予受理，第一条");
    assertThat(result.events()).isEqualTo(18_843);
    assertThat(result.storedEvents()).isEqualTo(18_843);
  }

  @Test
  void the_chinese_and_english_bundles_have_the_same_keys() throws IOException {
    assertThat(bundle("messages_en.properties").keySet())
        .isEqualTo(bundle("messages.properties").keySet());
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SeedCampaignDemo.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
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
