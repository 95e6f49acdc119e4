package io.gradcap.examples.cli;

import io.gradcap.adapters.excel.ExcelTableAnnotatorProvider;
import io.gradcap.core.GradcapException;
import io.gradcap.core.certificate.CertificateCatalogue;
import io.gradcap.core.certificate.CertificateCheck;
import io.gradcap.core.certificate.CertificateReport;
import io.gradcap.core.certificate.CertificateTemplate;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.Location;
import io.gradcap.spi.PortException;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TableAnnotator;
import io.gradcap.spi.table.TableReader;
import io.gradcap.spi.table.TableReaderProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gradcap certificates TEMPLATE SUBMISSION --out ANNOTATED.xlsx}: checks a college's filled
 * certificate template against the office's blank one (R7) and writes a copy of the submission with
 * every finding at its cell. Exit 0: no blocking finding; 1: blocking findings; 2: a file cannot be
 * read or written.
 */
@Command(
    name = "certificates",
    mixinStandardHelpOptions = true,
    description =
        "检查学院报送的证书统计表并写出批注副本 / check a college's certificate workbook and write an annotated copy")
final class CertificatesCommand implements Callable<Integer> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "TEMPLATE",
      description = "教务处下发的空白模板（.xlsx/.xls/.csv）/ the office's blank template")
  Path template;

  @Parameters(
      index = "1",
      paramLabel = "SUBMISSION",
      description = "学院填报的证书统计表 / the college's filled template")
  Path submission;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "ANNOTATED",
      description = "批注副本的路径（与原文件同格式）/ where the annotated copy goes")
  Path out;

  @Option(
      names = "--roster",
      paramLabel = "ROSTER",
      description = "毕业生名单（学号、姓名、学院、班级）/ the graduation roster")
  Path roster;

  @Option(
      names = "--college",
      description = "报送学院；默认取多数学生所在学院 / the submitting college (default: that of most students)")
  String college;

  @Option(
      names = "--catalogue",
      paramLabel = "CATALOGUE",
      description = "证书目录（.yaml/.json）/ a certificate catalogue file")
  Path catalogue;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Locale locale = output.locale();
    PrintWriter stdout = spec.commandLine().getOut();
    CertificateReport report;
    OutputPaths.checkFile("--out", out, template, submission);
    if (roster != null) {
      OutputPaths.checkFile("--out", out, roster);
    }
    if (catalogue != null) {
      OutputPaths.checkFile("--out", out, catalogue);
    }
    try {
      CertificateTemplate blank = readTemplate(locale);
      CertificateCatalogue known =
          catalogue == null ? CertificateCatalogue.defaults() : readCatalogue();
      Roster students = roster == null ? Roster.of(List.of()) : readRoster(locale, stdout);
      try (TableReader reader = open(submission, locale)) {
        String sheet = reader.sheetNames().get(0);
        try (Stream<Row> rows = reader.rows(sheet)) {
          report = CertificateCheck.of(blank, known).check(rows::iterator, students, college);
        }
      }
      if (!annotator().supports(Location.of(submission.toString()))) {
        throw new Unusable(
            "unsupported",
            CampaignFiles.text(
                    locale,
                    "只能为 .xlsx/.xls 文件写批注副本：",
                    "Only .xlsx/.xls files get an annotated copy: ")
                + submission);
      }
      try (TableAnnotator annotator = annotator().open(Location.of(submission.toString()))) {
        annotator.writeCopy(
            Location.of(out.toString()),
            report.notes(locale),
            Optional.of(CertificateReport.errorsColumnHeader(locale)),
            Math.max(0, report.headerRow()));
      }
    } catch (Unusable e) {
      return fail(stdout, e.code, e.getMessage());
    } catch (GradcapException e) {
      return fail(stdout, e.code().code(), e.getMessage(locale));
    } catch (PortException e) {
      return fail(stdout, "io", e.getMessage());
    } catch (IOException e) {
      return fail(
          stdout,
          "io",
          CampaignFiles.text(locale, "无法读取文件：", "Cannot read a file: ") + e.getMessage());
    } catch (OutOfMemoryError e) {
      return fail(
          stdout, "out-of-memory", RosterInput.outOfMemory(submission, locale).getMessage());
    }
    for (Finding finding : report.findings()) {
      stdout.println(output.json() ? json(finding, locale) : CampaignFiles.line(finding, locale));
    }
    if (!output.json()) {
      stdout.println(CampaignFiles.summary(report.findings(), locale));
      stdout.println(CampaignFiles.text(locale, "批注副本：", "Annotated copy: ") + out);
    }
    stdout.flush();
    return report.isClean() ? GradcapCommand.OK : GradcapCommand.BLOCKING_FINDINGS;
  }

  private CertificateTemplate readTemplate(Locale locale) {
    try (TableReader reader = open(template, locale);
        Stream<Row> rows = reader.rows()) {
      return CertificateTemplate.read(rows::iterator)
          .orElseThrow(
              () ->
                  new Unusable(
                      "template",
                      CampaignFiles.text(
                              locale,
                              "模板中找不到表头行（学号、证书名称等）：",
                              "The template has no header row (学号, 证书名称, ...): ")
                          + template));
    }
  }

  private CertificateCatalogue readCatalogue() throws IOException {
    String name = String.valueOf(catalogue.getFileName());
    CertificateCatalogue.Format fileFormat =
        name.toLowerCase(Locale.ROOT).endsWith(".json")
            ? CertificateCatalogue.Format.JSON
            : CertificateCatalogue.Format.YAML;
    return CertificateCatalogue.read(CampaignFiles.read(catalogue), fileFormat, name);
  }

  /**
   * The roster's first sheet: a header row with 学号, 姓名 and 学院 (班级 if it has one), then one student
   * a row.
   */
  private Roster readRoster(Locale locale, PrintWriter stdout) {
    List<RosterEntry> entries = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    try (TableReader reader = open(roster, locale);
        Stream<Row> rows = reader.rows()) {
      int[] columns = null;
      for (Row row : (Iterable<Row>) rows::iterator) {
        List<String> texts = row.texts().stream().map(String::strip).toList();
        if (columns == null) {
          if (texts.contains("学号") && texts.contains("姓名") && texts.contains("学院")) {
            columns =
                new int[] {
                  texts.indexOf("学号"), texts.indexOf("姓名"), texts.indexOf("学院"), texts.indexOf("班级")
                };
          }
          continue;
        }
        String number = row.cell(columns[0]).text().strip();
        if (number.isEmpty()) {
          continue;
        }
        String classGroup = columns[3] < 0 ? "-" : row.cell(columns[3]).text().strip();
        String collegeName = row.cell(columns[2]).text().strip();
        Optional<Finding> problem =
            ClassRef.problem(number, collegeName, classGroup.isEmpty() ? "-" : classGroup);
        if (problem.isPresent()) {
          int column = "college".equals(problem.get().field()) ? columns[2] : columns[3];
          problems.add(problem.get().at(row.cell(column).ref().toString()));
          continue;
        }
        entries.add(
            new RosterEntry(
                StudentNumber.parse(number),
                row.cell(columns[1]).text().strip(),
                collegeName,
                classGroup.isEmpty() ? "-" : classGroup));
      }
      if (!problems.isEmpty()) {
        problems.forEach(
            f -> stdout.println(output.json() ? json(f, locale) : CampaignFiles.line(f, locale)));
        throw new Unusable(
            "roster",
            CampaignFiles.text(locale, "名单无法使用：", "The roster cannot be used: ")
                + CampaignFiles.summary(problems, locale));
      }
      if (columns == null) {
        throw new Unusable(
            "roster",
            CampaignFiles.text(
                    locale,
                    "名单中找不到含 学号、姓名、学院 的表头行：",
                    "The roster has no header row with 学号, 姓名 and 学院: ")
                + roster);
      }
    }
    return Roster.of(entries);
  }

  private static TableReader open(Path file, Locale locale) {
    Location location = Location.of(file.toString());
    return Tables.PORTS
        .find(TableReaderProvider.class, location)
        .orElseThrow(
            () ->
                new Unusable(
                    "unsupported",
                    CampaignFiles.text(locale, "不支持的文件格式：", "Unsupported file format: ") + file))
        .open(location);
  }

  private static ExcelTableAnnotatorProvider annotator() {
    return new ExcelTableAnnotatorProvider();
  }

  /** One finding as one line of JSON: rule, severity, studentNumber, field, location, message. */
  static String json(Finding finding, Locale locale) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().name());
    node.put("studentNumber", finding.subject());
    node.put("field", finding.field());
    node.put("location", finding.location());
    node.put("message", finding.message(locale));
    return Output.line(node);
  }

  private int fail(PrintWriter stdout, String code, String message) {
    throw new CommandFailure(code, message);
  }

  /** An input the command cannot use. */
  private static final class Unusable extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    final String code;

    Unusable(String code, String message) {
      super(message);
      this.code = code;
    }
  }
}
