package io.gradcap.examples.embedding;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.verification.RecordRule;
import io.gradcap.core.verification.VerificationContext;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A campus rule: a class's name starts with the last two digits of its students' entry year
 * (21软件1班).
 */
public final class ClassNamingRule implements RecordRule {

  public static final String ID = "campus.class.entry-year-prefix";
  static final String BUNDLE = "io.gradcap.examples.embedding.messages";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(StudentRecord record, VerificationContext context, Consumer<Finding> findings) {
    String classGroup = record.classGroup();
    record
        .entryDate()
        .ifPresent(
            entry -> {
              String prefix = String.format(Locale.ROOT, "%02d", entry.getYear() % 100);
              if (!classGroup.isEmpty() && !classGroup.startsWith(prefix)) {
                findings.accept(
                    Finding.of(
                            ID,
                            Severity.WARNING,
                            record.subject(),
                            RecordField.CLASS_GROUP.key(),
                            Message.of(BUNDLE, "class.entry-year-prefix", classGroup, prefix))
                        .at(record.locationOrNull(RecordField.CLASS_GROUP)));
              }
            });
  }
}
