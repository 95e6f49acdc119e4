package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.campaign.CampaignCodec;
import io.gradcap.core.campaign.CampaignFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NoticeCheckCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private record Run(int exit, List<JsonNode> lines, String out, String err) {}

  private Run run(String... args) {
    CommandLine cli = GradcapCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    if (List.of(args).contains("json")) {
      out.toString().lines().forEach(line -> lines.add(JSON.readTree(line)));
    }
    return new Run(exit, lines, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private Path seed() throws IOException {
    return file("seed-2024.yaml", CampaignFiles.readSeed());
  }

  @Test
  void the_seed_notice_has_a_blocking_finding_and_exits_1() throws IOException {
    Run run = run("notice-check", seed().toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(run.lines())
        .extracting(n -> n.get("rule").asString())
        .containsExactly(
            "notice.number-year",
            "notice.weekday-year",
            "notice.section-numbering",
            "campaign.capture.morning-start",
            "notice.date-distance");
    JsonNode first = run.lines().get(0);
    assertThat(first.get("severity").asString()).isEqualTo("BLOCKING");
    assertThat(first.get("location").asString()).isEqualTo("notice.signedOn");
    assertThat(first.get("subject").asString()).isEqualTo("琼软院教务〔2023〕20号");
    assertThat(first.get("message").asString()).startsWith("文号 琼软院教务〔2023〕20号 的年份是2023年");
  }

  @Test
  void messages_come_in_english_on_request() throws IOException {
    Run run = run("notice-check", seed().toString(), "--format", "json", "--lang", "en");
    assertThat(run.lines())
        .extracting(n -> n.get("message").asString())
        .contains("The notice's sections run 一、二、四: 三 is missing");
  }

  @Test
  void a_corrected_notice_exits_0_and_reads_json_too() throws IOException {
    String corrected =
        CampaignFiles.readSeed()
            .replace("signedOn: 2022-04-03", "signedOn: 2023-04-03")
            .replace("sections: [一, 二, 四]", "sections: [一, 二, 三]")
            .replace("start: \"8:30\"", "start: \"8:10\"");
    String json =
        CampaignCodec.write(
            CampaignCodec.read(corrected, CampaignFormat.YAML, "c.yaml"), CampaignFormat.JSON);
    Run run = run("notice-check", file("corrected.json", json).toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.OK);
    assertThat(run.lines()).isEmpty();
  }

  @Test
  void warnings_alone_exit_0() throws IOException {
    String warningsOnly =
        CampaignFiles.readSeed().replace("signedOn: 2022-04-03", "signedOn: 2023-04-03");
    Run run = run("notice-check", file("w.yaml", warningsOnly).toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.OK);
    assertThat(run.lines())
        .extracting(n -> n.get("severity").asString())
        .containsOnly("WARNING")
        .hasSize(2);
  }

  @Test
  void an_invalid_definition_exits_2_listing_every_problem() throws IOException {
    String broken =
        CampaignFiles.readSeed()
            .replace("date: 2023-05-19", "date: 2023-05-32")
            .replace("codeLeadDays: 3", "codeLeadDays: -1");
    Run run = run("notice-check", file("broken.yaml", broken).toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    List<JsonNode> problems = run.lines().subList(0, run.lines().size() - 1);
    assertThat(problems)
        .extracting(n -> n.get("field").asString())
        .containsExactly("milestones[4].date", "capture.codeLeadDays");
    assertThat(problems)
        .allSatisfy(n -> assertThat(n.get("location").asString()).startsWith("broken.yaml:"));
    assertThat(run.lines().get(run.lines().size() - 1).get("error").asString())
        .isEqualTo("GC-0801");
    assertThat(run.err()).startsWith("GC-0801");
  }

  @Test
  void unreadable_input_exits_2_with_an_error_object() throws IOException {
    Run malformed =
        run("notice-check", file("bad.json", "{\"title\": ").toString(), "--format", "json");
    assertThat(malformed.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(malformed.lines())
        .singleElement()
        .satisfies(n -> assertThat(n.get("error").asString()).isEqualTo("GC-0802"));
    Run missing = run("notice-check", dir.resolve("nowhere.yaml").toString(), "--format", "json");
    assertThat(missing.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(missing.lines())
        .singleElement()
        .satisfies(n -> assertThat(n.get("error").asString()).isEqualTo("io"));
  }

  @Test
  void text_output_ends_with_a_summary() throws IOException {
    Run run = run("notice-check", seed().toString());
    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(run.out())
        .contains("【阻断】 notice.number-year @notice.signedOn：")
        .endsWith("共 5 条，其中阻断 1 条" + System.lineSeparator());
  }
}
