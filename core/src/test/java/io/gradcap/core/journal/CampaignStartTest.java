package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.record.FieldClasses;
import io.gradcap.core.record.RecordField;
import io.gradcap.core.record.StudentRecord;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import io.gradcap.core.signoff.ReturnDeadline;
import io.gradcap.core.signoff.SignOffCommand;
import io.gradcap.core.signoff.SignOffSheet;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The campaign's start kept in the event store: stored once, read back exactly, a different one
 * refused.
 */
class CampaignStartTest {

  private static final String NAME = "campaign:2024";
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final SnapshotCountingStore store = new SnapshotCountingStore(memory);

  private CampaignJournal.Builder builder() {
    return CampaignScenario.journal(store)
        .name(NAME)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .pageSize(7);
  }

  private static String json(byte[] stored) {
    return StartCodec.readTree(stored).toString();
  }

  @Test
  void the_start_is_stored_once_at_position_0_however_often_the_campaign_is_opened_and_run() {
    CampaignJournal writer = builder().start(START).build();
    writer.open();
    run(writer);
    builder().start(START).build().open();
    run(builder().start(START).build()); // every command again, without opening first
    builder().build().open();

    assertThat(store.saved(NAME + "/start"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.format()).isEqualTo("gradcap-start/1");
              assertThat(s.position()).isZero();
            });
    assertThat(memory.latestSnapshot(NAME + "/start"))
        .contains(store.saved(NAME + "/start").get(0));
  }

  @Test
  void the_start_is_stored_before_the_first_event_even_without_open() {
    CampaignJournal writer = builder().start(START).build();
    writer.execute(new SignOffCommand.Sign(ZHANG.student(), student(ZHANG), at(0)));

    assertThat(store.saved(NAME + "/start")).hasSize(1);
    assertThat(memory.headPosition()).isEqualTo(1);
  }

  @Test
  void a_campaign_opened_from_the_store_alone_equals_the_one_opened_with_its_start() {
    CampaignJournal writer = builder().start(START).build();
    writer.open();
    CampaignState recorded = run(writer);

    CampaignJournal alone = builder().build();
    CampaignState reopened = alone.open();

    assertThat(CampaignParts.of(reopened))
        .isEqualTo(CampaignParts.of(recorded))
        .isEqualTo(CampaignParts.of(builder().start(START).build().open()));
    assertThat(CampaignParts.of(alone.start())).isEqualTo(CampaignParts.of(START));
    // The reopened journal goes on recording: the events fold over the same sheets.
    SignOffCommand sign = new SignOffCommand.Sign(WANG.student(), student(WANG), at(300));
    alone.execute(sign);
    CampaignState signed = alone.state();
    assertThat(signed.signOffs().get(SOFTWARE_1).outcome(WANG.student()).signedAt())
        .isEqualTo(at(300));
  }

  @Test
  void a_start_reads_back_exactly_with_locations_full_width_text_and_characters_outside_the_bmp() {
    CampaignState start = unusualStart();
    CampaignScenario.journal(store).name("unusual").start(start).build().open();

    CampaignState read = CampaignScenario.journal(store).name("unusual").build().start();

    assertThat(CampaignParts.of(read)).isEqualTo(CampaignParts.of(start));
    SignOffState sheet = read.signOffs().get(ClassRef.of("动画学院", "22动画3班"));
    assertThat(sheet.fieldClasses()).isEqualTo(FieldClasses.criticalOnly(RecordField.NAME));
    assertThat(sheet.sheet().cohort()).isNull();
    assertThat(sheet.sheet().deadline())
        .isEqualTo(ReturnDeadline.of(LocalDate.of(2024, 4, 16), 11));
    StudentRecord r = sheet.records().values().iterator().next();
    assertThat(r.location(RecordField.ID_NUMBER)).contains("名单.xlsx!Sheet1!F3");
    assertThat(r.text(RecordField.NAME)).isEqualTo("𠮷野　家");
  }

  @Test
  void the_store_holds_the_id_numbers_of_the_start_in_full() {
    builder().start(START).build().open();
    String stored = json(memory.latestSnapshot(NAME + "/start").orElseThrow().state());
    String id =
        START.signOffs().get(SOFTWARE_1).record(ZHANG.student()).text(RecordField.ID_NUMBER);
    assertThat(stored).contains(id, "张三", "21软件1班");
  }

  @Test
  void a_start_that_differs_from_the_stored_one_is_refused_and_nothing_is_recorded() {
    CampaignJournal writer = builder().start(START).build();
    writer.open();
    run(writer);
    long head = memory.headPosition();
    SignOffState software = START.signOffs().get(SOFTWARE_1);
    StudentRecord changed = software.record(LI.student()).with(RecordField.ID_NUMBER, OLD_ID);
    List<StudentRecord> records = new ArrayList<>(software.records().values());
    records.set(1, changed);
    List<SignOffState> sheets = new ArrayList<>(START.signOffs().values());
    sheets.set(0, SignOffState.open(software.sheet(), records, software.fieldClasses()));
    CampaignState other = CampaignState.start(sheets, START.recordCards().roster());

    CampaignJournal wrong = builder().start(other).build();
    assertThatThrownBy(wrong::open)
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.START_MISMATCH);
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains(NAME, "软件工程学院 21软件1班")
                  .doesNotContain(OLD_ID);
            });
    assertThatThrownBy(
            () -> wrong.execute(new SignOffCommand.Sign(WANG.student(), student(WANG), at(400))))
        .isInstanceOfSatisfying(
            GradcapException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.START_MISMATCH));
    assertThat(memory.headPosition()).isEqualTo(head);
    assertThat(store.saved(NAME + "/start")).hasSize(1);
  }

  @Test
  void a_start_with_another_roster_is_refused_by_name_of_the_part() {
    builder().start(START).build().open();
    List<RosterEntry> entries =
        new ArrayList<>(CampaignParts.entries(START.recordCards().roster()));
    entries.remove(0);
    CampaignState other = CampaignState.start(START.signOffs().values(), Roster.of(entries));

    assertThatThrownBy(() -> builder().start(other).build().open())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH))
                    .contains("roster (5 students stored, 4 given)"));
  }

  @Test
  void a_stored_start_reads_the_same_token_by_token_as_through_a_tree() {
    byte[] stored = StartCodec.encode(StartCodec.tree(START));

    CampaignState streamed = StartCodec.read(stored);
    CampaignState viaTree = StartCodec.decode(StartCodec.readTree(stored));

    assertThat(streamed.signOffs()).isEqualTo(viaTree.signOffs()).isEqualTo(START.signOffs());
    assertThat(streamed.images()).isEqualTo(viaTree.images());
    assertThat(CampaignParts.entries(streamed.recordCards().roster()))
        .isEqualTo(CampaignParts.entries(START.recordCards().roster()));
    assertThat(StartCodec.tree(streamed)).isEqualTo(StartCodec.tree(START));
  }

  @Test
  void a_stored_start_with_its_parts_in_another_order_still_reads() {
    tools.jackson.databind.node.ObjectNode tree = StartCodec.tree(START);
    tools.jackson.databind.node.ObjectNode reordered = tree.objectNode();
    reordered.set("sheets", reversed(tree.get("sheets")));
    reordered.set("roster", tree.get("roster"));
    reordered.set("fields", tree.get("fields"));

    CampaignState read = StartCodec.read(StartCodec.encode(reordered));

    assertThat(read.signOffs()).isEqualTo(START.signOffs());
    assertThat(StartCodec.tree(read)).isEqualTo(tree);
  }

  /** The sheets with each one's properties in reverse order. */
  private static tools.jackson.databind.JsonNode reversed(tools.jackson.databind.JsonNode sheets) {
    tools.jackson.databind.node.ArrayNode out =
        tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (tools.jackson.databind.JsonNode sheet : sheets) {
      List<String> names = new java.util.ArrayList<>(sheet.propertyNames());
      java.util.Collections.reverse(names);
      tools.jackson.databind.node.ObjectNode o = out.addObject();
      names.forEach(n -> o.set(n, sheet.get(n)));
    }
    return out;
  }

  @Test
  void opening_from_the_store_alone_needs_a_stored_start() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NO_STORED_START);
              assertThat(e.getMessage(Locale.ENGLISH)).contains(NAME);
            });
  }

  @Test
  void a_stored_start_of_an_unknown_format_or_damaged_is_a_clear_error_that_quotes_nothing() {
    memory.saveSnapshot(new Snapshot(NAME + "/start", "gradcap-start/9", 0, new byte[] {1}, T0));
    assertThatThrownBy(() -> builder().build())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_START));
    assertThatThrownBy(() -> builder().start(START).build().open())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_START));

    memory.saveSnapshot(
        new Snapshot(
            NAME + "/start",
            "gradcap-start/1",
            1,
            "{\"fields\":[\"NAME\"],\"roster\":[[\"460100200305120015\""
                .getBytes(StandardCharsets.UTF_8),
            T0));
    assertThatThrownBy(() -> builder().build())
        .isInstanceOfSatisfying(
            GradcapException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_START);
              assertThat(e.getMessage()).doesNotContain("460100200305120015");
            });
  }

  @Test
  void a_state_with_progress_is_not_a_start() {
    CampaignJournal writer = builder().start(START).build();
    writer.open();
    CampaignState progressed = run(writer);
    assertThatThrownBy(
            () ->
                CampaignScenario.journal(new InMemoryEventStore()).start(progressed).build().open())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_name_leaves_room_for_its_start() {
    assertThatThrownBy(() -> builder().name("x".repeat(95)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().name("2024/start"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder().name("x".repeat(94))).isNotNull();
  }

  /**
   * Two classes: one with source locations, a name outside the BMP with a full-width space, custom
   * critical fields.
   */
  private static CampaignState unusualStart() {
    ClassRef animation = ClassRef.of("动画学院", "22动画3班");
    String first17 = "46010020030512002";
    StudentRecord located =
        StudentRecord.builder()
            .set(RecordField.STUDENT_NUMBER, "2022030301", "名单.xlsx!Sheet1!A3")
            .set(RecordField.NAME, "𠮷野　家", "名单.xlsx!Sheet1!B3")
            .set(
                RecordField.ID_NUMBER,
                first17 + io.gradcap.core.record.IdNumber.checkCharacter(first17),
                "名单.xlsx!Sheet1!F3")
            .set(RecordField.ENTRY_DATE, "2021-09-01")
            .set(RecordField.PROGRAM_YEARS, "3")
            .set(RecordField.COLLEGE, animation.college())
            .set(RecordField.CLASS_GROUP, animation.classGroup())
            .build();
    StudentRecord unreadable =
        StudentRecord.builder()
            .set(RecordField.STUDENT_NUMBER, "2022030302")
            .set(RecordField.NAME, "  王 五 ")
            .set(RecordField.ID_NUMBER, "4601002003051200")
            .set(RecordField.ENTRY_DATE, "2020-09-01")
            .set(RecordField.COLLEGE, animation.college())
            .set(RecordField.CLASS_GROUP, animation.classGroup())
            .build();
    List<StudentRecord> records = List.of(located, unreadable);
    SignOffSheet sheet =
        SignOffSheet.forClass(
            animation.college(),
            animation.classGroup(),
            records,
            ReturnDeadline.of(LocalDate.of(2024, 4, 16), 11),
            List.of(RecordField.STUDENT_NUMBER, RecordField.NAME));
    SignOffState state =
        SignOffState.open(sheet, records, FieldClasses.criticalOnly(RecordField.NAME));
    List<SignOffState> sheets = new ArrayList<>(START.signOffs().values());
    sheets.add(state);
    List<RosterEntry> roster = new ArrayList<>(CampaignParts.entries(START.recordCards().roster()));
    roster.add(
        new RosterEntry(
            io.gradcap.core.record.StudentNumber.of("2022030399"), "𠮷", "动画学院", "22动画3班"));
    return CampaignState.start(sheets, Roster.of(roster));
  }
}
