package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gradcap.examples.certificate.CertificateWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CertificatesCommandTest {

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

  private String template() throws IOException {
    return CertificateWorkbooks.template(dir.resolve("模板.xlsx")).toString();
  }

  @Test
  void planted_mistakes_are_one_json_object_each_and_exit_1() throws IOException {
    Path submission = CertificateWorkbooks.submission(dir.resolve("软件工程学院.xlsx"));
    Path roster = CertificateWorkbooks.roster(dir.resolve("名单.xlsx"));
    Path annotated = dir.resolve("批注.xlsx");

    Run run =
        run(
            "certificates",
            template(),
            submission.toString(),
            "--out",
            annotated.toString(),
            "--roster",
            roster.toString(),
            "--format",
            "json",
            "--lang",
            "en");

    assertThat(run.exit()).isEqualTo(GradcapCommand.BLOCKING_FINDINGS);
    assertThat(run.lines())
        .extracting(n -> n.get("rule").asString(), n -> n.get("location").asString())
        .containsExactly(
            tuple("R7.certificate.column-renamed", "软件工程学院.xlsx!证书!F2"),
            tuple("R7.certificate.unknown-level", "软件工程学院.xlsx!证书!D4"),
            tuple("R7.certificate.cell-format", "软件工程学院.xlsx!证书!G4"),
            tuple("R7.certificate.student-not-on-roster", "软件工程学院.xlsx!证书!A5"),
            tuple("R7.certificate.student-other-college", "软件工程学院.xlsx!证书!A6"),
            tuple("R7.certificate.duplicate-number", "软件工程学院.xlsx!证书!E7"),
            tuple("R7.certificate.row-without-marker", "软件工程学院.xlsx!证书!A9"));
    JsonNode format = run.lines().get(2);
    assertThat(format.get("severity").asString()).isEqualTo("BLOCKING");
    assertThat(format.get("studentNumber").asString()).isEqualTo("2021010102");
    assertThat(format.get("field").asString()).isEqualTo("issueDate");
    assertThat(format.get("message").asString()).contains("2022.11", "2024-04-17");
    assertThat(run.lines().get(0).get("studentNumber").isNull()).isTrue();
    try (InputStream in = Files.newInputStream(annotated);
        Workbook wb = WorkbookFactory.create(in)) {
      assertThat(wb.getSheet("证书").getRow(3).getCell(6).getCellComment().getString().getString())
          .contains("2022.11");
    }
  }

  @Test
  void a_clean_submission_exits_0_and_says_so_in_text() throws IOException {
    Path clean = CertificateWorkbooks.template(dir.resolve("空表.xlsx"));

    Run run =
        run(
            "certificates",
            template(),
            clean.toString(),
            "--out",
            dir.resolve("c.xlsx").toString());

    assertThat(run.exit()).isEqualTo(GradcapCommand.OK);
    assertThat(run.out()).contains("未发现问题");
    assertThat(dir.resolve("c.xlsx")).exists();
  }

  @Test
  void an_unreadable_submission_exits_2() throws IOException {
    Path broken = dir.resolve("坏文件.xlsx");
    Files.writeString(broken, "not a workbook", StandardCharsets.UTF_8);

    Run run =
        run(
            "certificates",
            template(),
            broken.toString(),
            "--out",
            dir.resolve("x.xlsx").toString(),
            "--format",
            "json");

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.lines()).singleElement().satisfies(n -> assertThat(n.has("error")).isTrue());
    assertThat(dir.resolve("x.xlsx")).doesNotExist();
  }

  @Test
  void a_template_without_a_header_row_exits_2() throws IOException {
    Path notATemplate = dir.resolve("通知.csv");
    Files.writeString(notATemplate, "关于收集证书的通知\n请各学院按时报送\n", StandardCharsets.UTF_8);

    Run run =
        run(
            "certificates",
            notATemplate.toString(),
            template(),
            "--out",
            dir.resolve("x.xlsx").toString());

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("表头");
  }

  @Test
  void an_invalid_catalogue_exits_2() throws IOException {
    Path catalogue = dir.resolve("certs.yaml");
    Files.writeString(catalogue, "certificates: 3\n", StandardCharsets.UTF_8);

    Run run =
        run(
            "certificates",
            template(),
            template(),
            "--out",
            dir.resolve("x.xlsx").toString(),
            "--catalogue",
            catalogue.toString(),
            "--lang",
            "en");

    assertThat(run.exit()).isEqualTo(GradcapCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("certs.yaml", "$.certificates");
  }
}
