package io.gradcap.core.change;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small college for the change-request tests: two colleges, three classes, four students, their
 * staff.
 */
final class Fixtures {

  static final String SOFTWARE = "软件工程学院";
  static final String ANIMATION = "动画学院";

  static final Subject ZHANG = new Subject(SOFTWARE, "21软件1班", StudentNumber.of("2021010101"));
  static final Subject LI = new Subject(SOFTWARE, "21软件1班", StudentNumber.of("2021010102"));
  static final Subject ZHAO = new Subject(SOFTWARE, "21软件2班", StudentNumber.of("2021010201"));
  static final Subject WANG = new Subject(ANIMATION, "21动画2班", StudentNumber.of("2021020201"));

  static final Actor ZHANG_STUDENT = Actor.student(ZHANG.student(), "张三");
  static final Actor LI_STUDENT = Actor.student(LI.student(), "李四");
  static final Actor WANG_STUDENT = Actor.student(WANG.student(), "王五");
  static final Actor COUNSELLOR = Actor.counsellor("t-01", "王老师", Set.of("21软件1班"));
  static final Actor SOFTWARE_RESPONSIBLE =
      Actor.collegeResponsible("t-02", "周庆标", Set.of(SOFTWARE));
  static final Actor ANIMATION_RESPONSIBLE =
      Actor.collegeResponsible("t-03", "叶宏代", Set.of(ANIMATION));
  static final Actor RECEIVER = Actor.officeStaff("o-01", "陈老师");
  static final Actor OTHER_STAFF = Actor.officeStaff("o-02", "刘老师");

  static final LocalDate ENTRY = LocalDate.of(2021, 9, 1);
  static final LocalDate BIRTH = LocalDate.of(2003, 5, 12);
  static final Instant T0 = Instant.parse("2024-04-03T02:00:00Z");
  static final LocalDate CHANGED_ON = LocalDate.of(2023, 6, 1);

  static final String OLD_ID = "460100200305120015";
  static final String NEW_ID = "46010020030512003X";

  private Fixtures() {}

  static StudentFacts facts(Subject subject) {
    return new StudentFacts(subject, ENTRY, BIRTH);
  }

  static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  static Sha256 sha(int n) {
    return new Sha256(String.format(Locale.ROOT, "%064x", n));
  }

  static EvidenceFile file(EvidenceKind kind, int n) {
    return EvidenceFile.of(
        kind, kind.key() + "-" + n + ".pdf", "application/pdf", 1000 + n, sha(n), 1 + n % 3);
  }

  static ChangePolicy policy() {
    return ChangePolicy.defaults()
        .withReceivingStaff(RECEIVER.id())
        .withCutoff(LocalDate.of(2024, 5, 20));
  }

  static ChangeDecider decider() {
    return new ChangeDecider(EvidenceCatalogue.defaults(), policy(), IdNumberLookup.none());
  }

  static ChangeCommand.Open open(String id, Actor actor, Subject subject, FieldChange... changes) {
    return new ChangeCommand.Open(
        id, actor, T0, facts(subject), List.of(changes), CHANGED_ON, "sign-off", "核对签名表更正");
  }

  static FieldChange name(String from, String to) {
    return FieldChange.of(RecordField.NAME, from, to);
  }

  static FieldChange idNumber() {
    return FieldChange.of(RecordField.ID_NUMBER, OLD_ID, NEW_ID);
  }

  static ChangeRequest draft(Subject subject, LocalDate changedOn, FieldChange... changes) {
    return ChangeRequest.draft(
        "r-1", facts(subject), List.of(changes), changedOn, "sign-off", ZHANG_STUDENT, T0);
  }
}
