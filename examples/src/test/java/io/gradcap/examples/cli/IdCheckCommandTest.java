package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IdCheckCommandTest {

  @Test
  void a_valid_resident_number_says_its_birth_date_and_gender() {
    String id = CliRun.id("46010220030417002");
    CliRun run = CliRun.of("idcheck", "--format", "json", id);
    assertThat(run.exit()).isZero();
    JsonNode line = run.lines().get(0);
    // Printed masked like every output line: the birth date and gender are given on their own.
    assertThat(line.get("input").asString()).isEqualTo("460102********0026");
    assertThat(line.get("valid").asBoolean()).isTrue();
    assertThat(line.get("normalized").asString()).isEqualTo("460102********0026");
    assertThat(line.get("kind").asString()).isEqualTo("resident");
    assertThat(line.get("birthDate").asString()).isEqualTo("2003-04-17");
    assertThat(line.get("gender").asString()).isEqualTo("female");
    assertThat(line.get("findings")).isEmpty();
  }

  @Test
  void a_wrong_check_character_is_blocking_and_its_message_masks_the_number() {
    String good = CliRun.id("11010519491231002");
    String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    CliRun run = CliRun.of("idcheck", "--format", "json", "--lang", "en", bad, good);
    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(run.lines()).hasSize(2);
    JsonNode first = run.lines().get(0);
    assertThat(first.get("valid").asBoolean()).isFalse();
    JsonNode finding = first.get("findings").get(0);
    assertThat(finding.get("rule").asString()).isEqualTo("R6.id.check-character");
    assertThat(finding.get("severity").asString()).isEqualTo("BLOCKING");
    assertThat(finding.get("message").asString()).contains("110105********").doesNotContain(bad);
    assertThat(run.lines().get(1).get("valid").asBoolean()).isTrue();
  }

  @Test
  void a_15_digit_number_is_upgraded_to_18_characters_with_a_warning() {
    CliRun run = CliRun.of("idcheck", "--format", "json", "110105491231002");
    JsonNode line = run.lines().get(0);
    assertThat(line.get("normalized").asString())
        .hasSize(18)
        .startsWith("110105********002")
        .isNotEqualTo(line.get("input").asString());
    assertThat(line.get("valid").asBoolean()).isTrue();
    assertThat(line.get("findings").get(0).get("rule").asString()).isEqualTo("R6.id.legacy-15");
    assertThat(run.exit()).isZero();
  }

  @Test
  void residence_permits_and_foreign_permanent_resident_ids_are_told_apart() {
    String permit = CliRun.id("81000019990101001");
    String foreign = CliRun.id("93144019990101001");
    CliRun run = CliRun.of("idcheck", "--format", "json", permit, foreign);
    assertThat(run.lines().get(0).get("kind").asString())
        .isEqualTo("hk-macau-taiwan-residence-permit");
    assertThat(run.lines().get(1).get("kind").asString()).isEqualTo("foreign-permanent-resident");
    CliRun strict = CliRun.of("idcheck", "--format", "json", "--strict", permit);
    assertThat(strict.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(strict.lines().get(0).get("findings").get(0).get("rule").asString())
        .isEqualTo("R6.id.residence-permit-refused");
  }

  @Test
  void garbage_is_invalid_without_a_normalized_number() {
    CliRun run = CliRun.of("idcheck", "--format", "json", "abc");
    JsonNode line = run.lines().get(0);
    assertThat(line.get("valid").asBoolean()).isFalse();
    assertThat(line.get("normalized").isNull()).isTrue();
    assertThat(line.get("findings").get(0).get("rule").asString()).isEqualTo("R6.id.format");
  }

  @Test
  void no_number_is_bad_usage() {
    assertThat(CliRun.of("idcheck").exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(CliRun.of("idcheck", "--help").exit()).isZero();
  }
}
