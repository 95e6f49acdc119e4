package io.gradcap.core.certificate;

import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.spi.table.Cell;
import io.gradcap.spi.table.CellRef;
import io.gradcap.spi.table.DateCell;
import io.gradcap.spi.table.Row;
import io.gradcap.spi.table.TextCell;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * R7: checks a college's filled certificate template against the office's template, the catalogue
 * and the roster. Every finding names its cell ({@code 证书.xlsx!Sheet1!C12}); nothing throws on bad
 * data.
 */
public final class CertificateCheck {

  /** The bundle of this package's messages. */
  public static final String BUNDLE = "io.gradcap.core.certificate.messages";

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final CertificateTemplate template;
  private final CertificateCatalogue catalogue;

  private CertificateCheck(CertificateTemplate template, CertificateCatalogue catalogue) {
    this.template = template;
    this.catalogue = catalogue;
  }

  public static CertificateCheck of(CertificateTemplate template, CertificateCatalogue catalogue) {
    return new CertificateCheck(template, catalogue);
  }

  public CertificateTemplate template() {
    return template;
  }

  /**
   * Checks one sheet of a submission.
   *
   * @param rows the sheet's rows, as a table reader streams them
   * @param roster the students and their colleges; an empty roster skips the roster rules
   * @param college the college the submission is for; if null, the college most of the rostered
   *     students belong to
   */
  public CertificateReport check(Iterable<Row> rows, Roster roster, @Nullable String college) {
    List<Finding> findings = new ArrayList<>();
    Row header = null;
    CellRef first = null;
    int[] mapping = null;
    List<RowData> data = new ArrayList<>();
    int previous = -1;
    boolean gap = false;
    boolean appendix = false;
    int prefilled = 0;
    for (Row row : rows) {
      if (first == null) {
        first = row.ref();
      }
      if (header == null || mapping == null) {
        if (CertificateTemplate.isHeader(row)) {
          header = row;
          previous = row.index();
          mapping = columns(row, findings);
        }
        continue;
      }
      if (row.isBlank()) {
        gap = true;
        continue;
      }
      if (row.index() > previous + 1) {
        gap = true;
      }
      previous = row.index();
      if (template.isMarker(row)) {
        appendix = true;
        continue;
      }
      if (template.isSignatureLine(row)) {
        gap = true;
        continue;
      }
      RowData line = read(row, mapping, appendix);
      if (!gap && !appendix && !template.prefilled().isEmpty()) {
        if (prefilled < template.prefilled().size()
            && line.matches(template.prefilled().get(prefilled))) {
          prefilled++;
        } else if (prefilled < template.prefilled().size()) {
          findings.add(rowInsideTable(row.ref()));
        } else {
          findings.add(rowWithoutMarker(row.ref()));
        }
      } else if (gap && !appendix) {
        findings.add(rowWithoutMarker(row.ref()));
      }
      cells(line, findings);
      data.add(line);
    }
    if (header == null) {
      if (first != null) {
        findings.add(headerMissing(first.at(0, 0)));
      }
      return new CertificateReport(college, -1, List.of(), findings);
    }
    String forCollege = college != null ? college : majorityCollege(data, roster);
    if (roster.size() > 0) {
      for (RowData line : data) {
        roster(line, roster, forCollege, findings);
      }
    }
    duplicateNumbers(data, findings);
    findings.sort(
        Comparator.comparingInt((Finding f) -> ref(f).row())
            .thenComparingInt(f -> ref(f).column()));
    Set<Integer> blockedRows = new HashSet<>();
    findings.stream().filter(Finding::isBlocking).forEach(f -> blockedRows.add(ref(f).row()));
    List<CertificateEntry> entries =
        data.stream()
            .map(
                d ->
                    new CertificateEntry(
                        d.ref,
                        d.student,
                        d.texts(),
                        d.appended,
                        !blockedRows.contains(d.ref.row())))
            .toList();
    return new CertificateReport(forCollege, header.index(), entries, findings);
  }

  /**
   * Checks one sheet of a submission as a table reader streams it; see {@link #check(Iterable,
   * Roster, String)}.
   */
  public CertificateReport check(
      java.util.stream.Stream<Row> rows, Roster roster, @Nullable String college) {
    return check(rows::iterator, roster, college);
  }

  // ---- columns

  /**
   * Compares the header with the template; returns, per template column, the submission's column or
   * -1.
   */
  private int[] columns(Row header, List<Finding> findings) {
    List<String> expected = template.headers();
    List<String> actual = CertificateTemplate.headerTexts(header);
    int[] mapping = new int[expected.size()];
    java.util.Arrays.fill(mapping, -1);
    Map<String, Integer> actualIndex = new HashMap<>();
    for (int c = 0; c < actual.size(); c++) {
      if (!actual.get(c).isEmpty()) {
        actualIndex.putIfAbsent(actual.get(c), c);
      }
    }
    for (int t = 0; t < expected.size(); t++) {
      Integer c = actualIndex.get(expected.get(t));
      if (c != null) {
        mapping[t] = c;
      }
    }
    Set<Integer> used = new HashSet<>();
    for (int m : mapping) {
      used.add(m);
    }
    // A changed header where the template has one the submission lacks is a renamed column.
    for (int c = 0; c < actual.size(); c++) {
      if (used.contains(c) || c >= expected.size() || mapping[c] >= 0) {
        continue;
      }
      mapping[c] = c;
      used.add(c);
      findings.add(
          columnRenamed(
              header.ref().at(header.index(), c), expected.get(c), actual.get(c), field(c)));
    }
    for (int c = 0; c < actual.size(); c++) {
      if (!used.contains(c) && !actual.get(c).isEmpty()) {
        findings.add(columnInserted(header.ref().at(header.index(), c), actual.get(c)));
      }
    }
    for (int t = 0; t < expected.size(); t++) {
      if (mapping[t] < 0) {
        findings.add(columnRemoved(header.ref().at(header.index(), t), expected.get(t), field(t)));
      }
    }
    // The columns both have, in the submission's order, against the template's order.
    List<Integer> inTemplateOrder = new ArrayList<>();
    for (int t = 0; t < expected.size(); t++) {
      if (mapping[t] >= 0) {
        inTemplateOrder.add(t);
      }
    }
    List<Integer> inSubmissionOrder = new ArrayList<>(inTemplateOrder);
    inSubmissionOrder.sort(Comparator.comparingInt(t -> mapping[t]));
    for (int k = 0; k < inTemplateOrder.size(); k++) {
      int t = inSubmissionOrder.get(k);
      if (t != inTemplateOrder.get(k)) {
        findings.add(
            columnReordered(
                header.ref().at(header.index(), mapping[t]),
                expected.get(t),
                expected.get(inTemplateOrder.get(k)),
                field(t)));
      }
    }
    return mapping;
  }

  private @Nullable CertificateField field(int templateColumn) {
    return template.columns().get(templateColumn).field();
  }

  /** R7: a column's header is the template's; renaming it changes the template. */
  private static Finding columnRenamed(
      CellRef cell, String expected, String actual, @Nullable CertificateField field) {
    return finding(
        "R7.certificate.column-renamed",
        Severity.BLOCKING,
        null,
        field,
        cell,
        "column.renamed",
        actual.isEmpty() ? "（空）" : actual,
        expected);
  }

  /** R7: no column may be inserted into the template. */
  private static Finding columnInserted(CellRef cell, String actual) {
    return finding(
        "R7.certificate.column-inserted",
        Severity.BLOCKING,
        null,
        null,
        cell,
        "column.inserted",
        actual);
  }

  /** R7: no column of the template may be removed. */
  private static Finding columnRemoved(
      CellRef cell, String expected, @Nullable CertificateField field) {
    return finding(
        "R7.certificate.column-removed",
        Severity.BLOCKING,
        null,
        field,
        cell,
        "column.removed",
        expected);
  }

  /** R7: the columns keep the template's order. */
  private static Finding columnReordered(
      CellRef cell, String actual, String expected, @Nullable CertificateField field) {
    return finding(
        "R7.certificate.column-reordered",
        Severity.BLOCKING,
        null,
        field,
        cell,
        "column.reordered",
        actual,
        expected);
  }

  /** R7: the submission keeps the template's header row, so its columns can be read. */
  private static Finding headerMissing(CellRef cell) {
    return finding(
        "R7.certificate.header-missing", Severity.BLOCKING, null, null, cell, "header.missing");
  }

  // ---- rows

  /** R7: rows the college adds go below the table, not between the template's rows. */
  private static Finding rowInsideTable(CellRef cell) {
    return finding(
        "R7.certificate.row-inside-table", Severity.BLOCKING, null, null, cell, "row.inside-table");
  }

  /** R7: rows below the table are introduced by a marker row ({@code 补充：}). */
  private Finding rowWithoutMarker(CellRef cell) {
    return finding(
        "R7.certificate.row-without-marker",
        Severity.BLOCKING,
        null,
        null,
        cell,
        "row.without-marker",
        template.markers().get(0));
  }

  private RowData read(Row row, int[] mapping, boolean appended) {
    Map<CertificateField, Cell> cells = new EnumMap<>(CertificateField.class);
    for (int t = 0; t < mapping.length; t++) {
      CertificateField field = field(t);
      if (field != null && mapping[t] >= 0) {
        cells.put(field, row.cell(mapping[t]).resolved());
      }
    }
    List<String> templateTexts = new ArrayList<>();
    for (int t = 0; t < mapping.length; t++) {
      templateTexts.add(
          mapping[t] >= 0 ? CertificateTemplate.normalize(row.cell(mapping[t]).text()) : "");
    }
    return new RowData(row.ref(), cells, templateTexts, appended);
  }

  private void cells(RowData line, List<Finding> findings) {
    line.cells.forEach(
        (field, cell) -> {
          if (cell.isBlank()) {
            if (field.isRequired()) {
              findings.add(cellBlank(cell.ref(), field, line.subject()));
            }
            return;
          }
          switch (field.format()) {
            case STUDENT_NUMBER -> {
              try {
                line.student = StudentNumber.parse(cell.text());
              } catch (GradcapException e) {
                findings.add(cellFormat(cell, field, null));
              }
            }
            case DATE -> {
              if (!isDate(cell)) {
                findings.add(cellFormat(cell, field, line.subject()));
              }
            }
            default -> {}
          }
        });
    Cell name = line.cells.get(CertificateField.CERTIFICATE_NAME);
    if (name == null || name.isBlank()) {
      return;
    }
    Optional<CertificateKind> kind = catalogue.find(name.text());
    if (kind.isEmpty()) {
      findings.add(unknownCertificate(name, line.subject()));
      return;
    }
    Cell level = line.cells.get(CertificateField.LEVEL);
    if (level != null && !level.isBlank() && !kind.get().acceptsLevel(level.text())) {
      findings.add(unknownLevel(level, kind.get(), line.subject()));
    }
  }

  private static boolean isDate(Cell cell) {
    if (cell instanceof DateCell) {
      return true;
    }
    if (cell instanceof TextCell text && ISO_DATE.matcher(text.value().strip()).matches()) {
      try {
        LocalDate.parse(text.value().strip());
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  /** R7: every required cell of a certificate row is filled. */
  private static Finding cellBlank(CellRef cell, CertificateField field, @Nullable String student) {
    return finding(
        "R7.certificate.cell-blank",
        Severity.BLOCKING,
        student,
        field,
        cell,
        "cell.blank",
        Message.of(BUNDLE, "field." + field.key()));
  }

  /** R7: a cell keeps its column's format: a student number, a date ({@code 2024-04-17}). */
  private static Finding cellFormat(Cell cell, CertificateField field, @Nullable String student) {
    return finding(
        "R7.certificate.cell-format",
        Severity.BLOCKING,
        student,
        field,
        cell.ref(),
        "cell.format." + field.format().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        cell.text());
  }

  /** R7: the certificate is one the catalogue knows; an unknown one is worth a look. */
  private static Finding unknownCertificate(Cell cell, @Nullable String student) {
    return finding(
        "R7.certificate.unknown-certificate",
        Severity.WARNING,
        student,
        CertificateField.CERTIFICATE_NAME,
        cell.ref(),
        "certificate.unknown",
        cell.text());
  }

  /** R7: the level is one of the certificate's levels in the catalogue. */
  private static Finding unknownLevel(Cell cell, CertificateKind kind, @Nullable String student) {
    String valid =
        kind.levels().isEmpty()
            ? String.valueOf(kind.levelPattern())
            : kind.levels().stream().map(CertificateLevel::name).collect(Collectors.joining("、"));
    return finding(
        "R7.certificate.unknown-level",
        Severity.WARNING,
        student,
        CertificateField.LEVEL,
        cell.ref(),
        "level.unknown",
        cell.text(),
        kind.name(),
        valid);
  }

  // ---- roster and uniqueness

  private static @Nullable String majorityCollege(List<RowData> data, Roster roster) {
    Map<String, Integer> counts = new TreeMap<>();
    for (RowData line : data) {
      if (line.student != null) {
        roster.entry(line.student).ifPresent(e -> counts.merge(e.college(), 1, Integer::sum));
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static void roster(
      RowData line, Roster roster, @Nullable String college, List<Finding> findings) {
    if (line.student == null) {
      return;
    }
    // A row with a student number has its cell.
    Cell studentCell = Objects.requireNonNull(line.cells.get(CertificateField.STUDENT_NUMBER));
    Optional<RosterEntry> entry = roster.entry(line.student);
    if (entry.isEmpty()) {
      findings.add(notOnRoster(studentCell.ref(), line.student));
      return;
    }
    if (college != null && !college.equals(entry.get().college())) {
      findings.add(otherCollege(studentCell.ref(), line.student, entry.get().college(), college));
    }
    Cell name = line.cells.get(CertificateField.NAME);
    if (name != null
        && !name.isBlank()
        && !CertificateCatalogue.fold(name.text())
            .equals(CertificateCatalogue.fold(entry.get().name()))) {
      findings.add(nameMismatch(name, line.student, entry.get().name()));
    }
  }

  /** R7: certificates are collected for students on the graduation roster. */
  private static Finding notOnRoster(CellRef cell, StudentNumber student) {
    return finding(
        "R7.certificate.student-not-on-roster",
        Severity.BLOCKING,
        student.value(),
        CertificateField.STUDENT_NUMBER,
        cell,
        "student.not-on-roster",
        student.value());
  }

  /** R7: a college submits the certificates of its own students only. */
  private static Finding otherCollege(
      CellRef cell, StudentNumber student, String theirs, String submitting) {
    return finding(
        "R7.certificate.student-other-college",
        Severity.BLOCKING,
        student.value(),
        CertificateField.STUDENT_NUMBER,
        cell,
        "student.other-college",
        student.value(),
        theirs,
        submitting);
  }

  /** R7: the name matches the roster's, or the certificate may belong to someone else. */
  private static Finding nameMismatch(Cell cell, StudentNumber student, String rosterName) {
    return finding(
        "R7.certificate.name-mismatch",
        Severity.WARNING,
        student.value(),
        CertificateField.NAME,
        cell.ref(),
        "student.name-mismatch",
        cell.text(),
        rosterName);
  }

  private static void duplicateNumbers(List<RowData> data, List<Finding> findings) {
    Map<String, CellRef> seen = new LinkedHashMap<>();
    for (RowData line : data) {
      Cell number = line.cells.get(CertificateField.CERTIFICATE_NUMBER);
      if (number == null || number.isBlank()) {
        continue;
      }
      CellRef earlier = seen.putIfAbsent(CertificateCatalogue.fold(number.text()), number.ref());
      if (earlier != null) {
        findings.add(duplicateNumber(number, earlier, line.subject()));
      }
    }
  }

  /** R7: a certificate number appears once; a second row with it is a copy or a typo. */
  private static Finding duplicateNumber(Cell cell, CellRef earlier, @Nullable String student) {
    return finding(
        "R7.certificate.duplicate-number",
        Severity.BLOCKING,
        student,
        CertificateField.CERTIFICATE_NUMBER,
        cell.ref(),
        "number.duplicate",
        cell.text(),
        earlier.a1());
  }

  private static Finding finding(
      String rule,
      Severity severity,
      @Nullable String subject,
      @Nullable CertificateField field,
      CellRef cell,
      String key,
      Object... args) {
    return new Finding(
        rule,
        severity,
        subject,
        field == null ? null : field.key(),
        cell.toString(),
        Message.of(BUNDLE, key, args));
  }

  private static CellRef ref(Finding finding) {
    return CellRef.parse(java.util.Objects.requireNonNull(finding.location()));
  }

  /** One data row while it is checked. */
  private static final class RowData {
    final CellRef ref;
    final Map<CertificateField, Cell> cells;
    final List<String> templateTexts;
    final boolean appended;
    @Nullable StudentNumber student;

    RowData(
        CellRef ref,
        Map<CertificateField, Cell> cells,
        List<String> templateTexts,
        boolean appended) {
      this.ref = ref;
      this.cells = cells;
      this.templateTexts = templateTexts;
      this.appended = appended;
    }

    boolean matches(List<String> prefilled) {
      return templateTexts.equals(prefilled);
    }

    @Nullable String subject() {
      return student == null ? null : student.value();
    }

    Map<CertificateField, String> texts() {
      Map<CertificateField, String> texts = new EnumMap<>(CertificateField.class);
      cells.forEach((f, c) -> texts.put(f, CertificateTemplate.normalize(c.text())));
      return texts;
    }
  }
}
