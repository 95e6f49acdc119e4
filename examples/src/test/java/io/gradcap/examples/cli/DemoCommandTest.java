package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

  @TempDir Path dir;

  private String run(String... args) {
    CommandLine cli = GradcapCommand.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(args)).isEqualTo(GradcapCommand.OK);
    return out.toString();
  }

  @Test
  void demo_shows_the_cohorts_of_the_class_of_2024() {
    String out = run("demo", "--out", dir.toString());
    assertThat(out).contains("2019级5年制", "2021级3年制", "2022级2年制联办本科").doesNotContain("-> 2023");
  }

  @Test
  void demo_speaks_english_on_request() {
    assertThat(run("demo", "--out", dir.toString(), "--lang", "en")).contains("Cohorts of the class of 2024");
  }

  @Test
  void bad_usage_exits_with_2() {
    assertThat(GradcapCommand.commandLine().execute("demo", "--no-such-option")).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
  }
}
