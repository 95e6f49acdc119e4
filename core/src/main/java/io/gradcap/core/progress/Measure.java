package io.gradcap.core.progress;

import io.gradcap.core.campaign.MilestoneKind;
import io.gradcap.core.finding.Message;
import java.util.Locale;

/** What the progress view counts, per task, and the milestone each is measured against. */
public enum Measure {
  /** Sign-off rows returned, of the students on the sheet (R2). */
  SHEETS_RETURNED(MilestoneKind.SIGN_OFF_SHEETS_RETURNED, false, Kind.PROGRESS),
  /** Rows corrected directly on the sheet; for information. */
  CORRECTIONS(MilestoneKind.SIGN_OFF_SHEETS_RETURNED, false, Kind.INFORMATION),
  /** Change requests not yet closed (R3–R5); none should be left. */
  OPEN_CHANGE_REQUESTS(MilestoneKind.CHANGE_REQUESTS_SUBMITTED, false, Kind.OUTSTANDING),
  /** Certificate rows submitted (R7); done once the college's workbook is in. */
  CERTIFICATES_SUBMITTED(MilestoneKind.CERTIFICATES_SUBMITTED, false, Kind.SUBMISSION),
  /** Certificate rows with no blocking finding, of those submitted. */
  CERTIFICATES_CLEAN(MilestoneKind.CERTIFICATES_SUBMITTED, false, Kind.PROGRESS),
  /** Record cards received, of the students on the roster (R8). */
  RECORD_CARDS_RECEIVED(MilestoneKind.RECORD_CARDS_DUE, false, Kind.PROGRESS),
  /** Students holding a capture code (R11), due before the first capture day. */
  CAPTURE_CODES_HELD(MilestoneKind.CAPTURE_DAY, false, Kind.PROGRESS),
  /** Students photographed, collectively or in a make-up (R9, R12). */
  CAPTURED(MilestoneKind.CAPTURE_DAY, true, Kind.PROGRESS),
  /** Students who missed the collective session and are not made up yet (R12). */
  ABSENT(MilestoneKind.CAPTURE_DAY, true, Kind.OUTSTANDING),
  /** Absentees with a make-up slot booked, of all absentees (R12). */
  MAKE_UPS_BOOKED(MilestoneKind.CAPTURE_DAY, true, Kind.PROGRESS),
  /** Students who confirmed their image (R17), before the lock. */
  CONFIRMED(MilestoneKind.CONFIRMATION_LOCK, false, Kind.PROGRESS),
  /** Images disputed and not uploaded again yet (R18). */
  DISPUTED(MilestoneKind.CONFIRMATION_LOCK, false, Kind.OUTSTANDING);

  /** How a measure's count is read. */
  public enum Kind {
    /** Done out of expected; complete when all are done. */
    PROGRESS,
    /** Things left to deal with; complete when there are none. */
    OUTSTANDING,
    /** Complete when the college's submission is in, whatever the count. */
    SUBMISSION,
    /** A count for the record; never overdue. */
    INFORMATION
  }

  static final String BUNDLE = "io.gradcap.core.progress.messages";

  private final MilestoneKind milestone;
  private final boolean lastOfKind;
  private final Kind kind;

  Measure(MilestoneKind milestone, boolean lastOfKind, Kind kind) {
    this.milestone = milestone;
    this.lastOfKind = lastOfKind;
    this.kind = kind;
  }

  /** The kind of milestone the measure is due by. */
  public MilestoneKind milestone() {
    return milestone;
  }

  /**
   * Whether, of several milestones of the kind (capture days), the last counts rather than the
   * first.
   */
  public boolean isDueByLast() {
    return lastOfKind;
  }

  public Kind kind() {
    return kind;
  }

  /** The key used in messages and output: {@code sheets-returned}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String label(Locale locale) {
    return Message.of(BUNDLE, "measure." + key()).format(locale);
  }
}
