package io.gradcap.core.change;

import java.util.Locale;
import java.util.Optional;

/** The kinds of evidence (有效证明) a change request can carry, as college regulations name them. */
public enum EvidenceKind {
  /** The change request form itself (学籍信息变更申请表); every request carries one. */
  APPLICATION_FORM("application-form", "学籍信息变更申请表", "application form"),
  /** The household register (户口簿), including the page with the former name (曾用名). */
  HOUSEHOLD_REGISTER(
      "household-register", "户口簿（含曾用名页）", "household register (with the former-name page)"),
  /** The resident ID card (居民身份证). */
  ID_CARD("id-card", "居民身份证", "ID card"),
  /** The police household-registration certificate (公安户籍证明). */
  POLICE_CERTIFICATE("police-certificate", "公安户籍证明", "police certificate"),
  /** The police certificate of an ID-number change (公民身份号码变更证明). */
  ID_NUMBER_CHANGE_CERTIFICATE(
      "id-number-change-certificate", "公民身份号码变更证明", "certificate of ID-number change"),
  /** The medical birth certificate (医学出生证明). */
  MEDICAL_BIRTH_CERTIFICATE("medical-birth-certificate", "医学出生证明", "medical birth certificate"),
  /** The city-level ethnic-affairs department's approval (民族成份变更审批). */
  ETHNIC_AFFAIRS_APPROVAL("ethnic-affairs-approval", "民族成份变更审批", "ethnic-affairs approval");

  private final String key;
  private final String chineseLabel;
  private final String englishLabel;

  EvidenceKind(String key, String chineseLabel, String englishLabel) {
    this.key = key;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** The name used in configuration files, such as {@code police-certificate}. */
  public String key() {
    return key;
  }

  /** The label in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
  }

  /** The kind a configuration key names, if any. */
  public static Optional<EvidenceKind> ofKey(String key) {
    for (EvidenceKind kind : values()) {
      if (kind.key.equals(key)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
