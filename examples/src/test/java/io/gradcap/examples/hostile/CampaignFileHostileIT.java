package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.saysAny;
import static io.gradcap.examples.hostile.Checks.saysNone;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Campaign definitions and certificate catalogues that are missing, binary, duplicated, huge or
 * explosive.
 */
@Execution(ExecutionMode.CONCURRENT)
class CampaignFileHostileIT {

  private static final Family F = Family.CAMPAIGN_FILES;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.guard(), "the seed campaign: notice-check")
            .input(w -> Files.writeString(w.resolve("campaign.yaml"), seed()))
            .command("notice-check", "campaign.yaml")
            .exit(0, 1),
        HostileCase.of(F, Origin.why(10), "notice-check on a missing file: says it does not exist")
            .command("notice-check", "nope.yaml", "--lang", "en")
            .check(saysAny("not exist", "no such", "not found")),
        HostileCase.of(F, Origin.why(10), "notice-check --format json on a missing file")
            .command("notice-check", "nope.yaml", "--format", "json"),
        HostileCase.of(F, Origin.why(10), "YAML with a duplicate key: refused")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("campaign.yaml"),
                        seed().replaceFirst("(?m)^(graduatingClass: .*)$", "$1\n$1")))
            .command("notice-check", "campaign.yaml", "--lang", "en")
            .check(saysAny("graduatingClass")),
        HostileCase.of(
                F, Origin.why(10), "binary file as YAML: the message is not 'Input length = 1'")
            .input(
                w -> {
                  byte[] noise = new byte[4096];
                  new Random(14).nextBytes(noise);
                  Files.write(w.resolve("campaign.yaml"), noise);
                })
            .command("notice-check", "campaign.yaml", "--lang", "en")
            .check(saysNone("Input length")),
        HostileCase.of(
                F, Origin.why(10), "invalid UTF-8 in a YAML file: the message names the encoding")
            .input(
                w -> {
                  byte[] text = seed().getBytes(StandardCharsets.UTF_8);
                  text[text.length / 2] = (byte) 0xFF;
                  Files.write(w.resolve("campaign.yaml"), text);
                })
            .command("notice-check", "campaign.yaml", "--lang", "en")
            .check(saysNone("Input length"))
            .check(saysAny("UTF-8", "encoding")),
        HostileCase.of(F, Origin.guard(), "YAML holding a 2 MB string")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("campaign.yaml"),
                        seed()
                            .replaceFirst(
                                "(?m)^title: .*$", "title: " + "长".repeat(2 * 1024 * 1024 / 3))))
            .command("notice-check", "campaign.yaml")
            .exit(0, 1, 2),
        HostileCase.of(
                F,
                Origin.why(5),
                "YAML holding a 50 MB string: refused by size, quickly, at -Xmx256m")
            .input(
                w -> {
                  try (BufferedWriter out = Files.newBufferedWriter(w.resolve("campaign.yaml"))) {
                    out.write("title: ");
                    String chunk = "x".repeat(1 << 20);
                    for (int i = 0; i < 50; i++) {
                      out.write(chunk);
                    }
                    out.write("\n");
                  }
                })
            .command("notice-check", "campaign.yaml", "--format", "json"),
        HostileCase.of(F, Origin.guard(), "YAML anchors bomb (billion laughs by aliases)")
            .input(
                w -> {
                  StringBuilder yaml =
                      new StringBuilder(
                          "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                  for (int i = 1; i <= 9; i++) {
                    String prev = "*a" + (i - 1);
                    yaml.append("a")
                        .append(i)
                        .append(": &a")
                        .append(i)
                        .append(" [")
                        .append(String.join(",", java.util.Collections.nCopies(9, prev)))
                        .append("]\n");
                  }
                  Files.writeString(w.resolve("campaign.yaml"), yaml);
                })
            .command("notice-check", "campaign.yaml"),
        HostileCase.of(F, Origin.guard(), "YAML nested 10,000 levels deep")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("campaign.yaml"),
                        "title: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"))
            .command("notice-check", "campaign.yaml"),
        HostileCase.of(F, Origin.guard(), "YAML with a Java type tag")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("campaign.yaml"),
                        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n"))
            .command("notice-check", "campaign.yaml"),
        HostileCase.of(F, Origin.found(), "empty campaign file")
            .input(w -> Files.createFile(w.resolve("campaign.yaml")))
            .command("notice-check", "campaign.yaml", "--format", "json"),
        HostileCase.of(F, Origin.why(10), "certificate catalogue with a duplicate key: refused")
            .input(
                w -> {
                  PathHostileIT.certificates(w, "软件工程学院", "21软件1班");
                  Files.writeString(
                      w.resolve("catalogue.yaml"),
                      "certificates:\n  - name: 普通话水平测试\n    name: 全国计算机等级考试\n");
                })
            .command(
                "certificates",
                "模板.xlsx",
                "提交.xlsx",
                "--out",
                "批注.xlsx",
                "--catalogue",
                "catalogue.yaml"),
        HostileCase.of(F, Origin.why(5), "certificate catalogue of 50 MB: refused by size")
            .input(
                w -> {
                  PathHostileIT.certificates(w, "软件工程学院", "21软件1班");
                  try (BufferedWriter out = Files.newBufferedWriter(w.resolve("catalogue.yaml"))) {
                    out.write("# ");
                    String chunk = "x".repeat(1 << 20);
                    for (int i = 0; i < 50; i++) {
                      out.write(chunk);
                    }
                    out.write("\n");
                  }
                })
            .command(
                "certificates",
                "模板.xlsx",
                "提交.xlsx",
                "--out",
                "批注.xlsx",
                "--catalogue",
                "catalogue.yaml"),
        HostileCase.of(F, Origin.guard(), "verify --campaign on a missing file")
            .input(w -> Rosters.csv(w.resolve("名单.csv"), Rosters.rows(2)))
            .command("verify", "名单.csv", "--campaign", "nope.yaml", "--format", "json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /** The seed campaign shipped in the jar, as text. */
  static String seed() {
    try (InputStream in =
        CampaignFileHostileIT.class.getResourceAsStream("/campaigns/seed-2024.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
