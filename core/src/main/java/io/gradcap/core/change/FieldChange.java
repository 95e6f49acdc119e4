package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.RecordField;

/**
 * One field a request changes, with the values as text. ID numbers are masked in {@link
 * #toString()}.
 *
 * @param field the field
 * @param currentValue the value the record holds now
 * @param proposedValue the value the request asks for
 */
public record FieldChange(RecordField field, String currentValue, String proposedValue) {

  public FieldChange {
    Preconditions.checkArgument(!proposedValue.isBlank(), "proposed value is blank");
    Preconditions.checkArgument(
        !proposedValue.equals(currentValue), "the proposed value is the current one");
  }

  public static FieldChange of(RecordField field, String currentValue, String proposedValue) {
    return new FieldChange(field, currentValue, proposedValue);
  }

  @Override
  public String toString() {
    return field.key()
        + ": "
        + Labels.shown(field, currentValue)
        + " -> "
        + Labels.shown(field, proposedValue);
  }
}
