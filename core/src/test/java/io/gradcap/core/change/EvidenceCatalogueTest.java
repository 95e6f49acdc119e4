package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.draft;
import static io.gradcap.core.change.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.access.Role;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceCatalogueTest {

  private final EvidenceCatalogue defaults = EvidenceCatalogue.defaults();

  private static List<EvidenceKind> kinds(List<EvidenceRequirement> requirements) {
    return requirements.stream().map(EvidenceRequirement::kind).toList();
  }

  @Test
  void defaults_follow_the_regulations_table() {
    assertThat(kinds(defaults.requirementsFor(Set.of(RecordField.NAME))))
        .containsExactly(
            EvidenceKind.APPLICATION_FORM,
            EvidenceKind.HOUSEHOLD_REGISTER,
            EvidenceKind.ID_CARD,
            EvidenceKind.POLICE_CERTIFICATE);
    assertThat(kinds(defaults.forField(RecordField.GENDER)))
        .containsExactly(
            EvidenceKind.HOUSEHOLD_REGISTER, EvidenceKind.ID_CARD, EvidenceKind.POLICE_CERTIFICATE);
    assertThat(kinds(defaults.forField(RecordField.BIRTH_DATE)))
        .contains(EvidenceKind.MEDICAL_BIRTH_CERTIFICATE);
    assertThat(kinds(defaults.forField(RecordField.ID_NUMBER)))
        .contains(EvidenceKind.ID_NUMBER_CHANGE_CERTIFICATE);
    assertThat(kinds(defaults.forField(RecordField.ETHNICITY)))
        .contains(EvidenceKind.ETHNIC_AFFAIRS_APPROVAL);
    assertThat(defaults.forField(RecordField.MAJOR)).isEmpty();
  }

  @Test
  void for_a_name_the_police_certificate_is_only_recommended_elsewhere_required() {
    EvidenceRequirement forName = defaults.forField(RecordField.NAME).get(2);
    assertThat(forName.mandatory()).isFalse();
    EvidenceRequirement both =
        defaults.requirementsFor(Set.of(RecordField.NAME, RecordField.GENDER)).stream()
            .filter(r -> r.kind() == EvidenceKind.POLICE_CERTIFICATE)
            .findFirst()
            .orElseThrow();
    assertThat(both.mandatory())
        .as("the strictest requirement wins when fields share a kind")
        .isTrue();
  }

  @Test
  void copies_are_checked_by_the_college_or_the_office_and_the_form_is_the_original() {
    List<EvidenceRequirement> forId = defaults.requirementsFor(Set.of(RecordField.ID_NUMBER));
    assertThat(forId)
        .extracting(EvidenceRequirement::checkedBy)
        .containsExactly(
            null, Role.COLLEGE_RESPONSIBLE, Role.COLLEGE_RESPONSIBLE, Role.OFFICE_STAFF);
  }

  @Test
  void completeness_names_what_is_missing_in_both_languages() {
    ChangeRequest request =
        draft(ZHANG, Fixtures.CHANGED_ON, FieldChange.of(RecordField.GENDER, "男", "女"));
    List<Finding> findings = defaults.completeness(request);
    assertThat(findings).hasSize(4).allMatch(f -> f.severity() == Severity.BLOCKING);
    Finding police = findings.get(3);
    assertThat(police.rule()).isEqualTo("R3.evidence.missing");
    assertThat(police.message(Locale.CHINESE)).isEqualTo("缺少：公安户籍证明");
    assertThat(police.message(Locale.ENGLISH)).isEqualTo("missing: police certificate");
    assertThat(police.subject()).isEqualTo("2021010101");
  }

  @Test
  void an_attached_copy_counts_once_checked_against_its_original() {
    ChangeRequest request =
        draft(ZHANG, Fixtures.CHANGED_ON, Fixtures.name("张三", "张叁"))
            .withEvidence(file(EvidenceKind.APPLICATION_FORM, 1))
            .withEvidence(file(EvidenceKind.HOUSEHOLD_REGISTER, 2))
            .withEvidence(file(EvidenceKind.ID_CARD, 3))
            .withCheck(
                Fixtures.sha(3), new OriginalCheck(Fixtures.SOFTWARE_RESPONSIBLE, Instant.EPOCH));
    List<Finding> findings = defaults.completeness(request);
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("R3.evidence.unchecked", "R3.evidence.recommended");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The copy of the household register (with the former-name page) has not been checked against the original"
                + " by the college responsible person");
    assertThat(findings.get(1).isBlocking()).isFalse();
  }

  @Test
  void a_json_file_extends_the_defaults() {
    String json =
        """
        {"fields": {
          "name": [{"kind": "police-certificate", "checkAgainstOriginal": true, "checkedBy": "office-staff"}],
          "major": [{"kind": "application-form"}]
        }}""";
    EvidenceCatalogue catalogue = EvidenceCatalogue.load(json, EvidenceCatalogue.Format.JSON);
    assertThat(catalogue.forField(RecordField.NAME))
        .hasSize(3)
        .last()
        .satisfies(r -> assertThat(r.mandatory()).isTrue());
    assertThat(kinds(catalogue.forField(RecordField.MAJOR)))
        .containsExactly(EvidenceKind.APPLICATION_FORM);
    assertThat(catalogue.forField(RecordField.GENDER))
        .isEqualTo(defaults.forField(RecordField.GENDER));
  }

  @Test
  void a_yaml_file_replaces_the_defaults() {
    String yaml =
        """
        mode: replace
        everyRequest:
          - kind: application-form
        fields:
          name:
            - kind: id-card
              checkAgainstOriginal: true
              checkedBy: COLLEGE_RESPONSIBLE
        """;
    EvidenceCatalogue catalogue = EvidenceCatalogue.load(yaml, EvidenceCatalogue.Format.YAML);
    assertThat(catalogue.fields()).containsExactly(RecordField.NAME);
    assertThat(catalogue.requirementsFor(Set.of(RecordField.NAME)))
        .containsExactly(
            EvidenceRequirement.original(EvidenceKind.APPLICATION_FORM),
            EvidenceRequirement.checkedBy(EvidenceKind.ID_CARD, Role.COLLEGE_RESPONSIBLE));
    assertThat(catalogue).isNotEqualTo(defaults);
  }

  @Test
  void an_empty_extension_is_the_defaults() {
    assertThat(EvidenceCatalogue.load("{}", EvidenceCatalogue.Format.JSON)).isEqualTo(defaults);
    assertThat(EvidenceCatalogue.load("mode: extend", EvidenceCatalogue.Format.YAML))
        .isEqualTo(defaults);
  }

  @Test
  void every_problem_of_a_file_is_reported_with_its_path() {
    String yaml =
        """
        mode: merge
        colour: blue
        fields:
          nickname:
            - kind: id-card
          name:
            - kind: passport
            - kind: id-card
              checkAgainstOriginal: yes please
            - kind: police-certificate
              checkAgainstOriginal: true
            - kind: household-register
              checkAgainstOriginal: true
              checkedBy: student
            - kind: medical-birth-certificate
              checkedBy: office-staff
            - kind: ethnic-affairs-approval
              checkAgainstOriginal: true
              checkedBy: registrar
            - checkAgainstOriginal: false
          gender:
            - kind: id-card
            - kind: id-card
          ethnicity: id-card
        """;
    List<Finding> problems = EvidenceCatalogue.problems(yaml, EvidenceCatalogue.Format.YAML);
    assertThat(problems)
        .extracting(Finding::location)
        .containsExactly(
            "$.colour",
            "$.mode",
            "$.fields.nickname",
            "$.fields.name[0].kind",
            "$.fields.name[1].checkAgainstOriginal",
            "$.fields.name[2]",
            "$.fields.name[3].checkedBy",
            "$.fields.name[4].checkedBy",
            "$.fields.name[5].checkedBy",
            "$.fields.name[6]",
            "$.fields.gender[1].kind",
            "$.fields.ethnicity");
    assertThat(problems)
        .allMatch(p -> p.rule().equals("config.evidence-catalogue") && p.isBlocking());
    assertThat(problems.get(3).message(Locale.ENGLISH))
        .startsWith("Unknown evidence kind \"passport\" (known: application-form,");
    assertThat(problems.get(2).message(Locale.CHINESE)).startsWith("未知的字段“nickname”");
  }

  @Test
  void loading_an_invalid_file_fails_with_every_problem_in_the_message() {
    String json = "{\"fields\": {\"name\": [{\"kind\": \"passport\"}], \"nickname\": []}}";
    assertThatThrownBy(() -> EvidenceCatalogue.load(json, EvidenceCatalogue.Format.JSON))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EVIDENCE_CATALOGUE);
              assertThat(e.getMessage())
                  .startsWith("GC-0301 证据目录配置无效（2 处问题）")
                  .contains(
                      "$.fields.name[0].kind: 未知的材料类型“passport”",
                      "$.fields.nickname: 未知的字段“nickname”");
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains(
                      "Invalid evidence catalogue (2 problems)",
                      "Unknown evidence kind \"passport\"",
                      "Unknown field \"nickname\"");
            });
  }

  @Test
  void unreadable_text_and_a_non_object_are_problems_too() {
    assertThat(EvidenceCatalogue.problems("{\"fields\": ", EvidenceCatalogue.Format.JSON))
        .singleElement()
        .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).startsWith("Cannot read the JSON"));
    assertThat(EvidenceCatalogue.problems("- a\n- b\n", EvidenceCatalogue.Format.YAML))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("$"));
    assertThat(EvidenceCatalogue.problems("", EvidenceCatalogue.Format.YAML)).hasSize(1);
  }

  @Test
  void a_key_given_twice_is_a_problem_not_a_silent_override() {
    String yaml =
        """
        fields:
          name:
            - kind: id-card
          name:
            - kind: police-certificate
        """;
    assertThat(EvidenceCatalogue.problems(yaml, EvidenceCatalogue.Format.YAML))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message(Locale.ENGLISH))
                    .startsWith("Cannot read the YAML")
                    .contains("name"));
    assertThat(
            EvidenceCatalogue.problems(
                "{\"mode\": \"extend\", \"mode\": \"replace\"}", EvidenceCatalogue.Format.JSON))
        .hasSize(1);
  }

  @Test
  void a_student_can_never_be_the_one_who_checks_an_original() {
    assertThatThrownBy(() -> EvidenceRequirement.checkedBy(EvidenceKind.ID_CARD, Role.STUDENT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
