package io.gradcap.core.verification;

import io.gradcap.core.record.RecordField;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in rules accept. The defaults state the library's policy; the strict parts of it
 * are switches, because peer validators disagree.
 *
 * <p>Defaults: legacy 15-digit ID numbers are accepted, upgraded and reported as a warning; birth
 * dates before 1900 are accepted (GB 11643's own example is born in 1880; dates before 1800 are
 * impossible); the residence permits of Hong Kong, Macau and Taiwan residents (810000, 820000,
 * 830000) and foreign permanent-resident IDs (first digit 9) are accepted and reported for the
 * record; the ethnicity extension 97/98 is accepted; names must be Chinese characters with middle
 * dots, Latin names are refused; student numbers have no institution format; the required fields
 * are student number, name, gender, ID number, ethnicity, college, major, class, entry date and
 * programme length.
 *
 * @param acceptLegacy15Digit whether a 15-digit ID number is accepted (as a warning) or blocks
 * @param acceptBirthBefore1900 whether birth years 1800–1899 are accepted
 * @param acceptResidencePermits whether 81/82/83 + 0000 residence permits are accepted
 * @param acceptForeignPermanentResidentIds whether ID numbers beginning with 9 are accepted
 * @param acceptEthnicityExtension whether 97 其他 and 98 外国血统中国籍人士 are accepted
 * @param acceptLatinNames whether names in Latin letters are accepted
 * @param studentNumberPattern the institution's student-number format as a regular expression, or
 *     null for none
 * @param requiredFields the fields every record must have
 */
public record VerificationPolicy(
    boolean acceptLegacy15Digit,
    boolean acceptBirthBefore1900,
    boolean acceptResidencePermits,
    boolean acceptForeignPermanentResidentIds,
    boolean acceptEthnicityExtension,
    boolean acceptLatinNames,
    @Nullable String studentNumberPattern,
    Set<RecordField> requiredFields) {

  public VerificationPolicy {
    requiredFields = Set.copyOf(requiredFields);
    if (studentNumberPattern != null) {
      java.util.regex.Pattern.compile(studentNumberPattern);
    }
  }

  /** The library's default policy, as the class comment states it. */
  public static VerificationPolicy defaults() {
    return new VerificationPolicy(
        true,
        true,
        true,
        true,
        true,
        false,
        null,
        EnumSet.of(
            RecordField.STUDENT_NUMBER,
            RecordField.NAME,
            RecordField.GENDER,
            RecordField.ID_NUMBER,
            RecordField.ETHNICITY,
            RecordField.COLLEGE,
            RecordField.MAJOR,
            RecordField.CLASS_GROUP,
            RecordField.ENTRY_DATE,
            RecordField.PROGRAM_YEARS));
  }

  /**
   * The strictest policy: only 18-digit mainland ID numbers born since 1900, only the 56 groups.
   */
  public static VerificationPolicy strict() {
    return defaults()
        .withLegacy15Digit(false)
        .withBirthBefore1900(false)
        .withResidencePermits(false)
        .withForeignPermanentResidentIds(false)
        .withEthnicityExtension(false);
  }

  public VerificationPolicy withLegacy15Digit(boolean accept) {
    return new VerificationPolicy(
        accept,
        acceptBirthBefore1900,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        acceptLatinNames,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withBirthBefore1900(boolean accept) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        accept,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        acceptLatinNames,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withResidencePermits(boolean accept) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        accept,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        acceptLatinNames,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withForeignPermanentResidentIds(boolean accept) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        acceptResidencePermits,
        accept,
        acceptEthnicityExtension,
        acceptLatinNames,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withEthnicityExtension(boolean accept) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        accept,
        acceptLatinNames,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withLatinNames(boolean accept) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        accept,
        studentNumberPattern,
        requiredFields);
  }

  public VerificationPolicy withStudentNumberPattern(@Nullable String regex) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        acceptLatinNames,
        regex,
        requiredFields);
  }

  public VerificationPolicy withRequiredFields(Set<RecordField> fields) {
    return new VerificationPolicy(
        acceptLegacy15Digit,
        acceptBirthBefore1900,
        acceptResidencePermits,
        acceptForeignPermanentResidentIds,
        acceptEthnicityExtension,
        acceptLatinNames,
        studentNumberPattern,
        fields);
  }
}
