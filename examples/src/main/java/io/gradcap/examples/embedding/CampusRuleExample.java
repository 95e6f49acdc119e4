package io.gradcap.examples.embedding;

import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.VerificationContext;
import io.gradcap.core.verification.VerificationPolicy;
import io.gradcap.core.verification.VerificationReport;
import io.gradcap.core.verification.Verifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A campus-specific rule ({@link ClassNamingRule}) plugged in beside the built-in ones. */
public final class CampusRuleExample {

  private CampusRuleExample() {}

  /** The built-in rules plus the campus's own. */
  public static Verifier verifier() {
    return Verifier.builder().rule(new ClassNamingRule()).build();
  }

  /** Verifies records with the campus rule on. */
  public static VerificationReport verify(List<StudentRecord> records) {
    return verifier()
        .verify(
            records,
            VerificationContext.of(VerificationPolicy.defaults(), LocalDate.of(2023, 4, 3)));
  }

  public static void main(String[] args) {
    List<StudentRecord> records =
        List.of(
            StudentRecord.builder()
                .set(RecordField.STUDENT_NUMBER, "2021010101")
                .set(RecordField.NAME, "张三")
                .set(RecordField.CLASS_GROUP, "21软件1班", "名单.xlsx!Sheet1!B2")
                .set(RecordField.ENTRY_DATE, "2021-09-01")
                .build(),
            StudentRecord.builder()
                .set(RecordField.STUDENT_NUMBER, "2021010102")
                .set(RecordField.NAME, "李四")
                .set(RecordField.CLASS_GROUP, "软件1班", "名单.xlsx!Sheet1!B3")
                .set(RecordField.ENTRY_DATE, "2021-09-01")
                .build());
    verify(records).findings().stream()
        .filter(f -> f.rule().equals(ClassNamingRule.ID))
        .forEach(f -> System.out.println(f.describe(Locale.SIMPLIFIED_CHINESE)));
  }
}
