package io.gradcap.core.record;

import java.util.Locale;

/**
 * The fields of a student record, as CHSI exchanges them (see {@code
 * shared/reference/chsi-student-record-fields.tsv}), with their CHSI codes and labels.
 *
 * <p>R3/R4: by default the critical fields are name, gender, ethnicity, ID number, and birth date
 * (which the ID number carries); they change only through a change request. Every other field is
 * corrected directly on the sign-off sheet. Which fields are critical is configurable per campaign;
 * {@link #criticalByDefault()} is only the default.
 */
public enum RecordField {
  CANDIDATE_NUMBER("KSH", "考生号", "candidate number", false),
  STUDENT_NUMBER("XH", "学号", "student number", false),
  NAME("XM", "姓名", "name", true),
  GENDER("XB", "性别", "gender", true),
  BIRTH_DATE("CSRQ", "出生日期", "birth date", true),
  ID_NUMBER("SFZH", "身份证号", "ID number", true),
  POLITICAL_STATUS("ZZMM", "政治面貌", "political status", false),
  ETHNICITY("MZ", "民族", "ethnicity", true),
  COLLEGE("FY", "学院", "college", false),
  MAJOR("ZYMC", "专业", "major", false),
  LEVEL("CC", "层次", "level", false),
  PROGRAM_YEARS("XZ", "学制", "programme length", false),
  STUDY_FORM("XXXS", "学习形式", "study form", false),
  ENTRY_DATE("RXRQ", "入学日期", "entry date", false),
  CLASS_GROUP("BH", "班级", "class", false),
  EXPECTED_GRADUATION_DATE("YJBYRQ", "预计毕业日期", "expected graduation date", false);

  private final String chsiCode;
  private final String chineseLabel;
  private final String englishLabel;
  private final boolean criticalByDefault;

  RecordField(
      String chsiCode, String chineseLabel, String englishLabel, boolean criticalByDefault) {
    this.chsiCode = chsiCode;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.criticalByDefault = criticalByDefault;
  }

  /** The field's code in CHSI data exchange, such as {@code SFZH}. */
  public String chsiCode() {
    return chsiCode;
  }

  /** The label in the locale's language: English for {@code en}, Simplified Chinese otherwise. */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishLabel : chineseLabel;
  }

  /** R3: whether the field, by default, changes only through a change request. */
  public boolean criticalByDefault() {
    return criticalByDefault;
  }

  /** The camel-case name used in findings and JSON, such as {@code idNumber}. */
  public String key() {
    String[] parts = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder key = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return key.toString();
  }
}
