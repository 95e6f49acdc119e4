package io.gradcap.core.campaign;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Message;
import io.gradcap.core.institution.Task;
import java.util.Locale;

/** The dated steps of a campaign, each belonging to a task. */
public enum MilestoneKind {
  /** R2: signed sign-off sheets back at the office. */
  SIGN_OFF_SHEETS_RETURNED(Task.SIGN_OFF_SHEETS, true, false),
  /** R3: change requests with evidence handed to the office. */
  CHANGE_REQUESTS_SUBMITTED(Task.CHANGE_REQUESTS, true, false),
  /** R7: the filled certificates template handed in. */
  CERTIFICATES_SUBMITTED(Task.CERTIFICATES, true, false),
  /** R8: record cards, sorted and bound per class, due at the office. */
  RECORD_CARDS_DUE(Task.RECORD_CARDS, true, false),
  /** R9: a day of the collective capture session. */
  CAPTURE_DAY(Task.IMAGE_CAPTURE, true, true),
  /** Students may check their images on CHSI from this day. */
  CONFIRMATION_OPENS(Task.IMAGE_CONFIRMATION, false, false),
  /** R17: nothing can change any more (degrees published, about 1 July). */
  CONFIRMATION_LOCK(Task.IMAGE_CONFIRMATION, false, false);

  private final Task task;
  private final boolean workingDay;
  private final boolean repeatable;

  MilestoneKind(Task task, boolean workingDay, boolean repeatable) {
    this.task = task;
    this.workingDay = workingDay;
    this.repeatable = repeatable;
  }

  public Task task() {
    return task;
  }

  /** Whether people must act on this day, so it should be a working day. */
  public boolean isWorkingDay() {
    return workingDay;
  }

  /** Whether a campaign may have several milestones of this kind (capture days). */
  public boolean isRepeatable() {
    return repeatable;
  }

  /** The key used in campaign files: {@code sign-off-sheets-returned}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static MilestoneKind ofKey(String key) {
    for (MilestoneKind kind : values()) {
      if (kind.key().equals(key)) {
        return kind;
      }
    }
    throw new GradcapException(ErrorCode.UNPARSEABLE_VALUE, key, "未知节点 / unknown milestone");
  }

  public String label(Locale locale) {
    return Message.of(Campaign.MESSAGES, "milestone." + key()).format(locale);
  }
}
