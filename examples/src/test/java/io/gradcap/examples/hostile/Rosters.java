package io.gradcap.examples.hostile;

import io.gradcap.core.record.IdNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rosters written by test code: valid students, and CSV, .xlsx and .xls files holding any cells.
 */
final class Rosters {

  /** The roster header the importer recognises, in the order {@link Student#row()} fills it. */
  static final List<String> HEADER =
      List.of(
          "学号", "姓名", "性别", "出生日期", "身份证号", "政治面貌", "民族", "学院", "专业", "层次", "学制", "学习形式", "入学日期",
          "班级", "预计毕业日期");

  /** Column of the ID number in {@link #HEADER}. */
  static final int ID_COLUMN = 4;

  /** A formula cell with its cached value. */
  record Formula(String formula, String cached) {}

  /** A numeric cell whose raw XML value is written as given, valid number or not. */
  record RawNumber(String text) {}

  /**
   * One student's roster row.
   *
   * @param number 学号
   * @param name 姓名
   * @param gender 性别
   * @param birth 出生日期
   * @param id 身份证号
   * @param college 学院
   * @param classGroup 班级
   */
  record Student(
      String number,
      String name,
      String gender,
      String birth,
      String id,
      String college,
      String classGroup) {

    List<Object> row() {
      return new ArrayList<>(
          List.of(
              number,
              name,
              gender,
              birth,
              id,
              "共青团员",
              "汉族",
              college,
              "软件技术",
              "专科",
              "3",
              "普通全日制",
              "2021-09-01",
              classGroup,
              "2024-06-30"));
    }

    Student withCollege(String value) {
      return new Student(number, name, gender, birth, id, value, classGroup);
    }

    Student withClass(String value) {
      return new Student(number, name, gender, birth, id, college, value);
    }

    Student withName(String value) {
      return new Student(number, value, gender, birth, id, college, classGroup);
    }
  }

  private Rosters() {}

  /** A valid ID number from its first 17 digits. */
  static String id(String first17) {
    return first17 + IdNumber.checkCharacter(first17);
  }

  /**
   * The {@code i}-th of up to 500,000 valid, distinct students: born on consecutive days from
   * 2003-01-01, 500 a day, each male with an odd sequence number as his ID says.
   */
  static Student student(int i) {
    LocalDate birth = LocalDate.of(2003, 1, 1).plusDays(i / 500);
    String sequence = String.format(java.util.Locale.ROOT, "%03d", (i % 500) * 2 + 1);
    String first17 = "460102" + birth.toString().replace("-", "") + sequence;
    String name = "张" + (char) (0x4E00 + i % 2000) + (char) (0x4E00 + (i / 2000) % 2000);
    return new Student(
        String.valueOf(2021000001L + i),
        name,
        "男",
        birth.toString(),
        id(first17),
        "软件工程学院",
        "21软件" + (i / 50 + 1) + "班");
  }

  /** The header and {@code n} valid students' rows. */
  static List<List<Object>> rows(int n) {
    return rows(n, Rosters::student);
  }

  static List<List<Object>> rows(int n, IntFunction<Student> students) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(HEADER));
    for (int i = 0; i < n; i++) {
      rows.add(students.apply(i).row());
    }
    return rows;
  }

  /** Rows as CSV text, fields quoted only when they must be, lines ended by {@code newline}. */
  static String csvText(List<List<Object>> rows, String newline) {
    StringBuilder csv = new StringBuilder();
    for (List<Object> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        String value = String.valueOf(row.get(c));
        csv.append(c == 0 ? "" : ",")
            .append(
                value.matches("(?s).*[\",\r\n].*")
                    ? '"' + value.replace("\"", "\"\"") + '"'
                    : value);
      }
      csv.append(newline);
    }
    return csv.toString();
  }

  /** Writes rows as a CSV file in {@code charset}, with the charset's BOM in front when asked. */
  static Path csv(Path file, List<List<Object>> rows, Charset charset, boolean bom)
      throws IOException {
    String text = (bom ? "\uFEFF" : "") + csvText(rows, "\n");
    return Files.write(file, text.getBytes(charset));
  }

  static Path csv(Path file, List<List<Object>> rows) throws IOException {
    return csv(file, rows, java.nio.charset.StandardCharsets.UTF_8, false);
  }

  /**
   * Writes rows into the first sheet of a real .xlsx ({@code .xls} when the name says so) with
   * Apache POI; rows holding a {@link Formula}, a {@link RawNumber} or text longer than a cell may
   * hold are written by hand, since POI writes none of them.
   */
  static Path workbook(Path file, List<List<Object>> rows) throws IOException {
    if (rows.stream()
        .flatMap(List::stream)
        .anyMatch(
            v ->
                v instanceof Formula
                    || v instanceof RawNumber
                    || v instanceof String s && s.length() > 32_767)) {
      return Packages.handmade(file, rows);
    }
    Workbook wb =
        file.toString().endsWith(".xls")
            ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
            : rows.size() > 5_000 ? new SXSSFWorkbook(200) : new XSSFWorkbook();
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("名单");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          put(row.createCell(c), values.get(c), date);
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static void put(Cell cell, Object value, CellStyle date) {
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value != null) {
      cell.setCellValue(value.toString());
    }
  }
}
