package io.gradcap.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Messages that carry messages render them in the reader's language, lists one element a line. */
class NestedMessageTest {

  private static final String CAMPAIGN = "io.gradcap.core.campaign.messages";

  @Test
  void a_nested_message_speaks_the_same_language() {
    Message inner = Message.of(CAMPAIGN, "type.list");
    Message outer = Message.of(CAMPAIGN, "definition.type", inner);
    assertThat(outer.format(Locale.CHINESE)).isEqualTo("应为列表");
    assertThat(outer.format(Locale.ENGLISH)).isEqualTo("must be a list");
  }

  @Test
  void a_list_argument_becomes_one_line_per_element() {
    Message errors =
        Message.of(
            Message.ERRORS,
            "GC-0801",
            "x.yaml",
            2,
            List.of(Message.of(CAMPAIGN, "definition.required"), "plain"));
    assertThat(errors.format(Locale.ENGLISH))
        .isEqualTo(
            "Invalid campaign definition x.yaml, 2 problem(s):\nrequired but missing\nplain");
    assertThat(errors.format(Locale.CHINESE)).isEqualTo("活动定义 x.yaml 无效，共 2 处问题：\n缺少必填项\nplain");
  }
}
