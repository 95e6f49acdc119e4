package io.gradcap.core.image;

import io.gradcap.core.access.Actor;
import io.gradcap.core.access.Subject;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.record.StudentNumber;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Shared people, places and times of the image tests. */
final class ImageFixtures {

  static final String CENTRE = "xinhua-hainan";
  static final String OTHER_CENTRE = "studio-next-door";
  static final LocalDate LOCK = LocalDate.of(2024, 7, 1);
  static final ConfirmationTerms TERMS = ConfirmationTerms.of(CENTRE, LOCK);
  static final ImageConfirmation IMAGES = new ImageConfirmation(TERMS);

  static final StudentNumber ZHANG_NO = StudentNumber.of("2021010101");
  static final Subject ZHANG = new Subject("软件工程学院", "21软件1班", ZHANG_NO);
  static final Subject LI = new Subject("软件工程学院", "21软件1班", StudentNumber.of("2021010102"));
  static final Subject CHEN = new Subject("软件工程学院", "21软件1班", StudentNumber.of("2021010110"));
  static final Subject WANG = new Subject("动画学院", "21动画2班", StudentNumber.of("2021020201"));

  static final Actor ZHANG_SELF = Actor.student(ZHANG_NO, "张三");
  static final Actor LI_SELF = Actor.student(LI.student(), "李四");
  static final Actor COUNSELLOR = Actor.counsellor("t-01", "王老师", Set.of("21软件1班"));
  static final Actor OTHER_COUNSELLOR = Actor.counsellor("t-02", "赵老师", Set.of("21动画2班"));
  static final Actor RESPONSIBLE = Actor.collegeResponsible("t-03", "周庆标", Set.of("软件工程学院"));
  static final Actor OFFICE = Actor.officeStaff("o-01", "教务处");
  static final Actor CENTRE_STAFF = Actor.captureCentre("c-01", "新华社海南图像采集中心");

  static final Sha256 PHOTO =
      Sha256.of("photo-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  static final Sha256 RESHOT =
      Sha256.of("photo-2".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  static final EvidenceRef ID_COPY =
      EvidenceRef.of(
          DisputeEvidenceKind.ID_COPY,
          Sha256.of("id".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  static final EvidenceRef REGISTER =
      EvidenceRef.of(
          DisputeEvidenceKind.HOUSEHOLD_REGISTER,
          Sha256.of("hukou".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

  private ImageFixtures() {}

  /** An instant given in China Standard Time. */
  static Instant cst(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute)
        .atZone(ConfirmationTerms.CHINA)
        .toInstant();
  }

  static final Instant CAPTURE_DAY = cst(2024, 4, 24, 9, 0);
  static final Instant MAY = cst(2024, 5, 10, 10, 0);
  static final Instant AFTER_LOCK = cst(2024, 7, 2, 10, 0);

  /** Decides and, if accepted, applies; fails the test on a refusal. */
  static ImageState apply(ImageState state, ImageCommand command) {
    Decision<ImageEvent> decision = IMAGES.decide(command, state);
    if (decision instanceof Decision.Refused<ImageEvent> r) {
      throw new AssertionError("refused: " + r.reason().describe(java.util.Locale.ENGLISH));
    }
    for (ImageEvent event : decision.events()) {
      state = ImageConfirmation.evolve(state, event);
    }
    return state;
  }

  /** Zhang's image uploaded by the designated centre, waiting for him. */
  static ImageState uploaded() {
    ImageState s = ImageState.notCaptured(ZHANG);
    s = apply(s, new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE));
    return apply(
        s,
        new ImageCommand.Upload(
            ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY.plusSeconds(3600), CENTRE, PHOTO));
  }

  static ImageState confirmed() {
    return apply(uploaded(), new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, PHOTO));
  }

  static List<ImageCommand> everyKindOfCommand(Instant at) {
    return List.of(
        new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, at, CENTRE),
        new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, at, CENTRE, RESHOT),
        new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, at, RESHOT),
        new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, at, "不是我"),
        new ImageCommand.RegisterDispute(ZHANG_NO, COUNSELLOR, at, "已登记"),
        new ImageCommand.ResolveDispute(ZHANG_NO, OFFICE, at, "重拍", List.of(ID_COPY)),
        new ImageCommand.CorrectByOffice(ZHANG_NO, OFFICE, at, "更正", List.of(ID_COPY)));
  }
}
