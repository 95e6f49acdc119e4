package io.gradcap.examples.bench;

import io.gradcap.adapters.excel.XlsxTableWriterProvider;
import io.gradcap.spi.Location;
import io.gradcap.spi.table.Column;
import io.gradcap.spi.table.SheetLayout;
import io.gradcap.spi.table.SheetRow;
import io.gradcap.spi.table.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The rosters and sign-off rows the tabular benchmarks read and write, the same every run. */
public final class BenchFiles {

  /** The 12 columns of a roster, as a registry exports it. */
  public static final List<String> ROSTER_HEADER =
      List.of("学号", "姓名", "性别", "出生日期", "身份证号", "民族", "学院", "专业", "层次", "学制", "入学日期", "班级");

  /** The 7 columns of a sign-off sheet. */
  public static final List<String> SIGN_OFF_HEADER =
      List.of("序号", "学号", "姓名", "性别", "民族", "身份证号", "本人签名");

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平"
  };
  private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "黎族", "苗族", "回族", "壮族"};
  private static final String[] COLLEGES = {
    "软件工程学院", "网络工程学院", "动画学院", "经济管理学院", "教育与艺术学院", "机电工程学院"
  };
  private static final String[] MAJORS = {
    "软件技术", "计算机网络技术", "动漫制作技术", "电子商务", "学前教育", "机电一体化技术", "大数据技术"
  };

  private BenchFiles() {}

  /** One roster row: texts, a birth date, a number; the same for the same index. */
  public static List<Object> rosterRow(int i) {
    Random random = new Random(i * 31L + 7);
    int entry = 2019 + random.nextInt(4);
    LocalDate birth =
        LocalDate.of(
            entry - 18 - random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String id =
        "4601"
            + String.format("%02d", random.nextInt(40))
            + birth.toString().replace("-", "")
            + String.format("%03d", random.nextInt(1000))
            + (char) ('0' + random.nextInt(10));
    String name =
        SURNAMES[random.nextInt(SURNAMES.length)]
            + GIVEN[random.nextInt(GIVEN.length)]
            + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
    int clazz = i / 45;
    return List.of(
        String.format("%d%06d", entry, i),
        name,
        random.nextBoolean() ? "男" : "女",
        birth,
        id,
        ETHNICITIES[random.nextInt(ETHNICITIES.length)],
        COLLEGES[clazz % COLLEGES.length],
        MAJORS[clazz % MAJORS.length],
        "专科",
        entry == 2019 ? 5 : entry == 2022 ? 2 : 3,
        entry + "-09-01",
        (entry % 100) + "级" + MAJORS[clazz % MAJORS.length] + (clazz % 9 + 1) + "班");
  }

  /** Writes a roster of {@code rows} rows with gradcap's xlsx writer (inline strings). */
  public static Path rosterWithGradcap(Path file, int rows) {
    SheetLayout layout = SheetLayout.of("名单", ROSTER_HEADER.stream().map(Column::of).toList());
    try (TableWriter writer = new XlsxTableWriterProvider().open(Location.of(file.toString()))) {
      writer.writeSheet(
          layout, IntStream.range(0, rows).mapToObj(i -> new SheetRow.Values(rosterRow(i))));
    }
    return file;
  }

  /** Writes the same roster with FastExcel (shared strings), as many other tools do. */
  public static Path rosterWithFastExcel(Path file, int rows) {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "bench", "1.0");
      Worksheet sheet = workbook.newWorksheet("名单");
      for (int c = 0; c < ROSTER_HEADER.size(); c++) {
        sheet.value(0, c, ROSTER_HEADER.get(c));
      }
      for (int i = 0; i < rows; i++) {
        List<Object> row = rosterRow(i);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof LocalDate d) {
            sheet.value(i + 1, c, d);
            sheet.style(i + 1, c).format("yyyy-mm-dd").set();
          } else if (v instanceof Number n) {
            sheet.value(i + 1, c, n);
          } else {
            sheet.value(i + 1, c, (String) v);
          }
        }
        if (i % 10_000 == 0) {
          sheet.flush();
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The items of a sign-off workbook: one section per class of 45, a signature line after each. */
  public static Stream<SheetRow> signOffRows(int rows) {
    List<SheetRow> items = new ArrayList<>(rows + rows / 20);
    for (int i = 0; i < rows; i++) {
      List<Object> r = rosterRow(i);
      if (i % 45 == 0) {
        if (i > 0) {
          items.add(SheetRow.lines("班主任签名：__________"));
        }
        items.add(SheetRow.section("班级：" + r.get(11)));
      }
      items.add(SheetRow.values(i + 1, r.get(0), r.get(1), r.get(2), r.get(5), r.get(4)));
    }
    items.add(SheetRow.lines("班主任签名：__________"));
    return items.stream();
  }

  public static Path tempDir() {
    try {
      return Files.createTempDirectory("gradcap-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void deleteAll(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
