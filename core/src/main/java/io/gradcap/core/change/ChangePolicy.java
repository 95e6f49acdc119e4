package io.gradcap.core.change;

import com.google.common.base.Preconditions;
import io.gradcap.core.record.RecordField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The configurable parts of the change rules. {@link #defaults()} is what the regulations DOMAIN.md
 * summarises say; each {@code with…} method changes one rule.
 *
 * @param criticalFields the fields that change only through a request (R3); the others are
 *     corrected on the sign-off sheet (R4)
 * @param nameAndIdNumberApart whether name and ID number must never change in one request
 * @param cutoff the first day no change is accepted any more (the start of the graduation
 *     semester), if there is one
 * @param lockedRecordsFinal whether a confirmed, locked record refuses every change (R17)
 * @param onlyChangesWhileEnrolled whether the change must have happened between entry and cutoff
 * @param ethnicityAgeLimit the age before which an ethnicity change must have happened; 0 for none
 * @param uniqueIdNumbers whether a new ID number must not belong to another student
 * @param receivingStaffId the id of the one office staff member who receives requests, if named
 * @param zone the zone that turns instants into dates
 */
public record ChangePolicy(
    Set<RecordField> criticalFields,
    boolean nameAndIdNumberApart,
    @Nullable LocalDate cutoff,
    boolean lockedRecordsFinal,
    boolean onlyChangesWhileEnrolled,
    int ethnicityAgeLimit,
    boolean uniqueIdNumbers,
    @Nullable String receivingStaffId,
    ZoneId zone) {

  /** The college's time zone by default. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public ChangePolicy {
    criticalFields = Set.copyOf(criticalFields);
    Preconditions.checkArgument(
        ethnicityAgeLimit >= 0, "ethnicity age limit %s", ethnicityAgeLimit);
  }

  /**
   * The regulations' rules: the default critical fields, name and ID number apart, locked records
   * final, only changes while enrolled, ethnicity before 20, unique ID numbers; no cutoff and no
   * named receiver until the campaign sets them.
   */
  public static ChangePolicy defaults() {
    Set<RecordField> critical =
        Arrays.stream(RecordField.values())
            .filter(RecordField::criticalByDefault)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordField.class)));
    return new ChangePolicy(critical, true, null, true, true, 20, true, null, CHINA);
  }

  public ChangePolicy withCriticalFields(Set<RecordField> fields) {
    return new ChangePolicy(
        fields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withNameAndIdNumberApart(boolean apart) {
    return new ChangePolicy(
        criticalFields,
        apart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withCutoff(@Nullable LocalDate firstDayRefused) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        firstDayRefused,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withLockedRecordsFinal(boolean finalOnceLocked) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        finalOnceLocked,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withOnlyChangesWhileEnrolled(boolean onlyWhileEnrolled) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withEthnicityAgeLimit(int ageLimit) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ageLimit,
        uniqueIdNumbers,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withUniqueIdNumbers(boolean unique) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        unique,
        receivingStaffId,
        zone);
  }

  public ChangePolicy withReceivingStaff(@Nullable String staffId) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        staffId,
        zone);
  }

  public ChangePolicy withZone(ZoneId timeZone) {
    return new ChangePolicy(
        criticalFields,
        nameAndIdNumberApart,
        cutoff,
        lockedRecordsFinal,
        onlyChangesWhileEnrolled,
        ethnicityAgeLimit,
        uniqueIdNumbers,
        receivingStaffId,
        timeZone);
  }
}
