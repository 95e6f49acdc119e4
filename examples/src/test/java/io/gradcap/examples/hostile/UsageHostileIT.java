package io.gradcap.examples.hostile;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad usage: unknown options and subcommands, missing arguments, languages and values that do not
 * exist.
 */
@Execution(ExecutionMode.CONCURRENT)
class UsageHostileIT {

  private static final Family F = Family.USAGE;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.guard(), "no subcommand").command(),
        HostileCase.of(F, Origin.guard(), "unknown subcommand").command("frobnicate"),
        HostileCase.of(F, Origin.guard(), "unknown option")
            .command("idcheck", "--bogus", "11010519491231002X"),
        HostileCase.of(F, Origin.guard(), "verify without a roster").command("verify"),
        HostileCase.of(F, Origin.guard(), "schedule without its files")
            .command("schedule", "--rate", "2.45"),
        HostileCase.of(F, Origin.guard(), "progress without --db").command("progress"),
        HostileCase.of(F, Origin.guard(), "certificates with one file")
            .command("certificates", "模板.xlsx"),
        HostileCase.of(F, Origin.found(), "--lang xx is refused, not silently Chinese")
            .input(w -> Rosters.csv(w.resolve("名单.csv"), Rosters.rows(2)))
            .command("verify", "名单.csv", "--lang", "xx"),
        HostileCase.of(F, Origin.guard(), "--format xml")
            .command("idcheck", "11010519491231002X", "--format", "xml"),
        HostileCase.of(F, Origin.guard(), "--today that is not a date")
            .command("progress", "--db", "jdbc:h2:mem:x", "--today", "昨天"),
        HostileCase.of(F, Origin.guard(), "--stations that is not a number")
            .input(
                w -> {
                  Files.writeString(
                      w.resolve("groups.csv"),
                      "group,college,cohort,class,headcount,responsible\n");
                  Files.writeString(w.resolve("windows.csv"), "date,start,end\n");
                })
            .command(
                "schedule",
                "--groups",
                "groups.csv",
                "--windows",
                "windows.csv",
                "--rate",
                "2.45",
                "--stations",
                "两"),
        HostileCase.of(F, Origin.guard(), "--help").command("verify", "--help").exit(0),
        HostileCase.of(F, Origin.guard(), "idcheck of a 100,000-character argument")
            .command("idcheck", "1".repeat(100_000))
            .exit(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }
}
