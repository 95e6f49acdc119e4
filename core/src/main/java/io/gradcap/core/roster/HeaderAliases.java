package io.gradcap.core.roster;

import com.google.common.collect.ImmutableMap;
import io.gradcap.core.record.RecordField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header texts that name each record field: its Chinese and English labels, its CHSI code
 * ({@code shared/reference/chsi-student-record-fields.tsv}) and the variants registries write (学号 /
 * Student No. / XH). Headers are compared after folding full-width forms, dropping whitespace,
 * {@code .}, {@code *}, colons and brackets, and ignoring case.
 */
public final class HeaderAliases {

  private static final Map<RecordField, List<String>> EXTRA =
      ImmutableMap.<RecordField, List<String>>builder()
          .put(
              RecordField.CANDIDATE_NUMBER,
              List.of("考生号", "考生编号", "Candidate No.", "Candidate Number"))
          .put(
              RecordField.STUDENT_NUMBER,
              List.of("学号", "学生学号", "学籍号", "Student No.", "Student Number", "Student ID"))
          .put(RecordField.NAME, List.of("姓名", "学生姓名", "Name", "Student Name", "Full Name"))
          .put(RecordField.GENDER, List.of("性别", "Gender", "Sex"))
          .put(
              RecordField.BIRTH_DATE,
              List.of("出生日期", "出生年月日", "生日", "Birth Date", "Date of Birth", "DOB"))
          .put(
              RecordField.ID_NUMBER,
              List.of(
                  "身份证号",
                  "身份证号码",
                  "身份证",
                  "公民身份号码",
                  "证件号码",
                  "身份证件号码",
                  "ID Number",
                  "ID No.",
                  "ID Card Number",
                  "ZJHM"))
          .put(RecordField.POLITICAL_STATUS, List.of("政治面貌", "Political Status"))
          .put(RecordField.ETHNICITY, List.of("民族", "Ethnicity", "Ethnic Group", "Nationality"))
          .put(
              RecordField.COLLEGE,
              List.of("学院", "二级学院", "院系", "分院", "所在学院", "College", "School", "Department"))
          .put(RecordField.MAJOR, List.of("专业", "专业名称", "所学专业", "Major", "Programme", "Program"))
          .put(RecordField.LEVEL, List.of("层次", "培养层次", "学历层次", "Level"))
          .put(
              RecordField.PROGRAM_YEARS,
              List.of(
                  "学制", "学制（年）", "Programme Length", "Program Length", "Program Years", "Length"))
          .put(RecordField.STUDY_FORM, List.of("学习形式", "Study Form", "Study Mode"))
          .put(
              RecordField.ENTRY_DATE,
              List.of("入学日期", "入学时间", "Entry Date", "Enrolment Date", "Enrollment Date"))
          .put(RecordField.CLASS_GROUP, List.of("班级", "班号", "班级名称", "行政班", "Class", "Class Name"))
          .put(
              RecordField.EXPECTED_GRADUATION_DATE,
              List.of("预计毕业日期", "毕业日期", "Expected Graduation Date", "Graduation Date"))
          .build();

  private final Map<String, RecordField> byNormalised;
  private final Map<RecordField, List<String>> byField;

  private HeaderAliases(Map<RecordField, List<String>> byField) {
    Map<String, RecordField> index = new HashMap<>();
    Map<RecordField, List<String>> copy = new EnumMap<>(RecordField.class);
    byField.forEach(
        (field, aliases) -> {
          copy.put(field, List.copyOf(aliases));
          for (String alias : aliases) {
            RecordField previous = index.put(normalise(alias), field);
            if (previous != null && previous != field) {
              throw new IllegalArgumentException(
                  "alias \"" + alias + "\" names both " + previous + " and " + field);
            }
          }
        });
    this.byNormalised = Map.copyOf(index);
    this.byField = Collections.unmodifiableMap(copy);
  }

  /** Labels, CHSI codes and the usual variants of every field. */
  public static HeaderAliases defaults() {
    Map<RecordField, List<String>> aliases = new EnumMap<>(RecordField.class);
    for (RecordField field : RecordField.values()) {
      List<String> list = new ArrayList<>();
      list.add(field.label(Locale.CHINESE));
      list.add(field.label(Locale.ENGLISH));
      list.add(field.chsiCode());
      list.addAll(EXTRA.getOrDefault(field, List.of()));
      aliases.put(field, list);
    }
    return new HeaderAliases(aliases);
  }

  /** These aliases and more for one field, such as a college's own header {@code 学生编号}. */
  public HeaderAliases with(RecordField field, String... aliases) {
    Map<RecordField, List<String>> more = new EnumMap<>(byField);
    List<String> list = new ArrayList<>(more.getOrDefault(field, List.of()));
    list.addAll(List.of(aliases));
    more.put(field, list);
    return new HeaderAliases(more);
  }

  /** The field a header names, if any. */
  public Optional<RecordField> field(String header) {
    return Optional.ofNullable(byNormalised.get(normalise(header)));
  }

  /** The aliases of a field, as given. */
  public List<String> aliases(RecordField field) {
    return byField.getOrDefault(field, List.of());
  }

  /** Folds full-width forms, drops whitespace, dots, stars, colons and brackets, lower-cases. */
  static String normalise(String header) {
    String folded = Coercion.foldFullWidth(header);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || ".*:：()（）[]【】_-".indexOf(c) >= 0) {
        continue;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeaderAliases that && byField.equals(that.byField);
  }

  @Override
  public int hashCode() {
    return byField.hashCode();
  }

  @Override
  public String toString() {
    return "HeaderAliases" + byField;
  }
}
