package io.gradcap.core.record;

import io.gradcap.core.cohort.CohortId;
import io.gradcap.spi.table.CellRef;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A student record (学籍信息) with the fields CHSI exchanges ({@link RecordField}), built from raw text
 * per field. Nothing is lost: the text of every field is kept exactly as given, even when it cannot
 * be read, together with where it came from ({@code roster.xlsx!Sheet1!F12}); the typed values
 * ({@link #idNumber()}, {@link #gender()}, …) are present only where the text could be read.
 * Verification reports what is wrong; the record never refuses a value.
 *
 * <p>The cohort is derived (R1): the entry date's year and the programme length, joint
 * undergraduate when the programme lasts 2 years at the 本科 level.
 *
 * <p>Privacy: {@link #toString()} shows the student number, the name and the masked ID number only.
 */
public final class StudentRecord {

  private static final RecordField[] FIELDS = RecordField.values();

  private final String[] text;

  /**
   * Where each field came from: a {@link CellRef}, formatted only when asked (a roster of a million
   * rows would otherwise hold a string per value), or the text a caller gave.
   */
  private final @Nullable Object[] locations;

  /** Bit {@code ordinal} is set when that field's text is not blank: read once, tested often. */
  private final int present;

  /**
   * The typed values, read from the text when first asked for: a record read back from storage and
   * never looked into costs no parsing.
   */
  private @Nullable Values values;

  private StudentRecord(String[] text, @Nullable Object[] locations) {
    this.text = text;
    this.locations = locations;
    int bits = 0;
    for (RecordField f : FIELDS) {
      if (!text[f.ordinal()].isBlank()) {
        bits |= 1 << f.ordinal();
      }
    }
    this.present = bits;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A record from raw text per field, without source locations. */
  public static StudentRecord ofText(Map<RecordField, String> text) {
    Builder b = builder();
    text.forEach(b::set);
    return b.build();
  }

  private String get(RecordField field) {
    return text[field.ordinal()];
  }

  private static @Nullable StudentNumber readStudentNumber(String raw) {
    String folded = Text.foldFullWidth(raw).strip();
    if (folded.isEmpty() || folded.length() > 32) {
      return null;
    }
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-')) {
        return null;
      }
    }
    return StudentNumber.of(folded);
  }

  private static @Nullable CohortId deriveCohort(
      @Nullable LocalDate entry, int years, String level) {
    if (entry == null || !(years == 2 || years == 3 || years == 5) || entry.getYear() < 1900) {
      return null;
    }
    if (years == 2 && level.contains("本科")) {
      return CohortId.jointUndergraduate(entry.getYear());
    }
    return CohortId.of(entry.getYear(), years);
  }

  private Values values() {
    Values v = values;
    if (v == null) {
      // Racy but safe: Values is immutable, so a thread that reads it twice gets equal values.
      v = new Values(text);
      values = v;
    }
    return v;
  }

  /** What the text of each typed field reads as; null (or 0) where it cannot be read. */
  private static final class Values {
    private final @Nullable StudentNumber studentNumber;
    private final @Nullable PersonName name;
    private final @Nullable Gender gender;
    private final @Nullable LocalDate birthDate;
    private final @Nullable IdNumber idNumber;
    private final @Nullable Ethnicity ethnicity;
    private final int programYears;
    private final @Nullable LocalDate entryDate;
    private final @Nullable LocalDate expectedGraduationDate;
    private final @Nullable CohortId cohort;

    Values(String[] text) {
      studentNumber = readStudentNumber(text[RecordField.STUDENT_NUMBER.ordinal()]);
      name = PersonName.tryParse(text[RecordField.NAME.ordinal()]).orElse(null);
      gender = Gender.tryParse(text[RecordField.GENDER.ordinal()]).orElse(null);
      birthDate = RecordValues.date(text[RecordField.BIRTH_DATE.ordinal()]);
      idNumber = IdNumber.tryParse(text[RecordField.ID_NUMBER.ordinal()]).orElse(null);
      ethnicity = Ethnicity.tryParse(text[RecordField.ETHNICITY.ordinal()]).orElse(null);
      programYears = RecordValues.years(text[RecordField.PROGRAM_YEARS.ordinal()]);
      entryDate = RecordValues.date(text[RecordField.ENTRY_DATE.ordinal()]);
      expectedGraduationDate =
          RecordValues.date(text[RecordField.EXPECTED_GRADUATION_DATE.ordinal()]);
      cohort = deriveCohort(entryDate, programYears, text[RecordField.LEVEL.ordinal()]);
    }
  }

  /** The field's text exactly as given; empty when it was not given. */
  public String text(RecordField field) {
    return get(field);
  }

  /** Whether the field's text is present and not blank. */
  public boolean has(RecordField field) {
    return (present & (1 << field.ordinal())) != 0;
  }

  /** Where the field's value came from, such as {@code roster.xlsx!Sheet1!F12}, if known. */
  public Optional<String> location(RecordField field) {
    return Optional.ofNullable(locationOrNull(field));
  }

  /** Like {@link #location} but null when unknown, for code that builds findings in bulk. */
  public @Nullable String locationOrNull(RecordField field) {
    Object location = locations[field.ordinal()];
    return location == null ? null : location.toString();
  }

  /**
   * Whether the field has text that its type cannot read (an ID number with letters, a date that
   * does not exist). Text fields are always readable.
   */
  public boolean isUnreadable(RecordField field) {
    if (!has(field)) {
      return false;
    }
    return switch (field) {
      case STUDENT_NUMBER -> values().studentNumber == null;
      case NAME -> values().name == null;
      case GENDER -> values().gender == null;
      case BIRTH_DATE -> values().birthDate == null;
      case ID_NUMBER -> values().idNumber == null;
      case ETHNICITY -> values().ethnicity == null;
      case PROGRAM_YEARS -> values().programYears == 0;
      case ENTRY_DATE -> values().entryDate == null;
      case EXPECTED_GRADUATION_DATE -> values().expectedGraduationDate == null;
      default -> false;
    };
  }

  /**
   * Whom findings about this record name: the student number's text, or empty if none was given.
   */
  public String subject() {
    StudentNumber n = values().studentNumber;
    return n != null ? n.value() : get(RecordField.STUDENT_NUMBER).strip();
  }

  public Optional<StudentNumber> studentNumber() {
    return Optional.ofNullable(values().studentNumber);
  }

  public String candidateNumber() {
    return get(RecordField.CANDIDATE_NUMBER).strip();
  }

  public Optional<PersonName> name() {
    return Optional.ofNullable(values().name);
  }

  public Optional<Gender> gender() {
    return Optional.ofNullable(values().gender);
  }

  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(values().birthDate);
  }

  public Optional<IdNumber> idNumber() {
    return Optional.ofNullable(values().idNumber);
  }

  public Optional<Ethnicity> ethnicity() {
    return Optional.ofNullable(values().ethnicity);
  }

  public String politicalStatus() {
    return get(RecordField.POLITICAL_STATUS).strip();
  }

  public String college() {
    return get(RecordField.COLLEGE).strip();
  }

  public String major() {
    return get(RecordField.MAJOR).strip();
  }

  public String level() {
    return get(RecordField.LEVEL).strip();
  }

  public OptionalInt programYears() {
    return values().programYears == 0 ? OptionalInt.empty() : OptionalInt.of(values().programYears);
  }

  public String studyForm() {
    return get(RecordField.STUDY_FORM).strip();
  }

  public Optional<LocalDate> entryDate() {
    return Optional.ofNullable(values().entryDate);
  }

  public String classGroup() {
    return get(RecordField.CLASS_GROUP).strip();
  }

  public Optional<LocalDate> expectedGraduationDate() {
    return Optional.ofNullable(values().expectedGraduationDate);
  }

  /** R1: the cohort from the entry date's year and the programme length, if both can be read. */
  public Optional<CohortId> cohort() {
    return Optional.ofNullable(values().cohort);
  }

  /** The same record with one field's text replaced; its source location is kept. */
  public StudentRecord with(RecordField field, String newText) {
    String[] copy = text.clone();
    copy[field.ordinal()] = Objects.requireNonNull(newText, "newText");
    return new StudentRecord(copy, locations.clone());
  }

  /** Every field's text, for hosts that store or show the record as given. */
  public Map<RecordField, String> texts() {
    Map<RecordField, String> all = new EnumMap<>(RecordField.class);
    for (RecordField f : FIELDS) {
      if (!text[f.ordinal()].isEmpty()) {
        all.put(f, text[f.ordinal()]);
      }
    }
    return all;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StudentRecord that
        && Arrays.equals(text, that.text)
        && Arrays.equals(locationTexts(), that.locationTexts());
  }

  private @Nullable String[] locationTexts() {
    String[] texts = new String[locations.length];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = locations[i] == null ? null : locations[i].toString();
    }
    return texts;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(text) + Arrays.hashCode(locationTexts());
  }

  /** {@code StudentRecord[2021010101 张三 110105********002X]}: never the full ID number. */
  @Override
  public String toString() {
    IdNumber parsed = values().idNumber;
    String id =
        parsed != null ? parsed.masked() : IdNumber.mask(get(RecordField.ID_NUMBER).strip());
    return "StudentRecord[" + subject() + " " + get(RecordField.NAME).strip() + " " + id + "]";
  }

  /** Collects raw text per field, each with its source location if known. */
  public static final class Builder {
    private final String[] text = new String[FIELDS.length];
    private final @Nullable Object[] locations = new Object[FIELDS.length];

    private Builder() {
      Arrays.fill(text, "");
    }

    /** The field's text as given; null counts as not given. */
    public Builder set(RecordField field, @Nullable String raw) {
      text[field.ordinal()] = raw == null ? "" : raw;
      return this;
    }

    /** The field's text and where it came from, such as {@code roster.xlsx!Sheet1!F12}. */
    public Builder set(RecordField field, @Nullable String raw, @Nullable String location) {
      set(field, raw);
      locations[field.ordinal()] = location;
      return this;
    }

    /** The field's text and the cell it came from, kept typed until a location is asked for. */
    public Builder set(RecordField field, @Nullable String raw, @Nullable CellRef cell) {
      set(field, raw);
      locations[field.ordinal()] = cell;
      return this;
    }

    /**
     * Every field of an imported row: its text and, where known, where each value came from, as a
     * roster importer reads them ({@code RecordField.ID_NUMBER -> "roster.xlsx!Sheet1!F12"}).
     */
    public Builder setAll(
        Map<RecordField, String> texts, Map<RecordField, String> sourceLocations) {
      texts.forEach(this::set);
      sourceLocations.forEach(this::location);
      return this;
    }

    /** Where the field's value came from. */
    public Builder location(RecordField field, @Nullable String location) {
      locations[field.ordinal()] = location;
      return this;
    }

    /** Starts from an existing record's text and locations. */
    public Builder from(StudentRecord record) {
      System.arraycopy(record.text, 0, text, 0, text.length);
      System.arraycopy(record.locations, 0, locations, 0, locations.length);
      return this;
    }

    public StudentRecord build() {
      return new StudentRecord(text.clone(), locations.clone());
    }
  }
}
