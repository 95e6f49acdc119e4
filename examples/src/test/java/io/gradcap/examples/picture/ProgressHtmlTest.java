package io.gradcap.examples.picture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.examples.demo.SeedCampaignDemo.CollegeLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ProgressHtmlTest {

  private static Document parse(String page) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void names_with_markup_characters_stay_well_formed_and_every_college_gets_its_bars() throws Exception {
    List<CollegeLine> lines = List.of(new CollegeLine("Education & Arts <2>", 10, 5, 1, 1, 10, 9, 0),
        new CollegeLine("软件工程学院", 0, 0, 0, 0, 0, 0, 0));
    Document page = parse(ProgressHtml.render("2024届 \"demo\"", lines, Locale.ENGLISH));
    String text = page.getDocumentElement().getTextContent();
    assertThat(text).contains("Education & Arts <2>", "软件工程学院", "Images confirmed");
    // six stages per college, each a bar whose width is the stage's share of the college's students
    assertThat(page.getElementsByTagName("span").getLength()).isEqualTo(2 * 6 * 2);
    assertThat(ProgressHtml.render("t", lines, Locale.ENGLISH)).contains("width:50.0%", "width:100.0%", "width:0.0%");
  }
}
