package io.gradcap.core.certificate;

import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.table.CellRef;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One certificate row of a college's submission as read.
 *
 * @param row where the row is: its cell in column A
 * @param student the student number, if the cell holds a valid one
 * @param values the texts of the fields the submission has, trimmed
 * @param appended whether the row is below the table, after a marker
 * @param clean whether no blocking finding concerns the row
 */
public record CertificateEntry(
    CellRef row,
    @Nullable StudentNumber student,
    Map<CertificateField, String> values,
    boolean appended,
    boolean clean) {
  public CertificateEntry {
    values = Map.copyOf(values);
  }

  public Optional<StudentNumber> studentIfAny() {
    return Optional.ofNullable(student);
  }

  /** The text of a field, empty if the row has no such cell. */
  public String value(CertificateField field) {
    return values.getOrDefault(field, "");
  }
}
