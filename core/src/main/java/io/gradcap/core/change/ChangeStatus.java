package io.gradcap.core.change;

import java.util.Locale;

/** Where a change request stands. */
public enum ChangeStatus {
  DRAFT("草稿", "draft", WaitingFor.SUBMISSION),
  SUBMITTED("已提交", "submitted", WaitingFor.COLLECTION),
  COLLECTED("学院已收齐", "collected by the college", WaitingFor.RECEIPT),
  RECEIVED("教务处已接收", "received by the office", WaitingFor.REVIEW),
  UNDER_REVIEW("审核中", "under review", WaitingFor.DECISION),
  NEEDS_EVIDENCE("待补充材料", "needs more evidence", WaitingFor.MORE_EVIDENCE),
  APPROVED("已批准", "approved", WaitingFor.APPLYING),
  REJECTED("已驳回", "rejected", WaitingFor.NOTHING),
  APPLIED("已变更", "applied to the record", WaitingFor.NOTHING),
  WITHDRAWN("已撤回", "withdrawn", WaitingFor.NOTHING);

  private final String chineseLabel;
  private final String englishLabel;
  private final WaitingFor waitingFor;

  ChangeStatus(String chineseLabel, String englishLabel, WaitingFor waitingFor) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.waitingFor = waitingFor;
  }

  /** Whether the request is still open: neither rejected, applied nor withdrawn. */
  public boolean isOpen() {
    return waitingFor != WaitingFor.NOTHING;
  }

  /** What a request in this status waits for. */
  public WaitingFor waitingFor() {
    return waitingFor;
  }

  /** The label in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
  }
}
