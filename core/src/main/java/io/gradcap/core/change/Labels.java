package io.gradcap.core.change;

import io.gradcap.core.access.Role;
import io.gradcap.core.finding.Message;
import io.gradcap.core.record.RecordField;
import java.util.Locale;

/**
 * Labels and text helpers of this package. Messages take localised values as Chinese/English pairs:
 * the Chinese pattern names the first of each pair, the English pattern the second.
 */
final class Labels {

  static final String BUNDLE = "io.gradcap.core.change.messages";

  private Labels() {}

  static Message message(String key, Object... args) {
    return Message.of(BUNDLE, key, args);
  }

  static String zh(RecordField field) {
    return field.label(Locale.CHINESE);
  }

  static String en(RecordField field) {
    return field.label(Locale.ENGLISH);
  }

  static String zh(EvidenceKind kind) {
    return kind.label(Locale.CHINESE);
  }

  static String en(EvidenceKind kind) {
    return kind.label(Locale.ENGLISH);
  }

  static String zh(Role role) {
    return switch (role) {
      case STUDENT -> "学生";
      case COUNSELLOR -> "辅导员";
      case COLLEGE_RESPONSIBLE -> "二级学院负责人";
      case OFFICE_STAFF -> "教务处工作人员";
      case CAPTURE_CENTRE -> "采集中心";
    };
  }

  static String en(Role role) {
    return switch (role) {
      case STUDENT -> "student";
      case COUNSELLOR -> "counsellor";
      case COLLEGE_RESPONSIBLE -> "college responsible person";
      case OFFICE_STAFF -> "office staff";
      case CAPTURE_CENTRE -> "capture centre";
    };
  }

  /** Whether people of this role can see originals: not the student, not the capture centre. */
  static boolean canCheckOriginals(Role role) {
    return role == Role.COUNSELLOR || role == Role.COLLEGE_RESPONSIBLE || role == Role.OFFICE_STAFF;
  }

  /** A value as it may be shown: ID numbers masked, everything else as is. */
  static String shown(RecordField field, String value) {
    return field == RecordField.ID_NUMBER ? mask(value) : value;
  }

  /** {@code 110105********002X}: the region and the last four characters, the rest hidden. */
  static String mask(String idNumber) {
    String id = normalisedIdNumber(idNumber);
    if (id.length() < 10) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  /**
   * What people type for an ID number, folded: spaces dropped, full-width digits and x made ASCII
   * upper case.
   */
  static String normalisedIdNumber(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (!Character.isWhitespace(c) && c != '\u3000') {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.toString();
  }
}
