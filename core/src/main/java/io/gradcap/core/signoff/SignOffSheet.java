package io.gradcap.core.signoff;

import com.google.common.base.Preconditions;
import io.gradcap.core.cohort.CohortId;
import io.gradcap.core.finding.Message;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.record.StudentRecord;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A per-class sign-off sheet (核对签名表, R2, R5): what the office prints and each student checks and
 * signs. Rows are sorted by student number; each carries a {@link RowKey}, a signature cell and a
 * "wrong" cell. The title names the college, the class, the cohort and the return deadline with its
 * teaching week. This is the sheet's content; an adapter decides how it looks on paper.
 *
 * @param college the college
 * @param classGroup the class
 * @param cohort the class's cohort, if all its students share one
 * @param deadline when the signed sheet is due back
 * @param columns the fields students check, in print order
 * @param rows one per student, sorted by student number
 */
public record SignOffSheet(
    String college,
    String classGroup,
    @Nullable CohortId cohort,
    ReturnDeadline deadline,
    List<RecordField> columns,
    List<SignOffRow> rows) {

  /**
   * The fields students check by default: everything but college and class, which the title names.
   */
  public static final List<RecordField> DEFAULT_COLUMNS =
      List.of(
          RecordField.STUDENT_NUMBER,
          RecordField.NAME,
          RecordField.GENDER,
          RecordField.BIRTH_DATE,
          RecordField.ID_NUMBER,
          RecordField.ETHNICITY,
          RecordField.POLITICAL_STATUS,
          RecordField.MAJOR,
          RecordField.LEVEL,
          RecordField.PROGRAM_YEARS,
          RecordField.STUDY_FORM,
          RecordField.ENTRY_DATE,
          RecordField.EXPECTED_GRADUATION_DATE);

  static final String MESSAGES = "io.gradcap.core.signoff.messages";

  public SignOffSheet {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * The sheet of one class with the default columns.
   *
   * @throws IllegalArgumentException if a record has no readable student number (verification
   *     reports those; fix them before printing)
   */
  public static SignOffSheet forClass(
      String college, String classGroup, List<StudentRecord> records, ReturnDeadline deadline) {
    return forClass(college, classGroup, records, deadline, DEFAULT_COLUMNS);
  }

  /** The sheet of one class with the given columns. */
  public static SignOffSheet forClass(
      String college,
      String classGroup,
      List<StudentRecord> records,
      ReturnDeadline deadline,
      List<RecordField> columns) {
    List<StudentRecord> sorted = new ArrayList<>(records);
    for (StudentRecord r : sorted) {
      Preconditions.checkArgument(
          r.studentNumber().isPresent(), "no readable student number: %s", r);
    }
    sorted.sort(Comparator.comparing(r -> r.studentNumber().orElseThrow()));
    List<SignOffRow> rows = new ArrayList<>(sorted.size());
    for (StudentRecord r : sorted) {
      Map<RecordField, String> values = new EnumMap<>(RecordField.class);
      for (RecordField f : columns) {
        values.put(f, r.text(f).strip());
      }
      rows.add(
          new SignOffRow(
              rows.size() + 1, RowKey.forRecord(r), r.studentNumber().orElseThrow(), values));
    }
    List<CohortId> cohorts =
        sorted.stream().map(StudentRecord::cohort).flatMap(Optional::stream).distinct().toList();
    CohortId cohort =
        cohorts.size() == 1 && sorted.stream().allMatch(r -> r.cohort().isPresent())
            ? cohorts.get(0)
            : null;
    return new SignOffSheet(college, classGroup, cohort, deadline, columns, rows);
  }

  /** One sheet per class of the records, ordered by college and class. */
  public static List<SignOffSheet> perClass(List<StudentRecord> records, ReturnDeadline deadline) {
    Map<String, Map<String, List<StudentRecord>>> byCollege =
        records.stream()
            .collect(
                Collectors.groupingBy(
                    StudentRecord::college,
                    TreeMap::new,
                    Collectors.groupingBy(
                        StudentRecord::classGroup, TreeMap::new, Collectors.toList())));
    List<SignOffSheet> sheets = new ArrayList<>();
    byCollege.forEach(
        (college, classes) ->
            classes.forEach(
                (classGroup, members) ->
                    sheets.add(forClass(college, classGroup, members, deadline))));
    return sheets;
  }

  /** The title: college, class, cohort, and the return deadline with its teaching week. */
  public String title(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    String date =
        english
            ? deadline.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
            : deadline
                .date()
                .format(DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE));
    String cohortLabel = cohort == null ? "" : cohort.toString();
    return Message.of(
            MESSAGES,
            cohort == null ? "sheet.title.no-cohort" : "sheet.title",
            college,
            classGroup,
            cohortLabel,
            date,
            deadline.weekLabel(locale))
        .format(locale);
  }

  /**
   * The header cells: row number, the columns, the row key, the signature and the "wrong" column.
   */
  public List<String> headers(Locale locale) {
    List<String> headers = new ArrayList<>();
    headers.add(Message.of(MESSAGES, "sheet.header.number").format(locale));
    for (RecordField f : columns) {
      headers.add(f.label(locale));
    }
    headers.add(Message.of(MESSAGES, "sheet.header.row-key").format(locale));
    headers.add(Message.of(MESSAGES, "sheet.header.signature").format(locale));
    headers.add(Message.of(MESSAGES, "sheet.header.wrong").format(locale));
    return headers;
  }

  /** The row with the key, however the marked-up sheet was reordered. */
  public Optional<SignOffRow> row(RowKey key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** The row of the student. */
  public Optional<SignOffRow> row(StudentNumber student) {
    return rows.stream().filter(r -> r.student().equals(student)).findFirst();
  }

  /** The students on the sheet, in row order. */
  public List<StudentNumber> students() {
    return rows.stream().map(SignOffRow::student).toList();
  }
}
