package io.gradcap.core.change;

import io.gradcap.core.access.Role;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What an open request waits for, and from whom. */
public enum WaitingFor {
  SUBMISSION("学生或辅导员提交", "submission by the student or counsellor", Role.STUDENT),
  COLLECTION(
      "二级学院负责人收取", "collection by the college's responsible person", Role.COLLEGE_RESPONSIBLE),
  RECEIPT("教务处经办人接收", "receipt by the office staff member", Role.OFFICE_STAFF),
  REVIEW("教务处开始审核", "the office to start its review", Role.OFFICE_STAFF),
  DECISION("教务处审核决定", "the office's decision", Role.OFFICE_STAFF),
  MORE_EVIDENCE("学生补充材料", "more evidence from the student", Role.STUDENT),
  APPLYING("教务处变更学籍", "the office to change the record", Role.OFFICE_STAFF),
  NOTHING("无", "nothing", null);

  private final String chineseLabel;
  private final String englishLabel;
  private final @Nullable Role from;

  WaitingFor(String chineseLabel, String englishLabel, @Nullable Role from) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.from = from;
  }

  /** The role whose move it is, if anyone's. */
  public Optional<Role> from() {
    return Optional.ofNullable(from);
  }

  /** The label in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
  }
}
