package io.gradcap.core.record;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which record fields are {@linkplain FieldClass#CRITICAL critical} in a campaign; every other
 * field is {@linkplain FieldClass#DIRECTLY_CORRECTABLE directly correctable}. The default is {@link
 * RecordField#criticalByDefault()}: name, gender, birth date, ID number, ethnicity.
 *
 * @param critical the critical fields
 */
public record FieldClasses(Set<RecordField> critical) {

  public FieldClasses {
    critical = critical.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(critical));
  }

  /** R3's default: name, gender, birth date, ID number and ethnicity are critical. */
  public static FieldClasses defaults() {
    EnumSet<RecordField> critical = EnumSet.noneOf(RecordField.class);
    for (RecordField f : RecordField.values()) {
      if (f.criticalByDefault()) {
        critical.add(f);
      }
    }
    return new FieldClasses(critical);
  }

  /** Exactly the given fields are critical. */
  public static FieldClasses criticalOnly(RecordField... fields) {
    return new FieldClasses(Set.of(fields));
  }

  /** The class of the field. */
  public FieldClass classOf(RecordField field) {
    return critical.contains(field) ? FieldClass.CRITICAL : FieldClass.DIRECTLY_CORRECTABLE;
  }

  /** Whether the field changes only through a change request. */
  public boolean isCritical(RecordField field) {
    return critical.contains(field);
  }

  /** The same classes with one more critical field. */
  public FieldClasses withCritical(RecordField field) {
    EnumSet<RecordField> more =
        critical.isEmpty() ? EnumSet.noneOf(RecordField.class) : EnumSet.copyOf(critical);
    more.add(field);
    return new FieldClasses(more);
  }

  /** The same classes with the field directly correctable. */
  public FieldClasses withCorrectable(RecordField field) {
    EnumSet<RecordField> fewer =
        critical.isEmpty() ? EnumSet.noneOf(RecordField.class) : EnumSet.copyOf(critical);
    fewer.remove(field);
    return new FieldClasses(fewer);
  }
}
