package io.gradcap.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a campaign definition file may not be: longer than the limit, or holding a key twice. */
class CampaignFileLimitsTest {

  @Test
  void a_definition_above_the_limit_is_refused_before_it_is_parsed() {
    // Not even YAML: refused by its length alone, so no parser ever sees it.
    String huge = "title: \"" + "a".repeat(CampaignCodec.MAX_CHARS) + "\"\n";
    assertThatThrownBy(() -> CampaignCodec.read(huge, CampaignFormat.YAML, "huge.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_TOO_LARGE);
              assertThat(e.getMessage(Locale.ENGLISH)).contains("huge.yaml").contains("1,048,576");
            });
  }

  @Test
  void a_key_given_twice_in_yaml_is_refused_with_the_key_and_its_line() {
    String yaml = Seed.yaml();
    int line = (int) yaml.lines().count() + 1;
    assertThatThrownBy(
            () -> CampaignCodec.read(yaml + "title: again\n", CampaignFormat.YAML, "twice.yaml"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_CAMPAIGN);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains("twice.yaml")
                  .contains("line " + line)
                  .contains("\"title\" appears twice");
              assertThat(e.getMessage()).contains("“title”在同一层重复出现");
            });
  }

  @Test
  void a_key_given_twice_in_json_is_refused_too() {
    assertThatThrownBy(
            () ->
                CampaignCodec.read(
                    "{\"title\": \"a\",\n \"title\": \"b\"}", CampaignFormat.JSON, "c.json"))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH))
                    .contains("line 2")
                    .contains("\"title\" appears twice"));
  }
}
