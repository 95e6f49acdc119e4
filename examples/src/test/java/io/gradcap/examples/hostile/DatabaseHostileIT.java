package io.gradcap.examples.hostile;

import static io.gradcap.examples.hostile.Checks.absent;
import static io.gradcap.examples.hostile.Checks.noGradcapTables;
import static io.gradcap.examples.hostile.Checks.saysAny;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code progress --db} pointed at databases that are not gradcap's, at files that do not exist,
 * and at URLs that run code: refused with the reason, and every database file byte for byte as it
 * was (the runner compares the SHA-256 of every file before and after).
 */
@Execution(ExecutionMode.CONCURRENT)
class DatabaseHostileIT {

  private static final Family F = Family.DATABASES_AND_URLS;

  static Stream<HostileCase> cases() {
    return Stream.of(
        HostileCase.of(
                F,
                Origin.why(2),
                "progress on a foreign H2 file (jdbc:h2:file:): unchanged, no GRADCAP tables")
            .input(DatabaseHostileIT::foreign)
            .command("progress", "--db", "jdbc:h2:file:./host/sis")
            .check(noGradcapTables("host/sis")),
        HostileCase.of(
                F,
                Origin.why(10),
                "progress --format json on a foreign H2 file: a JSON error object")
            .input(DatabaseHostileIT::foreign)
            .command("progress", "--db", "jdbc:h2:file:./host/sis", "--format", "json")
            .check(noGradcapTables("host/sis")),
        HostileCase.of(
                F,
                Origin.why(2),
                "progress on a foreign H2 file (jdbc:h2:./ without file:): unchanged")
            .input(DatabaseHostileIT::foreign)
            .command("progress", "--db", "jdbc:h2:./host/sis")
            .check(noGradcapTables("host/sis")),
        HostileCase.of(F, Origin.why(2), "progress on jdbc:h2:./typo: no database file created")
            .command("progress", "--db", "jdbc:h2:./typo")
            .check(absent("typo.mv.db")),
        HostileCase.of(
                F, Origin.why(10), "progress on jdbc:h2:file:./typo: no database file created")
            .command("progress", "--db", "jdbc:h2:file:./typo", "--format", "json")
            .check(absent("typo.mv.db")),
        HostileCase.of(
                F,
                Origin.found(),
                "progress on jdbc:h2:~/typo: nothing created in the home directory")
            .command("progress", "--db", "jdbc:h2:~/typo"),
        HostileCase.of(
                F,
                Origin.why(3),
                "INIT=RUNSCRIPT in the URL: refused, the script's file write never runs")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("a.sql"),
                        "CALL FILE_WRITE('x', '" + w.resolve("pwned.txt") + "');\n"))
            .command(
                "progress", "--db", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'a.sql'", "--lang", "en")
            .check(absent("pwned.txt"))
            .check(saysAny("INIT")),
        HostileCase.of(F, Origin.why(3), "INIT=RUNSCRIPT with CREATE ALIAS running Java: refused")
            .input(
                w ->
                    Files.writeString(
                        w.resolve("a.sql"),
                        "CREATE ALIAS W AS 'String w(String p) throws Exception { java.nio.file.Files.writeString("
                            + "java.nio.file.Path.of(p), \"x\"); return p; }';\nCALL W('"
                            + w.resolve("alias.txt")
                            + "');\n"))
            .command("progress", "--db", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'a.sql'")
            .check(absent("alias.txt")),
        HostileCase.of(
                F, Origin.why(3), "INIT=CALL FILE_WRITE in the URL: refused, nothing written")
            .command(
                "progress",
                "--db",
                "jdbc:h2:mem:x;INIT=CALL FILE_WRITE('x', 'pwned.txt')",
                "--format",
                "json")
            .check(absent("pwned.txt")),
        HostileCase.of(
                F,
                Origin.why(3),
                "lower-case init=call file_write on a file URL: refused, nothing written")
            .command("progress", "--db", "jdbc:h2:file:./db;init=call file_write('x','pwned.txt')")
            .check(absent("pwned.txt"))
            .check(absent("db.mv.db")),
        HostileCase.of(F, Origin.found(), "progress on a text file named .mv.db: unchanged")
            .input(w -> Files.writeString(w.resolve("notes.mv.db"), "这不是数据库\n"))
            .command("progress", "--db", "jdbc:h2:file:./notes"),
        HostileCase.of(F, Origin.why(10), "progress on an unreachable PostgreSQL server")
            .command(
                "progress", "--db", "jdbc:postgresql://127.0.0.1:1/campaign", "--format", "json"),
        HostileCase.of(F, Origin.found(), "progress on a URL no driver knows")
            .command("progress", "--db", "jdbc:nosuchdb://x/y", "--format", "json"),
        HostileCase.of(F, Origin.guard(), "progress on something that is not a URL")
            .command("progress", "--db", "campaign.mv.db"),
        HostileCase.of(F, Origin.found(), "progress on the demo's own database: read, not written")
            .input(DatabaseHostileIT::demo)
            .command("progress", "--db", "jdbc:h2:file:./gradcap-demo/campaign", "--format", "json")
            .exit(0, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answers_cleanly(HostileCase c) throws Exception {
    HostileRunner.run(c);
  }

  /**
   * A host's own H2 database in {@code host/sis.mv.db}: one table of its own, no gradcap tables.
   */
  private static void foreign(Path work) throws Exception {
    Path dir = Files.createDirectory(work.resolve("host"));
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("sis").toAbsolutePath(), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE STUDENTS(ID INT PRIMARY KEY, NAME VARCHAR(40))");
      s.execute("INSERT INTO STUDENTS VALUES (1, '张三'), (2, '李四')");
    }
  }

  /** The demo's campaign database, made by running the demo itself. */
  private static void demo(Path work) throws Exception {
    Path scratch = Files.createTempDirectory("gradcap-demo-");
    try {
      Outcome demo =
          GradcapProcess.run(
              work,
              scratch,
              scratch,
              List.of("demo", "--out", "gradcap-demo"),
              Duration.ofSeconds(300));
      if (demo.exit() != 0) {
        throw new IllegalStateException("the demo failed: " + demo.describe());
      }
    } finally {
      HostileRunner.delete(scratch);
    }
  }
}
