package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class GuardTest {

  /** A subcommand that fails as a bug would, to see what the guard makes of it. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Throwable failure;

    @Mixin OutputOptions output;

    Boom(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Exception e) {
        throw e;
      }
      throw (Error) failure;
    }
  }

  private static CliRun boom(Throwable failure, String... args) {
    CommandLine cli = GradcapCommand.commandLine();
    cli.addSubcommand("boom", new Boom(failure));
    String[] all = new String[args.length + 1];
    all[0] = "boom";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(cli, all);
  }

  @Test
  void an_unexpected_exception_is_exit_2_and_one_line_without_a_stack_trace() {
    CliRun run = boom(new IllegalStateException("broken"));
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.showsAStackTrace()).as(run.err()).isFalse();
    assertThat(run.err().lines())
        .hasSize(1)
        .first()
        .asString()
        .contains("IllegalStateException")
        .contains("--debug");
  }

  @Test
  void debug_prints_the_stack_trace() {
    CliRun run = boom(new IllegalStateException("broken"), "--debug");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("\tat ");
  }

  @Test
  void an_unexpected_exception_under_json_is_a_json_error_object() {
    CliRun run = boom(new IllegalStateException("broken"), "--format", "json");
    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).get("error").asString()).isEqualTo("internal");
    assertThat(run.lines().get(0).get("message").asString()).contains("broken");
  }

  @Test
  void out_of_memory_is_exit_2_with_a_message_saying_so_never_blocking_findings() {
    CliRun run = boom(new OutOfMemoryError("Java heap space"), "--format", "json", "--lang", "en");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines().get(0).get("error").asString()).isEqualTo("out-of-memory");
    assertThat(run.err()).contains("Out of memory").contains("-Xmx");
    assertThat(run.showsAStackTrace()).isFalse();
  }

  @Test
  void an_exception_message_is_masked_and_escaped() {
    CliRun run =
        boom(new IllegalArgumentException("bad 11010519491231002X \u202Eevil"), "--format", "json");
    assertThat(run.showsAnIdNumber()).as(run.all()).isFalse();
    assertThat(run.all()).doesNotContain("\u202E").contains("\\u202E");
    assertThat(run.lines().get(0).get("message").asString())
        .doesNotContain("\u202E")
        .contains("110105********002X");
  }

  @Test
  void progress_under_json_prints_a_json_error_object_like_every_subcommand() {
    CliRun run =
        CliRun.of(
            "progress", "--db", "jdbc:h2:file:/nonexistent/gradcap-nothing", "--format", "json");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).get("error").asString()).isNotBlank();
    assertThat(run.lines().get(0).get("message").asString()).contains("gradcap-nothing");
  }

  @Test
  void bad_usage_under_json_is_a_json_error_object_and_one_line() {
    CliRun run = CliRun.of("verify", "roster.csv", "--format", "json", "--no-such-option");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines()).hasSize(1);
    assertThat(run.lines().get(0).get("error").asString()).isEqualTo("usage");
    assertThat(run.err().lines())
        .hasSize(1)
        .first()
        .asString()
        .contains("--no-such-option")
        .contains("verify --help");
  }

  @Test
  void an_id_number_given_as_a_stray_argument_is_masked_in_the_usage_error() {
    CliRun run = CliRun.of("notice-check", "a.yaml", "11010519491231002X");
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("110105********002X");
    assertThat(run.showsAnIdNumber()).isFalse();
  }

  @Test
  void no_subcommand_is_bad_usage_in_one_line() {
    CliRun run = CliRun.of();
    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.showsAStackTrace()).isFalse();
    assertThat(run.err().lines())
        .hasSize(1)
        .first()
        .asString()
        .contains("missing subcommand")
        .contains("gradcap --help");
  }
}
