package io.gradcap.core.image;

import static io.gradcap.core.image.ImageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.decision.Decision;
import io.gradcap.core.finding.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ImageConfirmationTest {

  private static Finding refusal(ImageCommand command, ImageState state) {
    Decision<ImageEvent> decision = IMAGES.decide(command, state);
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    assertThat(decision.events()).isEmpty();
    assertThat(decision.events()).isEmpty();
    return decision.refusal().orElseThrow();
  }

  @Test
  void captured_uploaded_and_confirmed_image_counts_for_the_diploma() {
    ImageState state = ImageState.notCaptured(ZHANG);
    assertThat(state.status()).isEqualTo(ImageStatus.NOT_CAPTURED);
    state =
        apply(state, new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE));
    assertThat(state.status()).isEqualTo(ImageStatus.CAPTURED);
    state =
        apply(state, new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE, PHOTO));
    assertThat(state.status()).isEqualTo(ImageStatus.UPLOADED);
    assertThat(state.countsForDiploma()).isFalse();
    state = apply(state, new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, PHOTO));
    assertThat(state.status()).isEqualTo(ImageStatus.CONFIRMED);
    assertThat(state.imageIfAny()).contains(PHOTO);
    assertThat(state.confirmedAtIfAny()).contains(MAY);
    assertThat(state.centre()).isEqualTo(CENTRE);
    assertThat(state.countsForDiploma()).isTrue();
  }

  @Test
  void events_carry_student_actor_and_time_and_replay_to_the_same_state() {
    ImageState state = ImageState.notCaptured(ZHANG);
    List<ImageEvent> events = new ArrayList<>();
    for (ImageCommand c :
        List.of(
            new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE),
            new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE, PHOTO),
            new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, PHOTO))) {
      List<ImageEvent> caused = IMAGES.decide(c, state).events();
      assertThat(caused)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.student()).isEqualTo(ZHANG_NO);
                assertThat(e.actor()).isEqualTo(c.actor());
                assertThat(e.at()).isEqualTo(c.at());
              });
      events.addAll(caused);
      state = ImageConfirmation.evolve(state, caused.get(0));
    }
    assertThat(ImageConfirmation.replay(ZHANG, events)).isEqualTo(state);
  }

  @Test
  void r16_uploads_from_another_centre_are_refused() {
    ImageState captured =
        apply(
            ImageState.notCaptured(ZHANG),
            new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE));
    Finding reason =
        refusal(
            new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, OTHER_CENTRE, PHOTO),
            captured);
    assertThat(reason.rule()).isEqualTo("R16.image.designated-centre");
    assertThat(reason.subject()).isEqualTo(ZHANG_NO.value());
    assertThat(reason.message(Locale.ENGLISH)).contains(CENTRE).contains(OTHER_CENTRE);
    assertThat(reason.message(Locale.CHINESE)).contains("指定采集中心");
  }

  @Test
  void r16_captures_by_another_centre_are_refused() {
    Finding reason =
        refusal(
            new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, OTHER_CENTRE),
            ImageState.notCaptured(ZHANG));
    assertThat(reason.rule()).isEqualTo("R16.image.designated-centre");
  }

  @Test
  void r17_a_confirmed_image_refuses_every_command_with_its_reason() {
    ImageState confirmed = confirmed();
    for (Instant at : List.of(MAY, AFTER_LOCK)) {
      for (ImageCommand command : everyKindOfCommand(at)) {
        Finding reason = refusal(command, confirmed);
        assertThat(reason.rule()).as(command.toString()).isEqualTo("R17.image.confirmed-is-final");
        assertThat(reason.isBlocking()).isTrue();
        assertThat(reason.message(Locale.ENGLISH))
            .contains("never changes")
            .contains(ZHANG_NO.value());
      }
    }
  }

  @Test
  void r17_no_event_is_applied_to_a_confirmed_image() {
    ImageState confirmed = confirmed();
    ImageEvent upload = new ImageEvent.Uploaded(ZHANG_NO, CENTRE_STAFF, AFTER_LOCK, CENTRE, RESHOT);
    assertThatThrownBy(() -> ImageConfirmation.evolve(confirmed, upload))
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.CONFIRMED_IMAGE_IS_FINAL);
              assertThat(e.getMessage(Locale.ENGLISH)).contains(ZHANG_NO.value());
            });
  }

  @Test
  void r17_the_student_confirms_only_the_image_uploaded_last() {
    Finding reason =
        refusal(new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, RESHOT), uploaded());
    assertThat(reason.rule()).isEqualTo("R17.image.confirm-what-was-shown");
  }

  @Test
  void r17_from_the_lock_date_on_students_can_no_longer_confirm() {
    Instant lastMinute = cst(2024, 6, 30, 23, 59);
    Instant firstMinute = cst(2024, 7, 1, 0, 0);
    assertThat(
            IMAGES
                .decide(
                    new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, lastMinute, PHOTO), uploaded())
                .isAccepted())
        .isTrue();
    Finding reason =
        refusal(new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, firstMinute, PHOTO), uploaded());
    assertThat(reason.rule()).isEqualTo("R17.image.locked");
    assertThat(reason.message(Locale.ENGLISH)).contains("2024-07-01").contains("correction path");
  }

  @Test
  void r17_after_the_lock_date_only_the_office_correction_path_exists_and_is_recorded() {
    ImageState uploaded = uploaded();
    for (ImageCommand command : everyKindOfCommand(AFTER_LOCK)) {
      if (!(command instanceof ImageCommand.CorrectByOffice)) {
        assertThat(refusal(command, uploaded).rule()).isIn("R17.image.locked", "image.transition");
      }
    }
    ImageCommand correction =
        new ImageCommand.CorrectByOffice(
            ZHANG_NO, OFFICE, AFTER_LOCK, "学生未在截止日前确认", List.of(ID_COPY, REGISTER));
    Decision<ImageEvent> decision = IMAGES.decide(correction, uploaded);
    assertThat(decision.events())
        .singleElement()
        .isInstanceOfSatisfying(
            ImageEvent.CorrectedByOffice.class,
            e -> {
              assertThat(e.actor()).isEqualTo(OFFICE);
              assertThat(e.reason()).isEqualTo("学生未在截止日前确认");
              assertThat(e.evidence()).containsExactly(ID_COPY, REGISTER);
            });
    ImageState corrected = ImageConfirmation.evolve(uploaded, decision.events().get(0));
    assertThat(corrected.status()).isEqualTo(ImageStatus.OFFICE_CORRECTION);
    assertThat(corrected.evidence()).containsExactly(ID_COPY, REGISTER);
    assertThat(corrected.countsForDiploma()).isFalse();
  }

  @Test
  void r17_the_office_correction_path_is_closed_before_the_lock_date() {
    Finding reason =
        refusal(
            new ImageCommand.CorrectByOffice(
                ZHANG_NO, OFFICE, cst(2024, 6, 21, 9, 0), "更正", List.of(ID_COPY)),
            uploaded());
    assertThat(reason.rule()).isEqualTo("R17.image.correction-before-lock");
    assertThat(reason.message(Locale.ENGLISH)).contains("10 days left");
  }

  @Test
  void r17_an_office_correction_needs_a_reason_and_evidence() {
    assertThat(
            refusal(
                    new ImageCommand.CorrectByOffice(ZHANG_NO, OFFICE, AFTER_LOCK, "更正", List.of()),
                    uploaded())
                .rule())
        .isEqualTo("R17.image.correction-evidence");
    assertThat(
            refusal(
                    new ImageCommand.CorrectByOffice(
                        ZHANG_NO, OFFICE, AFTER_LOCK, " ", List.of(ID_COPY)),
                    uploaded())
                .rule())
        .isEqualTo("image.reason-required");
  }

  @Test
  void r18_dispute_registered_resolved_and_uploaded_again_then_confirmed() {
    ImageState s = apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "照片不是本人"));
    assertThat(s.status()).isEqualTo(ImageStatus.DISPUTED);
    assertThat(s.disputes()).isEqualTo(1);
    s = apply(s, new ImageCommand.RegisterDispute(ZHANG_NO, COUNSELLOR, MAY, "已登记"));
    assertThat(s.status()).isEqualTo(ImageStatus.DISPUTE_REGISTERED);
    s =
        apply(
            s,
            new ImageCommand.ResolveDispute(
                ZHANG_NO, OFFICE, MAY, "安排补拍", List.of(ID_COPY, REGISTER)));
    assertThat(s.status()).isEqualTo(ImageStatus.RESOLVED);
    assertThat(s.evidence()).containsExactly(ID_COPY, REGISTER);
    s = apply(s, new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE));
    s = apply(s, new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE, RESHOT));
    assertThat(s.status()).isEqualTo(ImageStatus.UPLOADED);
    s = apply(s, new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, RESHOT));
    assertThat(s.isConfirmed()).isTrue();
    assertThat(s.imageIfAny()).contains(RESHOT);
  }

  @Test
  void r18_a_resolved_dispute_may_be_uploaded_again_without_a_new_capture() {
    ImageState s = apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "信息有误"));
    s = apply(s, new ImageCommand.RegisterDispute(ZHANG_NO, COUNSELLOR, MAY, "已登记"));
    s = apply(s, new ImageCommand.ResolveDispute(ZHANG_NO, OFFICE, MAY, "已核实", List.of(ID_COPY)));
    s = apply(s, new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE, RESHOT));
    assertThat(s.status()).isEqualTo(ImageStatus.UPLOADED);
  }

  @Test
  void r18_the_office_resolves_only_with_an_id_copy() {
    ImageState s = apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "照片不是本人"));
    s = apply(s, new ImageCommand.RegisterDispute(ZHANG_NO, COUNSELLOR, MAY, "已登记"));
    Finding reason =
        refusal(
            new ImageCommand.ResolveDispute(ZHANG_NO, OFFICE, MAY, "安排补拍", List.of(REGISTER)), s);
    assertThat(reason.rule()).isEqualTo("R18.image.evidence-id-copy");
    assertThat(reason.message(Locale.CHINESE)).contains("身份证复印件");
  }

  @Test
  void r18_the_office_resolves_only_a_dispute_the_counsellor_registered() {
    ImageState disputed =
        apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "照片不是本人"));
    Finding reason =
        refusal(
            new ImageCommand.ResolveDispute(ZHANG_NO, OFFICE, MAY, "安排补拍", List.of(ID_COPY)),
            disputed);
    assertThat(reason.rule()).isEqualTo("image.transition");
    assertThat(reason.message(Locale.ENGLISH))
        .contains("is disputed")
        .contains("no registered dispute");
    assertThat(reason.message(Locale.CHINESE)).contains("已反馈有误");
  }

  @Test
  void a_dispute_needs_a_reason() {
    assertThat(refusal(new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, ""), uploaded()).rule())
        .isEqualTo("image.reason-required");
  }

  @Test
  void a_student_confirms_or_disputes_only_their_own_image() {
    assertThat(refusal(new ImageCommand.Confirm(ZHANG_NO, LI_SELF, MAY, PHOTO), uploaded()).rule())
        .isEqualTo("image.scope");
    assertThat(refusal(new ImageCommand.Dispute(ZHANG_NO, LI_SELF, MAY, "不对"), uploaded()).rule())
        .isEqualTo("image.scope");
  }

  @Test
  void a_counsellor_registers_disputes_of_their_own_classes_only() {
    ImageState disputed =
        apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "照片不是本人"));
    Finding reason =
        refusal(new ImageCommand.RegisterDispute(ZHANG_NO, OTHER_COUNSELLOR, MAY, "已登记"), disputed);
    assertThat(reason.rule()).isEqualTo("image.scope");
    assertThat(reason.message(Locale.ENGLISH)).contains("赵老师").contains(ZHANG_NO.value());
  }

  @Test
  void each_command_belongs_to_one_role() {
    assertThat(
            refusal(new ImageCommand.Confirm(ZHANG_NO, COUNSELLOR, MAY, PHOTO), uploaded()).rule())
        .isEqualTo("image.role");
    assertThat(
            refusal(new ImageCommand.Upload(ZHANG_NO, OFFICE, MAY, CENTRE, RESHOT), uploaded())
                .rule())
        .isEqualTo("image.role");
    assertThat(
            refusal(new ImageCommand.Dispute(ZHANG_NO, RESPONSIBLE, MAY, "不对"), uploaded()).rule())
        .isEqualTo("image.role");
    ImageState disputed =
        apply(uploaded(), new ImageCommand.Dispute(ZHANG_NO, ZHANG_SELF, MAY, "照片不是本人"));
    assertThat(
            refusal(new ImageCommand.RegisterDispute(ZHANG_NO, ZHANG_SELF, MAY, "x"), disputed)
                .rule())
        .isEqualTo("image.role");
    assertThat(
            refusal(
                    new ImageCommand.ResolveDispute(
                        ZHANG_NO, COUNSELLOR, MAY, "x", List.of(ID_COPY)),
                    disputed)
                .rule())
        .isEqualTo("image.role");
  }

  @Test
  void nothing_is_confirmed_before_it_is_uploaded() {
    Finding reason =
        refusal(
            new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, PHOTO),
            ImageState.notCaptured(ZHANG));
    assertThat(reason.rule()).isEqualTo("image.transition");
    assertThat(reason.message(Locale.ENGLISH)).contains("not captured");
    assertThat(reason.message(Locale.CHINESE)).contains("未采集");
  }

  @Test
  void an_upload_needs_a_capture_first_and_may_replace_an_unconfirmed_image() {
    assertThat(
            refusal(
                    new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE, PHOTO),
                    ImageState.notCaptured(ZHANG))
                .rule())
        .isEqualTo("image.transition");
    ImageState replaced =
        apply(uploaded(), new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE, RESHOT));
    assertThat(replaced.imageIfAny()).contains(RESHOT);
  }

  @Test
  void the_collective_capture_is_recorded_once() {
    ImageState captured =
        apply(
            ImageState.notCaptured(ZHANG),
            new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, CAPTURE_DAY, CENTRE));
    assertThat(
            refusal(new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE), captured)
                .rule())
        .isEqualTo("image.transition");
  }

  @Test
  void an_event_about_another_student_is_a_caller_mistake() {
    ImageEvent other = new ImageEvent.Captured(WANG.student(), CENTRE_STAFF, CAPTURE_DAY, CENTRE);
    assertThatThrownBy(() -> ImageConfirmation.evolve(ImageState.notCaptured(ZHANG), other))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void before_the_lock_date_unconfirmed_students_are_listed_per_class_with_days_left() {
    ImageState li = ImageState.notCaptured(LI);
    ImageState wang = ImageState.notCaptured(WANG);
    List<UnconfirmedClass> list =
        IMAGES.unconfirmed(
            List.of(wang, confirmed(), li, uploadedFor()), LocalDate.of(2024, 6, 21));
    assertThat(list).extracting(UnconfirmedClass::classGroup).containsExactly("21动画2班", "21软件1班");
    UnconfirmedClass software = list.get(1);
    assertThat(software.college()).isEqualTo("软件工程学院");
    assertThat(software.students())
        .extracting(UnconfirmedClass.Student::student)
        .containsExactly(LI.student(), CHEN.student());
    assertThat(software.students())
        .extracting(UnconfirmedClass.Student::status)
        .containsExactly(ImageStatus.NOT_CAPTURED, ImageStatus.UPLOADED);
    assertThat(software.daysLeft()).isEqualTo(10);
    assertThat(software.officeCorrectionOnly()).isFalse();
  }

  @Test
  void after_the_lock_date_the_list_says_only_the_office_can_correct() {
    List<UnconfirmedClass> list = IMAGES.unconfirmed(List.of(uploaded()), LocalDate.of(2024, 7, 1));
    assertThat(list)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.daysLeft()).isZero();
              assertThat(c.officeCorrectionOnly()).isTrue();
            });
    assertThat(IMAGES.unconfirmed(List.of(confirmed()), LocalDate.of(2024, 7, 1))).isEmpty();
  }

  private static ImageState uploadedFor() {
    ImageState s =
        apply(
            ImageState.notCaptured(CHEN),
            new ImageCommand.MarkCaptured(CHEN.student(), CENTRE_STAFF, CAPTURE_DAY, CENTRE));
    return apply(
        s, new ImageCommand.Upload(CHEN.student(), CENTRE_STAFF, CAPTURE_DAY, CENTRE, PHOTO));
  }
}
