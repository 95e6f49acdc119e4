package io.gradcap.core.image;

/** What a piece of evidence for resolving an image dispute is (R18). */
public enum DisputeEvidenceKind {
  /** A copy of the student's ID card (身份证复印件): every resolution needs one. */
  ID_COPY,
  /** The household register (户口簿). */
  HOUSEHOLD_REGISTER,
  /** A police household-registration certificate (公安户籍证明). */
  POLICE_CERTIFICATE,
  /** A new photo or print that shows the right person. */
  PHOTO,
  /** Any other material the office accepts. */
  OTHER
}
