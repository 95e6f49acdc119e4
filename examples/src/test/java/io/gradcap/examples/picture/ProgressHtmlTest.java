package io.gradcap.examples.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.campaign.Campaign;
import io.gradcap.core.journal.CampaignJournal;
import io.gradcap.core.journal.CampaignScenario;
import io.gradcap.core.journal.CampaignState;
import io.gradcap.core.progress.CampaignProgress;
import io.gradcap.core.progress.Measure;
import io.gradcap.core.progress.ProgressInputs;
import io.gradcap.core.progress.ProgressLine;
import io.gradcap.core.progress.ProgressView;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.examples.demo.DemoProgress;
import io.gradcap.examples.demo.SeedCampaignDemo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProgressHtmlTest {

  private static final Campaign CAMPAIGN = SeedCampaignDemo.seedCampaign();
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  private static Document parse(String page) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The small campaign of core's scenario, every feature's decisions recorded through the journal.
   */
  private static CampaignProgress scenario() {
    CampaignJournal journal =
        CampaignScenario.journal(new InMemoryEventStore()).start(CampaignScenario.START).build();
    journal.open();
    CampaignState state = CampaignScenario.run(journal);
    return DemoProgress.of(CAMPAIGN, state, DAY);
  }

  private static List<Element> elements(Document page, String tag) {
    NodeList nodes = page.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /**
   * The lines of a view as the page shows them: measure, done, expected, status, and the count
   * printed.
   */
  private static List<String> shown(Element view) {
    List<String> lines = new ArrayList<>();
    for (String tag : List.of("tr", "td")) {
      NodeList nodes = view.getElementsByTagName(tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        Element e = (Element) nodes.item(i);
        if (e.hasAttribute("data-measure")) {
          String count =
              tag.equals("td")
                  ? e.getTextContent()
                  : ((Element) e.getElementsByTagName("td").item(2)).getTextContent();
          lines.add(
              e.getAttribute("data-measure")
                  + " "
                  + e.getAttribute("data-done")
                  + "/"
                  + e.getAttribute("data-expected")
                  + " "
                  + e.getAttribute("data-status")
                  + " "
                  + count);
        }
      }
    }
    return lines;
  }

  private static List<String> expected(ProgressView view, List<Measure> measures) {
    return measures.stream()
        .map(
            m -> {
              ProgressLine l = view.line(m);
              boolean bare =
                  m.kind() == Measure.Kind.OUTSTANDING || m.kind() == Measure.Kind.INFORMATION;
              return m.key()
                  + " "
                  + l.done()
                  + "/"
                  + l.expected()
                  + " "
                  + l.status()
                  + " "
                  + (bare ? Integer.toString(l.done()) : l.done() + "/" + l.expected());
            })
        .toList();
  }

  private static Element view(Document page, String scope, String college, String classGroup) {
    return elements(page, "tbody").stream()
        .filter(
            e ->
                e.getAttribute("data-scope").equals(scope)
                    && e.getAttribute("data-college").equals(college)
                    && e.getAttribute("data-class").equals(classGroup))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no view " + scope + " " + college + " " + classGroup));
  }

  @Test
  void
      the_page_shows_what_the_progress_view_counts_for_the_institution_every_college_and_every_class()
          throws Exception {
    CampaignProgress progress = scenario();
    Document page = parse(ProgressHtml.render("2024届", CAMPAIGN, progress, Locale.ENGLISH));

    List<Measure> all = List.of(Measure.values());
    assertThat(shown(view(page, "institution", "", "")))
        .containsExactlyElementsOf(expected(progress.institution(), all));
    assertThat(progress.colleges()).hasSize(2);
    for (ProgressView college : progress.colleges()) {
      assertThat(shown(view(page, "college", college.collegeIfAny().orElseThrow(), "")))
          .containsExactlyElementsOf(expected(college, all));
    }
    assertThat(progress.classes()).hasSize(2);
    for (ProgressView c : progress.classes()) {
      Element row =
          view(page, "class", c.collegeIfAny().orElseThrow(), c.classGroupIfAny().orElseThrow());
      assertThat(shown(row))
          .containsExactlyElementsOf(
              expected(
                  c,
                  List.of(
                      Measure.SHEETS_RETURNED,
                      Measure.RECORD_CARDS_RECEIVED,
                      Measure.CAPTURE_CODES_HELD,
                      Measure.CAPTURED,
                      Measure.CONFIRMED,
                      Measure.OPEN_CHANGE_REQUESTS)));
    }
    // What the scenario did, as the page says it: four record cards of five, one of two sheets back
    // in 21动画2班.
    assertThat(shown(view(page, "institution", "", "")))
        .contains(
            "record-cards-received 4/5 "
                + progress.institution().line(Measure.RECORD_CARDS_RECEIVED).status()
                + " 4/5");
    assertThat(shown(view(page, "class", CampaignScenario.ANIMATION_2.college(), "21动画2班")).get(0))
        .startsWith("sheets-returned 1/2 ");
  }

  @Test
  void colleges_are_named_in_the_page_language_where_the_campaign_has_the_name() throws Exception {
    CampaignProgress progress = scenario();
    String college = CampaignScenario.SOFTWARE_1.college();
    String english = CAMPAIGN.institution().college(college).orElseThrow().name(Locale.ENGLISH);
    assertThat(english).isNotEqualTo(college);

    Element inEnglish =
        view(
            parse(ProgressHtml.render("t", CAMPAIGN, progress, Locale.ENGLISH)),
            "college",
            college,
            "");
    Element inChinese =
        view(
            parse(ProgressHtml.render("t", CAMPAIGN, progress, Locale.CHINA)),
            "college",
            college,
            "");

    assertThat(inEnglish.getElementsByTagName("td").item(0).getTextContent()).isEqualTo(english);
    assertThat(inChinese.getElementsByTagName("td").item(0).getTextContent()).isEqualTo(college);
  }

  @Test
  void names_with_markup_characters_stay_well_formed_and_every_college_gets_its_bars(
      @TempDir Path dir) throws Exception {
    Roster roster =
        Roster.of(
            List.of(
                new RosterEntry(StudentNumber.of("1"), "A", "Education & Arts <2>", "\"one\""),
                new RosterEntry(StudentNumber.of("2"), "B", "Education & Arts <2>", "\"one\""),
                new RosterEntry(StudentNumber.of("3"), "C", "未列入的学院", "21班")));
    CampaignProgress progress = CampaignProgress.of(ProgressInputs.of(CAMPAIGN, roster), DAY);
    Path file = dir.resolve("progress.html");
    ProgressHtml.write(file, "2024届 \"demo\"", CAMPAIGN, progress, Locale.ENGLISH);

    Document page = parse(java.nio.file.Files.readString(file));
    assertThat(page.getDocumentElement().getTextContent())
        .contains("Education & Arts <2>", "未列入的学院", "\"one\"");
    assertThat(view(page, "class", "Education & Arts <2>", "\"one\"")).isNotNull();
    // a bar per measure for the institution and each college
    long bars =
        elements(page, "span").stream().filter(e -> e.getAttribute("class").equals("bar")).count();
    assertThat(bars).isEqualTo(3L * Measure.values().length);
    assertThat(shown(view(page, "college", "未列入的学院", "")))
        .contains(
            "record-cards-received 0/1 "
                + progress
                    .collegeView("未列入的学院")
                    .orElseThrow()
                    .line(Measure.RECORD_CARDS_RECEIVED)
                    .status()
                + " 0/1");
  }
}
