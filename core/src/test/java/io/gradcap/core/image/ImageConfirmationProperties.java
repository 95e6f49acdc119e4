package io.gradcap.core.image;

import static io.gradcap.core.image.ImageFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.gradcap.core.access.Actor;
import io.gradcap.core.decision.Decision;
import io.gradcap.spi.evidence.Sha256;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ImageConfirmationProperties {

  private static final List<Actor> ACTORS =
      List.of(ZHANG_SELF, LI_SELF, COUNSELLOR, OTHER_COUNSELLOR, RESPONSIBLE, OFFICE, CENTRE_STAFF);
  private static final List<Instant> TIMES =
      List.of(
          CAPTURE_DAY,
          MAY,
          cst(2024, 6, 30, 23, 59),
          cst(2024, 7, 1, 0, 0),
          AFTER_LOCK,
          cst(2030, 1, 1, 0, 0));
  private static final List<Sha256> IMAGES_SEEN = List.of(PHOTO, RESHOT);
  private static final List<String> CENTRES = List.of(CENTRE, OTHER_CENTRE);
  private static final List<List<EvidenceRef>> EVIDENCE =
      List.of(List.of(), List.of(ID_COPY), List.of(REGISTER), List.of(ID_COPY, REGISTER));

  /** Any command from any actor at any time, valid or not. */
  static Gen<ImageCommand> commands() {
    Gen<Actor> actors = Generate.pick(ACTORS);
    Gen<Instant> times = Generate.pick(TIMES);
    Gen<Integer> kinds = integers().between(0, 6);
    Gen<Integer> details = integers().between(0, 15);
    return actors.zip(
        times,
        kinds,
        details,
        (actor, at, kind, d) ->
            switch (kind) {
              case 0 -> new ImageCommand.MarkCaptured(ZHANG_NO, actor, at, CENTRES.get(d % 2));
              case 1 ->
                  new ImageCommand.Upload(
                      ZHANG_NO, actor, at, CENTRES.get(d % 2), IMAGES_SEEN.get(d / 2 % 2));
              case 2 -> new ImageCommand.Confirm(ZHANG_NO, actor, at, IMAGES_SEEN.get(d % 2));
              case 3 -> new ImageCommand.Dispute(ZHANG_NO, actor, at, d % 2 == 0 ? "" : "不是本人");
              case 4 -> new ImageCommand.RegisterDispute(ZHANG_NO, actor, at, "已登记");
              case 5 ->
                  new ImageCommand.ResolveDispute(
                      ZHANG_NO, actor, at, d % 2 == 0 ? "" : "补拍", EVIDENCE.get(d / 2 % 4));
              default ->
                  new ImageCommand.CorrectByOffice(
                      ZHANG_NO, actor, at, d % 2 == 0 ? "" : "更正", EVIDENCE.get(d / 2 % 4));
            });
  }

  private static ImageState run(ImageState state, List<ImageCommand> commands) {
    for (ImageCommand command : commands) {
      for (ImageEvent event : IMAGES.decide(command, state).events()) {
        state = ImageConfirmation.evolve(state, event);
      }
    }
    return state;
  }

  @Test
  void a_confirmed_image_never_changes_whatever_commands_follow() {
    AtomicInteger reachedConfirmation = new AtomicInteger();
    qt().forAll(
            lists().of(commands()).ofSizeBetween(0, 12),
            lists().of(commands()).ofSizeBetween(1, 40))
        .checkAssert(
            (before, after) -> {
              // any history, then the ordinary path to confirmation where the history still allows
              // it
              ImageState state = run(ImageState.notCaptured(ZHANG), before);
              state =
                  run(
                      state,
                      List.of(
                          new ImageCommand.MarkCaptured(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE),
                          new ImageCommand.Upload(ZHANG_NO, CENTRE_STAFF, MAY, CENTRE, PHOTO),
                          new ImageCommand.Confirm(ZHANG_NO, ZHANG_SELF, MAY, PHOTO)));
              if (!state.isConfirmed()) {
                return;
              }
              reachedConfirmation.incrementAndGet();
              ImageState confirmed = state;
              for (ImageCommand command : after) {
                Decision<ImageEvent> decision = IMAGES.decide(command, confirmed);
                assertThat(decision.isAccepted()).as(command.toString()).isFalse();
                assertThat(decision.events()).isEmpty();
              }
              assertThat(run(confirmed, after)).isEqualTo(confirmed);
            });
    assertThat(reachedConfirmation.get()).as("runs that reached confirmation").isGreaterThan(100);
  }

  @Test
  void random_command_sequences_confirm_only_the_designated_centres_image_the_student_saw() {
    qt().forAll(lists().of(commands()).ofSizeBetween(0, 60))
        .checkAssert(
            commands -> {
              ImageState state = ImageState.notCaptured(ZHANG);
              for (ImageCommand command : commands) {
                ImageState before = state;
                for (ImageEvent event : IMAGES.decide(command, state).events()) {
                  state = ImageConfirmation.evolve(state, event);
                }
                if (before.isConfirmed()) {
                  assertThat(state).isEqualTo(before);
                }
                if (state.isConfirmed() && !before.isConfirmed()) {
                  assertThat(command.actor()).isEqualTo(ZHANG_SELF);
                  assertThat(state.centre()).isEqualTo(CENTRE);
                  assertThat(state.image()).isEqualTo(before.image());
                  assertThat(TERMS.isLocked(command.at())).isFalse();
                }
              }
            });
  }

  @Test
  void content_hashes_and_evidence_references_round_trip() {
    Gen<Sha256> hashes =
        integers()
            .all()
            .map(
                i ->
                    Sha256.of(
                        Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    qt().forAll(hashes)
        .checkAssert(
            h ->
                assertThat(Sha256.parse(h.toString().toUpperCase(java.util.Locale.ROOT)))
                    .isEqualTo(h));
    qt().forAll(hashes, Generate.enumValues(DisputeEvidenceKind.class))
        .checkAssert(
            (h, kind) ->
                assertThat(EvidenceRef.parse(EvidenceRef.of(kind, h).toString()))
                    .isEqualTo(EvidenceRef.of(kind, h)));
  }
}
