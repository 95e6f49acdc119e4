package io.gradcap.core.certificate;

import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.table.BlankCell;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.NumberCell;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TextCell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Sheets built in memory the way a table reader streams them, and the roster of the tests. */
final class Sheets {

  static final String FILE = "证书.xlsx";
  static final String SHEET = "Sheet1";
  static final String SOFTWARE = "软件工程学院";
  static final String ANIMATION = "动画学院";

  static final Roster ROSTER =
      Roster.of(
          List.of(
              new RosterEntry(StudentNumber.of("2021010101"), "张三", SOFTWARE, "21软件1班"),
              new RosterEntry(StudentNumber.of("2021010102"), "李四", SOFTWARE, "21软件1班"),
              new RosterEntry(StudentNumber.of("2021010201"), "王五", SOFTWARE, "21软件2班"),
              new RosterEntry(StudentNumber.of("2021020201"), "赵六", ANIMATION, "21动画2班")));

  static final Object[] TITLE = {"毕业生在校期间获得证书统计表"};
  static final Object[] HEADER = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注"};

  private Sheets() {}

  static Object[] zhang() {
    return new Object[] {
      "2021010101",
      "张三",
      "全国计算机等级考试",
      "二级",
      "NCRE-2023-0001",
      "教育部考试中心",
      LocalDate.of(2023, 6, 1),
      null
    };
  }

  static Object[] li() {
    return new Object[] {
      "2021010102", "李四", "普通话水平测试", "二级甲等", "PTH-4600-77", "国家语言文字工作委员会", "2022-11-20", null
    };
  }

  static Object[] wang() {
    return new Object[] {
      "2021010201",
      "王五",
      "1+X Web前端开发职业技能等级证书",
      "中级",
      "1X-2024-0099",
      "工业和信息化部教育与考试中心",
      LocalDate.of(2024, 1, 5),
      "补考通过"
    };
  }

  /** A changed copy of a row. */
  static Object[] with(Object[] row, int column, Object value) {
    Object[] copy = row.clone();
    copy[column] = value;
    return copy;
  }

  /**
   * Rows in order from row index 0: {@code null} is a row the file does not store (skipped by the
   * reader), an empty array a stored blank row.
   */
  static List<Row> sheet(Object[]... rows) {
    List<Row> sheet = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      if (rows[r] == null) {
        continue;
      }
      CellRef a = CellRef.of(FILE, SHEET, r, 0);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < rows[r].length; c++) {
        cells.add(cell(a.at(r, c), rows[r][c]));
      }
      sheet.add(new Row(a, cells));
    }
    return sheet;
  }

  private static Cell cell(CellRef ref, Object value) {
    if (value == null) {
      return new BlankCell(ref);
    }
    if (value instanceof LocalDate date) {
      return new DateCell(ref, date.atStartOfDay());
    }
    if (value instanceof Number n) {
      return new NumberCell(ref, n.doubleValue());
    }
    return new TextCell(ref, value.toString());
  }
}
