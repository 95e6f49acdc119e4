package io.gradcap.core.certificate;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.spi.table.CellNote;
import io.gradcap.spi.table.CellRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one college's certificate submission.
 *
 * @param college the college the submission is for, if known
 * @param headerRow the 0-based index of the submission's header row, -1 if none was found
 * @param entries the certificate rows read, in sheet order
 * @param findings what is wrong, in sheet order, each naming its cell
 */
public record CertificateReport(
    @Nullable String college,
    int headerRow,
    List<CertificateEntry> entries,
    List<Finding> findings) {
  public CertificateReport {
    entries = List.copyOf(entries);
    findings = List.copyOf(findings);
  }

  public Optional<String> collegeIfAny() {
    return Optional.ofNullable(college);
  }

  /** Whether nothing blocks the submission. */
  public boolean isClean() {
    return findings.stream().noneMatch(Finding::isBlocking);
  }

  /**
   * Whether the sheet's shape is as the template has it: the header was found and no blocking
   * finding concerns the header or what is above it (columns renamed, inserted, removed,
   * reordered).
   */
  public boolean isLayoutClean() {
    return headerRow >= 0
        && findings.stream()
            .filter(Finding::isBlocking)
            .noneMatch(f -> f.location() == null || CellRef.parse(f.location()).row() <= headerRow);
  }

  /** How many certificate rows were submitted. */
  public int submitted() {
    return entries.size();
  }

  /** How many certificate rows no blocking finding concerns. */
  public int clean() {
    return (int) entries.stream().filter(CertificateEntry::clean).count();
  }

  /** The header of the errors column added to the annotated copy. */
  public static String errorsColumnHeader(Locale locale) {
    return Message.of(CertificateCheck.BUNDLE, "errors-column").format(locale);
  }

  /**
   * What to write back into the college's workbook: one note per finding at its cell, blocking
   * findings as errors, the rest as warnings.
   */
  public List<CellNote> notes(Locale locale) {
    List<CellNote> notes = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.location() == null) {
        continue;
      }
      CellRef cell = CellRef.parse(finding.location());
      String text = finding.message(locale);
      notes.add(finding.isBlocking() ? CellNote.error(cell, text) : CellNote.warning(cell, text));
    }
    return notes;
  }
}
