package io.gradcap.core.change;

import static io.gradcap.core.change.Fixtures.BIRTH;
import static io.gradcap.core.change.Fixtures.CHANGED_ON;
import static io.gradcap.core.change.Fixtures.ENTRY;
import static io.gradcap.core.change.Fixtures.LI;
import static io.gradcap.core.change.Fixtures.NEW_ID;
import static io.gradcap.core.change.Fixtures.ZHANG;
import static io.gradcap.core.change.Fixtures.draft;
import static io.gradcap.core.change.Fixtures.idNumber;
import static io.gradcap.core.change.Fixtures.name;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.RecordField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One test per policy rule: it fires when broken, stays quiet when kept, and its switch turns it
 * off.
 */
class ChangeRulesTest {

  private final ChangePolicy policy = ChangePolicy.defaults();
  private final LocalDate today = LocalDate.of(2024, 4, 3);

  @Test
  void only_critical_fields_change_through_a_request() {
    ChangeRequest major =
        draft(ZHANG, CHANGED_ON, FieldChange.of(RecordField.MAJOR, "软件技术", "软件工程"));
    List<Finding> findings = ChangeRules.fieldsAreCritical(policy, major);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R4.change.field-not-critical");
              assertThat(f.field()).isEqualTo("major");
              assertThat(f.message(Locale.ENGLISH)).startsWith("The major is not a critical field");
            });
    assertThat(
            ChangeRules.fieldsAreCritical(
                policy.withCriticalFields(Set.of(RecordField.MAJOR)), major))
        .isEmpty();
    assertThat(ChangeRules.fieldsAreCritical(policy, draft(ZHANG, CHANGED_ON, name("张三", "张叁"))))
        .isEmpty();
  }

  @Test
  void name_and_id_number_never_change_in_one_request() {
    ChangeRequest both = draft(ZHANG, CHANGED_ON, name("张三", "张叁"), idNumber());
    assertThat(ChangeRules.nameAndIdNumberApart(policy, both))
        .singleElement()
        .satisfies(f -> assertThat(f.message(Locale.CHINESE)).contains("姓名和身份证号不能在同一份申请中变更"));
    assertThat(ChangeRules.nameAndIdNumberApart(policy, draft(ZHANG, CHANGED_ON, idNumber())))
        .isEmpty();
    assertThat(ChangeRules.nameAndIdNumberApart(policy.withNameAndIdNumberApart(false), both))
        .isEmpty();
  }

  @Test
  void nothing_changes_on_or_after_the_cutoff() {
    ChangeRequest request = draft(ZHANG, CHANGED_ON, name("张三", "张叁"));
    ChangePolicy withCutoff = policy.withCutoff(LocalDate.of(2024, 2, 26));
    assertThat(ChangeRules.beforeCutoff(withCutoff, request, LocalDate.of(2024, 2, 25))).isEmpty();
    assertThat(ChangeRules.beforeCutoff(withCutoff, request, LocalDate.of(2024, 2, 26)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "No changes are accepted from 2024-02-26 on (the graduation semester)"));
    assertThat(ChangeRules.beforeCutoff(policy, request, LocalDate.of(2030, 1, 1)))
        .as("no cutoff set")
        .isEmpty();
  }

  @Test
  void a_locked_record_never_changes() {
    ChangeRequest request = draft(ZHANG, CHANGED_ON, name("张三", "张叁"));
    assertThat(ChangeRules.recordNotLocked(policy, request, true))
        .singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("R17.change.record-locked"));
    assertThat(ChangeRules.recordNotLocked(policy, request, false)).isEmpty();
    assertThat(ChangeRules.recordNotLocked(policy.withLockedRecordsFinal(false), request, true))
        .isEmpty();
  }

  @Test
  void only_changes_that_happened_while_enrolled_count() {
    ChangePolicy withCutoff = policy.withCutoff(LocalDate.of(2024, 2, 26));
    assertThat(
            ChangeRules.changedWhileEnrolled(
                withCutoff, draft(ZHANG, ENTRY, name("张三", "张叁")), today))
        .isEmpty();
    ChangeRequest before = draft(ZHANG, ENTRY.minusDays(1), name("张三", "张叁"));
    assertThat(ChangeRules.changedWhileEnrolled(withCutoff, before, today))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "The change happened on 2021-08-31, not while enrolled (2021-09-01 to 2024-02-26)"));
    ChangeRequest inGraduationSemester = draft(ZHANG, LocalDate.of(2024, 3, 1), name("张三", "张叁"));
    assertThat(ChangeRules.changedWhileEnrolled(withCutoff, inGraduationSemester, today))
        .hasSize(1);
    ChangeRequest inTheFuture = draft(ZHANG, today.plusDays(1), name("张三", "张叁"));
    assertThat(ChangeRules.changedWhileEnrolled(policy, inTheFuture, today)).hasSize(1);
    assertThat(
            ChangeRules.changedWhileEnrolled(
                policy.withOnlyChangesWhileEnrolled(false), before, today))
        .isEmpty();
  }

  @Test
  void ethnicity_changes_only_before_twenty() {
    FieldChange ethnicity = FieldChange.of(RecordField.ETHNICITY, "汉族", "黎族");
    ChangeRequest at19 = draft(ZHANG, BIRTH.plusYears(20).minusDays(1), ethnicity);
    ChangeRequest at20 = draft(ZHANG, BIRTH.plusYears(20), ethnicity);
    assertThat(ChangeRules.ethnicityUnderAgeLimit(policy, at19)).isEmpty();
    assertThat(ChangeRules.ethnicityUnderAgeLimit(policy, at20))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message(Locale.ENGLISH))
                    .isEqualTo(
                        "Ethnicity changes only before the age of 20: on 2023-05-12 the student was 20"));
    assertThat(
            ChangeRules.ethnicityUnderAgeLimit(
                policy, draft(ZHANG, BIRTH.plusYears(20), name("张三", "张叁"))))
        .as("other fields have no age limit")
        .isEmpty();
    assertThat(ChangeRules.ethnicityUnderAgeLimit(policy.withEthnicityAgeLimit(0), at20)).isEmpty();
  }

  @Test
  void a_new_id_number_must_not_belong_to_another_student() {
    ChangeRequest request = draft(ZHANG, CHANGED_ON, idNumber());
    IdNumberLookup lisNumber =
        IdNumberLookup.of(Map.of(NEW_ID.toLowerCase(Locale.ROOT), LI.student()));
    assertThat(ChangeRules.newIdNumberUnused(policy, request, lisNumber, ChangeBook.empty()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("R3.change.id-number-taken");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "The new ID number 460100********003X already belongs to student 2021010102")
                  .doesNotContain(NEW_ID);
            });
    IdNumberLookup ownNumber = IdNumberLookup.of(Map.of(NEW_ID, ZHANG.student()));
    assertThat(ChangeRules.newIdNumberUnused(policy, request, ownNumber, ChangeBook.empty()))
        .isEmpty();
    assertThat(
            ChangeRules.newIdNumberUnused(
                policy.withUniqueIdNumbers(false), request, lisNumber, ChangeBook.empty()))
        .isEmpty();
  }

  @Test
  void a_new_id_number_approved_for_another_student_is_taken_too() {
    ChangeBook book =
        ChangeBook.replay(
            List.of(
                new ChangeEvent.RequestOpened(
                    "r-9",
                    Fixtures.LI_STUDENT,
                    Fixtures.T0,
                    "",
                    Fixtures.facts(LI),
                    List.of(idNumber()),
                    CHANGED_ON,
                    "sign-off"),
                new ChangeEvent.StatusChanged(
                    "r-9",
                    Fixtures.RECEIVER,
                    Fixtures.T0,
                    "",
                    Transition.APPROVE,
                    ChangeStatus.DRAFT,
                    ChangeStatus.APPROVED)));
    assertThat(
            ChangeRules.newIdNumberUnused(
                policy, draft(ZHANG, CHANGED_ON, idNumber()), IdNumberLookup.none(), book))
        .hasSize(1);
  }

  @Test
  void check_runs_every_rule() {
    ChangeRequest bad = draft(ZHANG, ENTRY.minusYears(1), name("张三", "张叁"), idNumber());
    assertThat(ChangeRules.check(policy, bad, today, ChangeBook.empty(), IdNumberLookup.none()))
        .extracting(Finding::rule)
        .containsExactly("R3.change.name-with-id-number", "R3.change.not-while-enrolled");
  }
}
