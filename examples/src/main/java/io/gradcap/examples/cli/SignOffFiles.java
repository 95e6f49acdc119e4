package io.gradcap.examples.cli;

import io.gradcap.core.print.SignOffPrint;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes per-class sign-off sheets as one workbook per college ({@code 软件工程学院-学籍核对签名表.xlsx}): the
 * college's classes on one sheet, one class per printed page, so a college prints its pile at once.
 */
public final class SignOffFiles {

  private SignOffFiles() {}

  /**
   * One written workbook.
   *
   * @param file where it is
   * @param college the college
   * @param classes how many classes (pages) it holds
   * @param students how many students
   */
  public record Written(Path file, String college, int classes, int students) {}

  /** Records that have a readable student number; the others cannot be placed on a sheet. */
  public static List<StudentRecord> placeable(List<StudentRecord> records) {
    return records.stream()
        .filter(
            r ->
                r.studentNumber().isPresent()
                    && !r.college().isBlank()
                    && !r.classGroup().isBlank())
        .toList();
  }

  /**
   * Writes the placeable records' sheets into {@code dir}, one workbook per college, colleges in
   * name order.
   */
  public static List<Written> write(
      List<StudentRecord> records, ReturnDeadline deadline, Path dir, Locale locale) {
    Map<String, List<SignOffSheet>> byCollege = new LinkedHashMap<>();
    for (SignOffSheet sheet : SignOffSheet.perClass(placeable(records), deadline)) {
      byCollege.computeIfAbsent(sheet.college(), c -> new ArrayList<>()).add(sheet);
    }
    List<Written> written = new ArrayList<>();
    String suffix = "en".equals(locale.getLanguage()) ? "-sign-off-sheets.xlsx" : "-学籍核对签名表.xlsx";
    byCollege.forEach(
        (college, sheets) -> {
          Path file = dir.resolve(fileName(college) + suffix);
          Tables.writeXlsx(file, List.of(SignOffPrint.of(sheets, locale)));
          written.add(
              new Written(
                  file,
                  college,
                  sheets.size(),
                  sheets.stream().mapToInt(s -> s.rows().size()).sum()));
        });
    return written;
  }

  static String fileName(String college) {
    return FileNames.safe(college);
  }
}
