package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.saysNone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOCTYPEs, external entities (XXE) and entity expansion (billion laughs) in each XML part of an
 * otherwise valid roster workbook written by Apache POI. Each is refused with a located message: no
 * trace, no POI log line, nothing read from the entity's file.
 */
@Execution(ExecutionMode.CONCURRENT)
class XmlHostileIT {

  private static final Family F = Family.XML;

  /**
   * What an external entity would pull in: an ID number, so any leak is seen by the ID check too.
   */
  static final String SECRET = "secret-11010519491231002X";

  static Stream<HostileCase> cases() {
    List<HostileCase> cases = new ArrayList<>();
    List<String> parts =
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml");
    for (String part : parts) {
      boolean inIssue =
          part.equals("[Content_Types].xml")
              || part.equals("_rels/.rels")
              || part.equals("docProps/core.xml");
      // xl/workbook.xml and xl/styles.xml were already refused cleanly; the other parts were not.
      boolean held = part.equals("xl/workbook.xml") || part.equals("xl/styles.xml");
      cases.add(
          HostileCase.of(
                  F,
                  inIssue ? Origin.why(4) : held ? Origin.guard() : Origin.found(),
                  "DOCTYPE with an external entity in " + part)
              .input(
                  w -> Packages.rewrite(roster(w), part, xml -> Packages.withDoctype(xml, xxe(w))))
              .command("verify", "名单.xlsx")
              .check(saysNone("secret-")));
    }
    cases.add(
        HostileCase.of(F, Origin.guard(), "external entity used in a shared string")
            .input(
                w ->
                    Packages.rewrite(
                        roster(w),
                        "xl/sharedStrings.xml",
                        xml -> Packages.withDoctype(xml, xxe(w)).replaceFirst("<t>张", "<t>&xxe;张")))
            .command("verify", "名单.xlsx", "--format", "json")
            .check(saysNone("secret-")));
    cases.add(
        HostileCase.of(F, Origin.guard(), "external entity used in a sheet's inline string")
            .input(
                w ->
                    Packages.zip(
                        w.resolve("名单.xlsx"),
                        Packages.minimal(
                            Packages.withDoctype(
                                Packages.SHEET_START
                                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>学号</t></is></c>"
                                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                                    + "<is><t>2021000001</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                                    + Packages.SHEET_END,
                                xxe(w)))))
            .command("verify", "名单.xlsx")
            .check(saysNone("secret-")));
    for (String part :
        List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml")) {
      cases.add(
          HostileCase.of(
                  F,
                  part.startsWith("[") ? Origin.why(4) : Origin.guard(),
                  "billion laughs in " + part)
              .input(w -> Packages.rewrite(roster(w), part, xml -> laughs(xml, part)))
              .command("verify", "名单.xlsx"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /** A valid three-student roster as Apache POI writes it, with the secret file beside it. */
  private static Path roster(Path work) throws Exception {
    Files.writeString(work.resolve("secret.txt"), SECRET);
    return Rosters.workbook(work.resolve("名单.xlsx"), Rosters.rows(3));
  }

  private static String xxe(Path work) {
    return "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + work.resolve("secret.txt").toUri() + "\">]>";
  }

  /**
   * Nine levels of ten-fold entity expansion, used once in the part's first text or attribute
   * value.
   */
  private static String laughs(String xml, String part) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String withDtd = Packages.withDoctype(xml, dtd.toString());
    return part.startsWith("[")
        ? withDtd.replaceFirst("Extension=\"rels\"", "Extension=\"&lol9;\"")
        : part.contains("sharedStrings")
            ? withDtd.replaceFirst("<t>张", "<t>&lol9;张")
            : withDtd
                .replaceFirst("<sheetData>", "<sheetData><!-- -->")
                .replaceFirst("<v>", "<v>&lol9;");
  }
}
