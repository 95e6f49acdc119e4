package io.gradcap.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.capture.plan.ClassSlot;
import io.gradcap.core.finding.Finding;
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
            pool,
            HostSisExample.sampleStudents(),
            codes,
            timetable,
            HostSisExample.sessions(),
            CLOCK);

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
    try (Connection c = pool.getConnection();
        ResultSet rs =
            c.createStatement().executeQuery("select count(*) from gradcap.sis_gc_events")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(outcome.storedEvents()).isEqualTo(1);
    }
  }

  @Test
  void main_runs() {
    String printed = Console.printedBy(() -> HostSisExample.main(new String[0]));
    assertThat(printed)
        .contains("R6.id.check-character 2021020102")
        .contains("21软件1班")
        .doesNotContain("[INFO]");
    assertThat(printed.lines()).last().isEqualTo("events in the host's database: 1");
  }
}
