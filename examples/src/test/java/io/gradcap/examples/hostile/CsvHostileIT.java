package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.saysAny;
import static io.gradcap.examples.hostile.Checks.saysNone;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV rosters in every encoding, line ending and size a registry office might send, and some it
 * should not.
 */
@Execution(ExecutionMode.CONCURRENT)
class CsvHostileIT {

  private static final Family F = Family.CSV;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.guard(), "UTF-8 with BOM: verify")
            .input(
                w ->
                    Rosters.csv(w.resolve("名单.csv"), Rosters.rows(3), StandardCharsets.UTF_8, true))
            .command("verify", "名单.csv")
            .exit(0),
        HostileCase.of(F, Origin.guard(), "GB18030: verify")
            .input(
                w ->
                    Rosters.csv(
                        w.resolve("名单.csv"), Rosters.rows(3), Charset.forName("GB18030"), false))
            .command("verify", "名单.csv")
            .exit(0),
        HostileCase.of(
                F, Origin.guard(), "UTF-16LE with BOM: verify reads it or names the encoding")
            .input(
                w ->
                    Rosters.csv(
                        w.resolve("名单.csv"), Rosters.rows(3), StandardCharsets.UTF_16LE, true))
            .command("verify", "名单.csv")
            .exit(0, 2),
        HostileCase.of(F, Origin.guard(), "UTF-16BE without BOM: verify refuses it")
            .input(
                w ->
                    Rosters.csv(
                        w.resolve("名单.csv"), Rosters.rows(3), StandardCharsets.UTF_16BE, false))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.why(10), "invalid UTF-8 on line 802: the message names line 802")
            .input(
                w -> {
                  ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                  bytes.write(
                      Rosters.csvText(Rosters.rows(800), "\n").getBytes(StandardCharsets.UTF_8));
                  bytes.write(
                      Rosters.csvText(List.of(Rosters.student(800).withName("张\u0001").row()), "\n")
                          .replace("\u0001", "\u0000")
                          .getBytes(StandardCharsets.UTF_8));
                  byte[] all = bytes.toByteArray();
                  // The NUL placeholder becomes 0xC3 0x28: a lead byte without its continuation.
                  for (int i = 0; i < all.length; i++) {
                    if (all[i] == 0) {
                      all[i] = (byte) 0xC3;
                      byte[] fixed = new byte[all.length + 1];
                      System.arraycopy(all, 0, fixed, 0, i + 1);
                      fixed[i + 1] = '(';
                      System.arraycopy(all, i + 1, fixed, i + 2, all.length - i - 1);
                      all = fixed;
                      break;
                    }
                  }
                  Files.write(w.resolve("名单.csv"), all);
                })
            .command("verify", "名单.csv", "--lang", "en")
            .check(saysAny("802"))
            .check(saysNone("A800", "A0:", "A0 ", "!A0")),
        HostileCase.of(F, Origin.guard(), "CRLF line endings: verify")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("名单.csv"), Rosters.csvText(Rosters.rows(3), "\r\n")))
            .command("verify", "名单.csv")
            .exit(0),
        HostileCase.of(
                F,
                Origin.guard(),
                "CR-only line endings (classic Mac): verify reads it or says why")
            .input(
                w -> Files.writeString(w.resolve("名单.csv"), Rosters.csvText(Rosters.rows(3), "\r")))
            .command("verify", "名单.csv")
            .exit(0, 2),
        HostileCase.of(F, Origin.guard(), "unbalanced quote: verify names where")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("名单.csv"),
                        Rosters.csvText(Rosters.rows(3), "\n").replaceFirst(",张", ",\"张")))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.guard(), "1,000 columns: verify names the column limit")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(3);
                  for (int r = 0; r < rows.size(); r++) {
                    for (int c = rows.get(r).size(); c < 1_000; c++) {
                      rows.get(r).add(r == 0 ? "备注" + c : "x");
                    }
                  }
                  Rosters.csv(w.resolve("名单.csv"), rows);
                })
            .command("verify", "名单.csv")
            .check(saysAny("256")),
        HostileCase.of(F, Origin.guard(), "cell of 32,768 characters: verify refuses it")
            .input(w -> Rosters.csv(w.resolve("名单.csv"), ArchiveHostileIT.longName(32_768)))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.guard(), "a 20 MB line without a line end: verify")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("名单.csv"),
                        String.join(",", Rosters.HEADER) + "\n2021000001," + "张".repeat(7_000_000)))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.why(5), "valid 150,000-row roster (18 MB) at -Xmx256m: verify")
            .input(
                w -> {
                  try (BufferedWriter out = Files.newBufferedWriter(w.resolve("名单.csv"))) {
                    out.write(Rosters.csvText(Rosters.rows(0), "\n"));
                    for (int i = 0; i < 150_000; i++) {
                      out.write(Rosters.csvText(List.of(Rosters.student(i).row()), "\n"));
                    }
                  }
                })
            .command("verify", "名单.csv")
            .exit(0)
            .timeout(Duration.ofSeconds(240)),
        HostileCase.of(F, Origin.guard(), "random binary named .csv: verify")
            .input(
                w -> {
                  byte[] noise = new byte[64 * 1024];
                  new Random(14).nextBytes(noise);
                  Files.write(w.resolve("名单.csv"), noise);
                })
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.guard(), "header and no students: verify")
            .input(w -> Rosters.csv(w.resolve("名单.csv"), Rosters.rows(0)))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.guard(), "row with more fields than the header: verify")
            .input(
                w -> {
                  List<List<Object>> rows = Rosters.rows(2);
                  rows.get(1).addAll(new ArrayList<>(List.of("多余", "字段")));
                  Rosters.csv(w.resolve("名单.csv"), rows);
                })
            .command("verify", "名单.csv")
            .exit(0, 1, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }
}
