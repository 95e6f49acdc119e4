package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.cohort.GraduatingClass;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.institution.ResponsiblePerson;
import io.gradcap.core.institution.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CampaignCodecTest {

  private final Campaign seed = Seed.campaign();

  @Test
  void the_seed_campaign_reads_as_the_notice_publishes_it() {
    assertThat(seed.graduatingClass()).isEqualTo(GraduatingClass.of(2024));
    assertThat(seed.cohorts())
        .containsExactly(
            CohortId.of(2019, 5),
            CohortId.of(2021, 3),
            CohortId.of(2022, 2),
            CohortId.jointUndergraduate(2022));
    assertThat(seed.institution().colleges()).hasSize(8);
    assertThat(seed.captureWindows()).hasSize(9);
    assertThat(seed.expectedStudents()).isEqualTo(3110);
    assertThat(seed.captureDays())
        .containsExactly(
            LocalDate.of(2023, 4, 24), LocalDate.of(2023, 4, 25), LocalDate.of(2023, 4, 26));
    assertThat(seed.capture().fee()).isEqualByComparingTo(new BigDecimal("20"));
    assertThat(seed.capture().codeLeadDays()).isEqualTo(3);
    assertThat(seed.capture().arrivalLeadMinutes()).isEqualTo(5);
    assertThat(seed.capture().dressCode()).startsWith("建议穿白（浅）色衬衫");
    assertThat(seed.milestone(MilestoneKind.SIGN_OFF_SHEETS_RETURNED))
        .map(Milestone::date)
        .contains(LocalDate.of(2023, 4, 17));
    assertThat(seed.milestone(MilestoneKind.RECORD_CARDS_DUE))
        .map(Milestone::date)
        .contains(LocalDate.of(2023, 5, 19));
    assertThat(seed.milestone(MilestoneKind.CONFIRMATION_LOCK))
        .map(Milestone::date)
        .contains(LocalDate.of(2024, 7, 1));
    assertThat(seed.captureCodeDeadline()).contains(LocalDate.of(2023, 4, 21));
    assertThat(seed.institution().officeContact(Task.CHANGE_REQUESTS))
        .containsExactly(ResponsiblePerson.of("史君萍"));
  }

  @Test
  void the_joint_classes_have_four_responsible_persons_and_network_engineering_two_windows() {
    PublishedWindow joint = seed.captureSchedule().get(8);
    assertThat(joint.college()).isEqualTo("联办本科班");
    assertThat(seed.responsible(joint))
        .extracting(ResponsiblePerson::name)
        .containsExactly("周庆标", "陈雪利", "张卫国", "刘小玉");
    assertThat(seed.captureWindows())
        .filteredOn(w -> w.college().equals("网络工程学院"))
        .extracting(PublishedWindow::expectedStudents)
        .containsExactly(558, 125);
    assertThat(seed.captureWindows().get(4).cohorts()).containsExactly(CohortId.of(2019, 5));
    assertThat(seed.captureWindows().get(0).startInclusive()).isEqualTo(LocalTime.of(8, 30));
  }

  @Test
  void the_seed_round_trips_through_json_and_yaml() {
    for (CampaignFormat format : CampaignFormat.values()) {
      String written = CampaignCodec.write(seed, format);
      assertThat(CampaignCodec.read(written, format, "written")).as(format.name()).isEqualTo(seed);
      assertThat(CampaignCodec.write(CampaignCodec.read(written, format, "again"), format))
          .isEqualTo(written);
    }
    assertThat(CampaignCodec.write(seed, CampaignFormat.JSON))
        .contains("\"graduatingClass\" : \"2024届\"");
    assertThat(CampaignCodec.write(seed, CampaignFormat.YAML))
        .contains("graduatingClass: 2024届")
        .doesNotStartWith("---");
  }

  @Test
  void every_problem_is_listed_with_its_line_and_path() {
    String broken =
        Seed.yaml()
            .replace("firstMonday: 2023-02-13", "firstMonday: 2023-02-14")
            .replace("date: 2023-05-19", "date: 2023-05-32")
            .replace("college: 机电工程学院", "college: 机电学院")
            .replace("codeLeadDays: 3", "codeLeadDays: three")
            .replace("  - 2022级2年制联办本科\n", "  - 2022级2年制联办本科\n  - 2021级3年制\n")
            .replace("title:", "titel:");
    GradcapException e = catchRead(broken);
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN);
    List<Finding> problems = CampaignCodec.problems(broken, CampaignFormat.YAML, Seed.NAME);
    assertThat(problems)
        .allMatch(Finding::isBlocking)
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(
            "campaign.definition.unknown-property",
            "campaign.definition.required",
            "campaign.definition.duplicate",
            "campaign.definition.not-monday",
            "campaign.definition.invalid",
            "campaign.definition.invalid",
            "campaign.definition.unknown-college");
    assertThat(problems)
        .extracting(Finding::field)
        .contains(
            "titel",
            "title",
            "cohorts[4]",
            "calendar.firstMonday",
            "milestones[4].date",
            "capture.codeLeadDays",
            "captureWindows[7].college");
    String chinese = e.getMessage(Locale.CHINESE);
    assertThat(chinese)
        .startsWith("GC-0801 活动定义 seed-2024.yaml 无效，共 7 处问题：")
        .contains(
            "seed-2024.yaml:"
                + lineOf(broken, "firstMonday: 2023-02-14")
                + " calendar.firstMonday：2023-02-14 是星期二，第1周应从星期一开始")
        .contains("captureWindows[7].college：没有名为“机电学院”的学院")
        .contains("cohorts[4]：“2021级3年制”重复出现，首次出现在 cohorts[1]");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("GC-0801 Invalid campaign definition seed-2024.yaml, 7 problem(s):")
        .contains("capture.codeLeadDays: invalid value \"three\": expected a whole number")
        .contains(
            "milestones[4].date: invalid value \"2023-05-32\": expected a date like 2023-04-17");
  }

  @Test
  void a_problem_names_the_line_it_is_on() {
    String broken = Seed.yaml().replace("date: 2023-05-19", "date: 19 May");
    int line = lineOf(broken, "date: 19 May");
    assertThat(CampaignCodec.problems(broken, CampaignFormat.YAML, "x.yaml"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("x.yaml:" + line));
  }

  @Test
  void json_problems_are_located_too() {
    String json =
        CampaignCodec.write(seed, CampaignFormat.JSON).replace("\"weeks\" : 20", "\"weeks\" : 120");
    List<Finding> problems = CampaignCodec.problems(json, CampaignFormat.JSON, "seed.json");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("campaign.definition.out-of-range");
              assertThat(p.field()).isEqualTo("calendar.weeks");
              assertThat(p.location()).isEqualTo("seed.json:" + lineOf(json, "\"weeks\" : 120"));
              assertThat(p.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(p.message(Locale.ENGLISH)).isEqualTo("120 must lie between 1 and 99");
            });
  }

  @Test
  void missing_parts_wrong_types_and_inverted_windows_are_problems() {
    String text =
        "{\"title\": \"t\", \"graduatingClass\": \"2024届\", \"cohorts\": \"2021级3年制\","
            + " \"calendar\": {\"term\": \"t\", \"firstMonday\": \"2023-02-13\", \"weeks\": 20},"
            + " \"institution\": {\"name\": \"学院\", \"colleges\": [{\"name\": \"动画学院\"}]},"
            + " \"capture\": {\"room\": \"教103\", \"centre\": \"c\", \"fee\": 20.005, \"codeLeadDays\": 3},"
            + " \"captureWindows\": [{\"date\": \"2023-04-25\", \"start\": \"11:50\", \"end\": \"8:10\", \"college\": \"动画学院\","
            + " \"expectedStudents\": 530}]}";
    assertThat(CampaignCodec.problems(text, CampaignFormat.JSON, "t.json"))
        .extracting(f -> f.field() + " " + f.rule())
        .containsExactlyInAnyOrder(
            "cohorts campaign.definition.type",
            "capture.fee campaign.definition.invalid",
            "capture.arrivalLeadMinutes campaign.definition.required",
            "captureWindows[0].end campaign.definition.time-order");
  }

  @Test
  void text_that_is_no_json_or_yaml_is_unreadable_with_its_position() {
    GradcapException e = catchRead("title: [unclosed\n", CampaignFormat.YAML);
    assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_CAMPAIGN);
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("GC-0802 Cannot read campaign definition in.yaml (line ");
    GradcapException notAnObject = catchRead("[1, 2]", CampaignFormat.JSON);
    assertThat(notAnObject.code()).isEqualTo(ErrorCode.INVALID_CAMPAIGN);
    assertThat(notAnObject.getMessage(Locale.ENGLISH)).contains("$: must be an object");
  }

  @Test
  void numbers_keep_the_form_they_are_written_in() {
    String yaml =
        Seed.yaml()
            .replace(
                "        image-capture: [叶宏代]\n",
                "        image-capture: [叶宏代]\n      classes:\n        - {name: 2101, cohort: 2021级3年制, students: [0098, 2021010101, 1e3]}\n");
    Campaign campaign = CampaignCodec.read(yaml, CampaignFormat.YAML, "numbers.yaml");
    assertThat(campaign.institution().classGroup("2101"))
        .hasValueSatisfying(
            g ->
                assertThat(g.students())
                    .extracting(io.gradcap.core.record.StudentNumber::value)
                    .containsExactly("0098", "1e3", "2021010101"));
    assertThat(
            CampaignCodec.read(
                CampaignCodec.write(campaign, CampaignFormat.YAML),
                CampaignFormat.YAML,
                "again.yaml"))
        .isEqualTo(campaign);
  }

  @Test
  void a_byte_order_mark_is_ignored() {
    assertThat(CampaignCodec.read("\uFEFF" + Seed.yaml(), CampaignFormat.YAML, "bom.yaml"))
        .isEqualTo(seed);
    String json = CampaignCodec.write(seed, CampaignFormat.JSON);
    assertThat(CampaignCodec.read("\uFEFF" + json, CampaignFormat.JSON, "bom.json"))
        .isEqualTo(seed);
  }

  @Test
  void formats_follow_file_names() {
    assertThat(CampaignFormat.ofFileName("seed-2024.yaml")).contains(CampaignFormat.YAML);
    assertThat(CampaignFormat.ofFileName("SEED.YML")).contains(CampaignFormat.YAML);
    assertThat(CampaignFormat.ofFileName("seed.json")).contains(CampaignFormat.JSON);
    assertThat(CampaignFormat.ofFileName("seed.xlsx")).isEmpty();
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static GradcapException catchRead(String text) {
    return catchRead(text, CampaignFormat.YAML);
  }

  private static GradcapException catchRead(String text, CampaignFormat format) {
    String source =
        format == CampaignFormat.YAML && !text.contains("titel") ? "in.yaml" : Seed.NAME;
    return (GradcapException)
        org.assertj.core.api.Assertions.catchThrowable(
            () -> CampaignCodec.read(text, format, source));
  }
}
