package io.gradcap.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.finding.Finding;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.record.RecordField;
import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class HostSisExampleTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-04-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void the_host_supplies_students_codes_timetable_and_database_and_gets_findings_and_a_plan()
      throws SQLException {
    JdbcDataSource pool = new JdbcDataSource();
    pool.setURL("jdbc:h2:mem:sis-test;DB_CLOSE_DELAY=-1");
    CaptureCodes codes =
        n ->
            n.equals("2021010103")
                ? CaptureCodeStatus.missing(n)
                : CaptureCodeStatus.held(n, Instant.parse("2023-04-10T02:00:00Z"));
    // 21软件1班 has lessons all of the first morning: the plan must keep it out of that session.
    TeachingTimetable timetable =
        (classGroup, from, to) ->
            classGroup.equals("21软件1班")
                ? List.of(
                    new Lesson(
                        classGroup,
                        LocalDate.of(2023, 4, 24),
                        LocalTime.of(8, 0),
                        LocalTime.of(12, 0),
                        "Java",
                        "王老师"))
                : List.of();

    HostSisExample.Outcome outcome =
        HostSisExample.run(
            pool, HostSisSample.students(), codes, timetable, HostSisSample.sessions(), CLOCK);

    assertThat(outcome.report().blocking())
        .extracting(Finding::rule, Finding::subject, Finding::location)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "R6.id.check-character", "2021020102", "sis:student/2021020102#id_number"));
    assertThat(outcome.plan().isComplete()).isTrue();
    ClassSlot first = outcome.plan().slotOf("21软件1班").orElseThrow();
    assertThat(
            first.date().equals(LocalDate.of(2023, 4, 24))
                && first.startInclusive().isBefore(LocalTime.of(12, 0)))
        .isFalse();
    assertThat(outcome.missingCodes())
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("21软件1班"));
    // The journal folded the sign-off from the host's database: 12 signatures, and the ID number
    // that failed verification routed to a change request with the number the check character fits.
    var rows =
        outcome.campaign().signOffs().values().stream()
            .flatMap(sheet -> sheet.outcomes().values().stream())
            .toList();
    assertThat(rows).hasSize(12).allSatisfy(row -> assertThat(row.signedAt()).isNotNull());
    assertThat(rows.stream().flatMap(row -> row.changeRequests().stream()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.student().value()).isEqualTo("2021020102");
              assertThat(r.field()).isEqualTo(RecordField.ID_NUMBER);
              assertThat(IdNumber.checkCharacter(r.proposedValue().substring(0, 17)))
                  .isEqualTo(r.proposedValue().charAt(17));
            });
    try (Connection c = pool.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select stream_id, count(*) from gradcap.sis_gc_events group by stream_id")) {
      int streams = 0;
      long events = 0;
      while (rs.next()) {
        assertThat(rs.getString(1)).startsWith("student/20210");
        streams++;
        events += rs.getLong(2);
      }
      assertThat(streams).isEqualTo(12);
      assertThat(events).isEqualTo(outcome.storedEvents()).isEqualTo(13);
    }
  }

  @Test
  void running_it_again_on_the_same_database_stores_nothing_twice() {
    JdbcDataSource pool = new JdbcDataSource();
    pool.setURL("jdbc:h2:mem:sis-twice;DB_CLOSE_DELAY=-1");
    HostSisExample.Outcome first = runOn(pool);
    HostSisExample.Outcome second = runOn(pool);
    assertThat(second.storedEvents()).isEqualTo(first.storedEvents()).isEqualTo(13);
    assertThat(second.campaign().signOffs()).isEqualTo(first.campaign().signOffs());
  }

  private static HostSisExample.Outcome runOn(JdbcDataSource pool) {
    return HostSisExample.run(
        pool,
        HostSisSample.students(),
        HostSisSample.codes(),
        HostSisSample.timetable(),
        HostSisSample.sessions(),
        CLOCK);
  }

  @Test
  void main_runs() {
    String printed = Console.printedBy(() -> HostSisExample.main(new String[0]));
    assertThat(printed)
        .contains("R6.id.check-character 2021020102")
        .contains("21软件1班")
        .doesNotContain("[INFO]");
    List<String> lines = printed.lines().toList();
    assertThat(lines.get(0))
        .startsWith("[BLOCKING] R6.id.check-character 2021020102")
        .contains("sis:student/2021020102#id_number");
    // Both classes planned, each of its 6 students in one slot, 21软件1班 after its lesson.
    assertThat(lines)
        .filteredOn(l -> l.matches("2023-04-2[45] \\d\\d:\\d\\d.* 21软件[12]班 6"))
        .hasSize(2)
        .noneMatch(l -> l.startsWith("2023-04-24 08:") && l.contains("21软件1班"));
    assertThat(lines)
        .filteredOn(l -> l.contains("R11.capture-code.missing"))
        .hasSize(2)
        .allMatch(l -> l.contains("21软件1班") || l.contains("21软件2班"));
    assertThat(lines).contains("R3 2021020102 idNumber");
    assertThat(lines).last().isEqualTo("events in the host's database: 13");
  }
}
