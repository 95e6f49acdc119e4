package io.gradcap.examples.certificate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The office's blank template, a college's submission with planted mistakes, and the roster, as
 * real .xlsx files.
 */
public final class CertificateWorkbooks {

  public static final String[] HEADER = {"学号", "姓名", "证书名称", "等级", "证书编号", "发证机关", "发证日期", "备注"};

  /** The submission's rows from row 3 on; a null row is left out of the file. */
  public static final Object[][] SUBMITTED = {
    {
      "2021010101",
      "张三",
      "全国计算机等级考试",
      "二级",
      "NCRE-2023-0001",
      "教育部考试中心",
      LocalDate.of(2023, 6, 1),
      null
    },
    {"2021010102", "李四", "普通话水平测试", "二级丙等", "PTH-4600-77", "国家语委", "2022.11", null},
    {
      "2099999999",
      "王某",
      "全国计算机等级考试",
      "一级",
      "NCRE-2023-0002",
      "教育部考试中心",
      LocalDate.of(2023, 6, 1),
      null
    },
    {
      "2021020201",
      "赵六",
      "高等学校英语应用能力考试",
      "A级",
      "PRETCO-88",
      "教育部高教司",
      LocalDate.of(2022, 12, 18),
      null
    },
    {
      "2021010201",
      "王五",
      "CET-4",
      "528",
      "NCRE-2023-0001",
      "教育部考试中心",
      LocalDate.of(2023, 8, 20),
      "成绩单"
    },
    null,
    {
      "2021010202",
      "孙八",
      "1+X Web前端开发职业技能等级证书",
      "中级",
      "1X-2024-0099",
      "工信部教育与考试中心",
      LocalDate.of(2024, 1, 5),
      null
    }
  };

  private CertificateWorkbooks() {}

  /** The office's blank template: a merged bold title, the header, nothing else. */
  public static Path template(Path file) throws IOException {
    return save(
        file,
        wb -> {
          Sheet sheet = wb.createSheet("证书");
          title(wb, sheet);
          header(sheet, HEADER);
        });
  }

  /**
   * A college's submission with planted mistakes: 发证机关 renamed 颁发单位 (F2), a date typed as text
   * (G4), a level that does not exist (D4), a student not on the roster (A5), a student of another
   * college (A6), a certificate number given twice (E7), a row below the table without a marker
   * (A9); and a second sheet that must stay untouched.
   */
  public static Path submission(Path file) throws IOException {
    return save(
        file,
        wb -> {
          Sheet sheet = wb.createSheet("证书");
          title(wb, sheet);
          String[] header = HEADER.clone();
          header[5] = "颁发单位";
          header(sheet, header);
          CellStyle date = wb.createCellStyle();
          date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
          for (int r = 0; r < SUBMITTED.length; r++) {
            if (SUBMITTED[r] == null) {
              continue;
            }
            Row row = sheet.createRow(r + 2);
            for (int c = 0; c < SUBMITTED[r].length; c++) {
              Object value = SUBMITTED[r][c];
              if (value instanceof String s) {
                row.createCell(c).setCellValue(s);
              } else if (value instanceof LocalDate d) {
                row.createCell(c).setCellValue(d);
                row.getCell(c).setCellStyle(date);
              }
            }
          }
          wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请勿修改列顺序");
        });
  }

  /** The roster: 学号, 姓名, 学院, 班级. */
  public static Path roster(Path file) throws IOException {
    return save(
        file,
        wb -> {
          Sheet sheet = wb.createSheet("名单");
          String[][] rows = {
            {"学号", "姓名", "学院", "班级"},
            {"2021010101", "张三", "软件工程学院", "21软件1班"},
            {"2021010102", "李四", "软件工程学院", "21软件1班"},
            {"2021010201", "王五", "软件工程学院", "21软件2班"},
            {"2021010202", "孙八", "软件工程学院", "21软件2班"},
            {"2021020201", "赵六", "动画学院", "21动画2班"}
          };
          for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
              row.createCell(c).setCellValue(rows[r][c]);
            }
          }
        });
  }

  private static void title(Workbook wb, Sheet sheet) {
    CellStyle bold = wb.createCellStyle();
    Font font = wb.createFont();
    font.setBold(true);
    bold.setFont(font);
    sheet.createRow(0).createCell(0).setCellValue("2024届毕业生在校期间获得证书统计表");
    sheet.getRow(0).getCell(0).setCellStyle(bold);
    sheet.addMergedRegion(CellRangeAddress.valueOf("A1:H1"));
  }

  private static void header(Sheet sheet, String[] header) {
    Row row = sheet.createRow(1);
    for (int c = 0; c < header.length; c++) {
      row.createCell(c).setCellValue(header[c]);
    }
  }

  private interface Filler {
    void fill(Workbook wb);
  }

  private static Path save(Path file, Filler filler) throws IOException {
    try (Workbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      filler.fill(wb);
      wb.write(out);
    }
    return file;
  }
}
