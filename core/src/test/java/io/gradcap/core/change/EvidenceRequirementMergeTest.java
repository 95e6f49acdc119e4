package io.gradcap.core.change;

import static io.gradcap.core.access.Role.COLLEGE_RESPONSIBLE;
import static io.gradcap.core.access.Role.OFFICE_STAFF;
import static io.gradcap.core.change.EvidenceKind.APPLICATION_FORM;
import static io.gradcap.core.change.EvidenceKind.ID_CARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.record.RecordField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When every request and a field both ask for the same document, the stricter requirement applies.
 */
class EvidenceRequirementMergeTest {

  private static EvidenceRequirement forName(
      EvidenceRequirement everyRequest, EvidenceRequirement forField) {
    EvidenceCatalogue catalogue =
        new EvidenceCatalogue(List.of(everyRequest), Map.of(RecordField.NAME, List.of(forField)));
    return catalogue.requirementsFor(Set.of(RecordField.NAME)).get(0);
  }

  @Test
  void the_office_checks_the_original_when_either_side_names_the_office() {
    EvidenceRequirement college = EvidenceRequirement.checkedBy(ID_CARD, COLLEGE_RESPONSIBLE);
    EvidenceRequirement office = EvidenceRequirement.checkedBy(ID_CARD, OFFICE_STAFF);

    assertThat(forName(college, office)).isEqualTo(office);
    assertThat(forName(office, college)).isEqualTo(office);
  }

  @Test
  void a_copy_is_checked_by_whoever_one_side_names_when_the_other_needs_no_check() {
    EvidenceRequirement college = EvidenceRequirement.checkedBy(ID_CARD, COLLEGE_RESPONSIBLE);
    EvidenceRequirement unchecked = EvidenceRequirement.original(ID_CARD);

    assertThat(forName(unchecked, college)).isEqualTo(college);
    assertThat(forName(college, unchecked)).isEqualTo(college);
    assertThat(forName(unchecked, unchecked.recommended())).isEqualTo(unchecked);
  }

  @Test
  void a_recommended_document_becomes_mandatory_when_the_other_side_requires_it() {
    EvidenceRequirement form = EvidenceRequirement.original(APPLICATION_FORM);

    assertThat(forName(form.recommended(), form).mandatory()).isTrue();
    assertThat(forName(form, form.recommended()).mandatory()).isTrue();
    assertThat(forName(form.recommended(), form.recommended()).mandatory()).isFalse();
  }

  @Test
  void a_checker_is_named_exactly_when_the_copy_must_be_checked() {
    assertThatThrownBy(() -> new EvidenceRequirement(ID_CARD, true, true, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceRequirement(ID_CARD, true, false, OFFICE_STAFF))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
