package io.gradcap.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A catalogue file of the wrong shape is reported at the path of each wrong node. */
class EvidenceCatalogueFileShapeTest {

  private static List<Finding> problems(String yaml) {
    return EvidenceCatalogue.problems(yaml, EvidenceCatalogue.Format.YAML);
  }

  @Test
  void fields_must_be_an_object_of_lists_of_objects() {
    assertThat(problems("fields: [name]"))
        .extracting(Finding::location)
        .containsExactly("$.fields");
    assertThat(problems("fields:\n  name: [id-card]"))
        .extracting(Finding::location)
        .containsExactly("$.fields.name[0]");
  }

  @Test
  void kind_and_checked_by_must_be_text() {
    String yaml =
        """
        fields:
          name:
            - kind: [id-card]
            - kind: household-register
              checkAgainstOriginal: true
              checkedBy: 3
        """;

    List<Finding> problems = problems(yaml);

    assertThat(problems)
        .extracting(Finding::location)
        .containsExactly("$.fields.name[0].kind", "$.fields.name[1].checkedBy");
    assertThat(problems.get(1).message(Locale.ENGLISH)).isEqualTo("Expected text here");
  }

  @Test
  void an_unknown_key_inside_a_requirement_is_reported_with_the_known_ones() {
    String yaml =
        """
        fields:
          name:
            - kind: id-card
              colour: blue
        """;

    assertThat(problems(yaml))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("$.fields.name[0].colour");
              assertThat(p.message(Locale.ENGLISH))
                  .contains("checkAgainstOriginal, checkedBy, kind, mandatory");
            });
  }
}
