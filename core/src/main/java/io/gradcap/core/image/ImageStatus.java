package io.gradcap.core.image;

/** Where a student's graduation image stands. */
public enum ImageStatus {
  /** No photo taken yet. */
  NOT_CAPTURED,
  /** Photographed by the capture centre, not yet uploaded. */
  CAPTURED,
  /** Uploaded to CHSI; waits for the student to confirm or dispute. */
  UPLOADED,
  /** Confirmed by the student (R17): final, nothing changes it any more. */
  CONFIRMED,
  /** The student reported it wrong (有误); waits for the counsellor to register the dispute. */
  DISPUTED,
  /** Registered with the counsellor (R18); waits for the office. */
  DISPUTE_REGISTERED,
  /** Resolved by the office with evidence (R18); waits for a new capture or upload. */
  RESOLVED,
  /** Not confirmed by the lock date and taken up by the office's correction path. */
  OFFICE_CORRECTION;

  /** Whether this is the final status a confirmed image can never leave. */
  public boolean isFinal() {
    return this == CONFIRMED;
  }
}
