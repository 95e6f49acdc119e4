package io.gradcap.examples.bench;

import io.gradcap.core.certificate.CertificateCatalogue;
import io.gradcap.core.certificate.CertificateCheck;
import io.gradcap.core.certificate.CertificateReport;
import io.gradcap.core.certificate.CertificateTemplate;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TextCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R7 at the scale of a whole institution in one workbook: 20,000 certificate rows (one in ten with
 * a planted mistake: a date typed as text, an unknown level, a duplicate number, a student off the
 * roster) checked against the template, the default catalogue and a 20,000-student roster, and
 * turned into cell notes. Scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CertificateCheckBenchmark.ROWS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CertificateCheckBenchmark {

  static final int ROWS = 20_000;

  private static final String[] HEADER = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注"};
  private static final String[][] CERTIFICATES = {
    {"全国计算机等级考试", "二级"}, {"普通话水平测试", "二级甲等"}, {"高等学校英语应用能力考试", "A级"},
    {"1+X Web前端开发职业技能等级证书", "中级"}, {"CET-4", "512"}, {"电工职业技能等级证书", "四级"}
  };

  private List<Row> rows;
  private Roster roster;
  private CertificateCheck check;

  @Setup
  public void setUp() {
    List<RosterEntry> entries = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      entries.add(
          new RosterEntry(
              StudentNumber.of(Long.toString(2021_000_000L + i)),
              "学生" + i,
              "软件工程学院",
              "21软件" + (i / 40) + "班"));
    }
    roster = Roster.of(entries);
    rows = new ArrayList<>(ROWS + 2);
    CellRef a1 = CellRef.of("证书.xlsx", "证书", 0, 0);
    rows.add(row(a1.at(0, 0), new Object[] {"2024届毕业生在校期间获得证书统计表"}));
    rows.add(row(a1.at(1, 0), HEADER));
    for (int i = 0; i < ROWS; i++) {
      String[] certificate = CERTIFICATES[i % CERTIFICATES.length];
      boolean planted = i % 10 == 9;
      int mistake = (i / 10) % 4;
      Object[] values = {
        Long.toString(2021_000_000L + (planted && mistake == 3 ? ROWS + i : i)),
        "学生" + i,
        certificate[0],
        planted && mistake == 1 ? "九级" : certificate[1],
        "NO-" + (planted && mistake == 2 ? i - 1 : i),
        "发证机关",
        planted && mistake == 0 ? "2023.6" : LocalDate.of(2023, 6, 1),
        null
      };
      rows.add(row(a1.at(i + 2, 0), values));
    }
    check = CertificateCheck.of(CertificateTemplate.standard(), CertificateCatalogue.defaults());
  }

  private static Row row(CellRef a, Object[] values) {
    List<Cell> cells = new ArrayList<>(values.length);
    for (int c = 0; c < values.length; c++) {
      CellRef ref = a.at(a.row(), c);
      Object v = values[c];
      cells.add(
          v == null
              ? new BlankCell(ref)
              : v instanceof LocalDate d
                  ? new DateCell(ref, d.atStartOfDay())
                  : new TextCell(ref, v.toString()));
    }
    return new Row(a, cells);
  }

  @Benchmark
  public int checkAndAnnotate() {
    CertificateReport report = check.check(rows, roster, "软件工程学院");
    return report.notes(Locale.CHINESE).size();
  }
}
