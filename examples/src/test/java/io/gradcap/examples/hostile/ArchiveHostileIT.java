package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.absent;
import static io.gradcap.examples.hostile.Checks.filesIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Spreadsheet files that are empty, cut off, not what their name says, zip bombs or oversized. */
@Execution(ExecutionMode.CONCURRENT)
class ArchiveHostileIT {

  private static final Family F = Family.ARCHIVES;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(F, Origin.why(4), "zero-byte .xlsx: verify --format json")
            .input(w -> Files.createFile(w.resolve("名单.xlsx")))
            .command("verify", "名单.xlsx", "--format", "json"),
        HostileCase.of(F, Origin.found(), "zero-byte .xls: verify")
            .input(w -> Files.createFile(w.resolve("名单.xls")))
            .command("verify", "名单.xls"),
        HostileCase.of(F, Origin.guard(), "zero-byte .csv: verify")
            .input(w -> Files.createFile(w.resolve("名单.csv")))
            .command("verify", "名单.csv"),
        HostileCase.of(F, Origin.found(), "zero-byte template and submission: certificates")
            .input(
                w -> {
                  Files.createFile(w.resolve("模板.xlsx"));
                  Files.createFile(w.resolve("提交.xlsx"));
                })
            .command("certificates", "模板.xlsx", "提交.xlsx", "--out", "批注.xlsx", "--format", "json"),
        HostileCase.of(F, Origin.guard(), ".xlsx cut off halfway: verify")
            .input(
                w -> {
                  Path file = Rosters.workbook(w.resolve("名单.xlsx"), Rosters.rows(20));
                  Packages.truncate(file, (int) Files.size(file) / 2);
                })
            .command("verify", "名单.xlsx"),
        bomb(Origin.guard(), Packages.BombPart.SHEET),
        bomb(Origin.guard(), Packages.BombPart.SHARED_STRINGS),
        bomb(Origin.guard(), Packages.BombPart.WORKBOOK),
        HostileCase.of(
                F,
                Origin.guard(),
                "sheet whose headers understate both sizes (2 MB of noise): verify --format json")
            .input(w -> Packages.understated(w.resolve("名单.xlsx"), 2 << 20))
            .command("verify", "名单.xlsx", "--format", "json"),
        HostileCase.of(
                F, Origin.guard(), "deflate bomb in the shared strings: sheets writes nothing")
            .input(
                w ->
                    Packages.bomb(
                        w.resolve("名单.xlsx"), 200L << 20, Packages.BombPart.SHARED_STRINGS))
            .command("sheets", "名单.xlsx", "--out", "签名表")
            .check(absent("签名表")),
        HostileCase.of(F, Origin.found(), "workbook with 100,000 extra zip entries: verify")
            .input(
                w ->
                    Packages.stuffed(
                        Rosters.workbook(w.resolve("名单.xlsx"), Rosters.rows(3)), 100_000))
            .command("verify", "名单.xlsx")
            .exit(0, 2),
        HostileCase.of(F, Origin.guard(), "text file named .xlsx: verify")
            .input(w -> Files.writeString(w.resolve("名单.xlsx"), "学号,姓名\n2021000001,张三\n"))
            .command("verify", "名单.xlsx"),
        HostileCase.of(F, Origin.guard(), ".xls workbook named .xlsx: verify")
            .input(
                w ->
                    Files.move(
                        Rosters.workbook(w.resolve("x.xls"), Rosters.rows(3)),
                        w.resolve("名单.xlsx")))
            .command("verify", "名单.xlsx")
            .exit(0, 2),
        HostileCase.of(F, Origin.guard(), ".xlsx workbook named .xls: verify")
            .input(
                w ->
                    Files.move(
                        Rosters.workbook(w.resolve("x.xlsx"), Rosters.rows(3)),
                        w.resolve("名单.xls")))
            .command("verify", "名单.xls")
            .exit(0, 2),
        HostileCase.of(F, Origin.guard(), "workbook whose sheet part is missing: verify")
            .input(
                w -> {
                  var parts = Packages.minimal("");
                  parts.remove("xl/worksheets/sheet1.xml");
                  Packages.zip(w.resolve("名单.xlsx"), parts);
                })
            .command("verify", "名单.xlsx"),
        HostileCase.of(
                F, Origin.guard(), "sharedStrings holding one 20,000,000-character string: verify")
            .input(
                w ->
                    Packages.rewrite(
                        Rosters.workbook(w.resolve("名单.xlsx"), Rosters.rows(3)),
                        "xl/sharedStrings.xml",
                        xml -> xml.replaceFirst("<t>张", "<t>" + "长".repeat(20_000_000) + "张")))
            .command("verify", "名单.xlsx"),
        HostileCase.of(
                F,
                Origin.why(8),
                "xlsx cell of 32,768 characters: verify refuses it as the CSV reader does")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), longName(32_768)))
            .command("verify", "名单.xlsx"),
        HostileCase.of(F, Origin.why(8), "xlsx name of 3,500,000 characters: sheets writes nothing")
            .input(w -> Rosters.workbook(w.resolve("名单.xlsx"), longName(3_500_000)))
            .command("sheets", "名单.xlsx", "--out", "签名表")
            .check(filesIn("签名表", 0)),
        HostileCase.of(
                F, Origin.why(5), "certificates annotating a 100,000-row workbook at -Xmx256m")
            .input(ArchiveHostileIT::bigCertificates)
            .command("certificates", "模板.xlsx", "提交.xlsx", "--out", "批注.xlsx", "--format", "json")
            .exit(0, 1)
            .timeout(Duration.ofSeconds(240)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  private static HostileCase bomb(Origin origin, Packages.BombPart part) {
    return HostileCase.of(
            F,
            origin,
            "deflate bomb (200 MB) in the "
                + part
                + " part, headers understating it: verify --format json")
        .input(w -> Packages.bomb(w.resolve("名单.xlsx"), 200L << 20, part))
        .command("verify", "名单.xlsx", "--format", "json");
  }

  /** Three valid students, the second named with {@code length} characters. */
  static List<List<Object>> longName(int length) {
    List<List<Object>> rows = Rosters.rows(3);
    rows.get(2).set(1, "张".repeat(length));
    return rows;
  }

  private static void bigCertificates(Path work) throws Exception {
    List<Object> header = List.of("学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注");
    Rosters.workbook(work.resolve("模板.xlsx"), List.of(header));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(header);
    for (int i = 0; i < 100_000; i++) {
      rows.add(
          List.of(
              String.valueOf(2021000001L + i),
              "张三",
              "全国计算机等级考试",
              "二级",
              "NCRE-2023-" + i,
              "教育部考试中心",
              "2023-06-01",
              ""));
    }
    Rosters.workbook(work.resolve("提交.xlsx"), rows);
  }
}
