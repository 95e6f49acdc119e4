package io.gradcap.examples.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;

/** The checks cases add to what every case owes. */
final class Checks {

  private Checks() {}

  /** The output (either stream) says at least one of {@code words}, ignoring case. */
  static HostileCase.Check saysAny(String... words) {
    return (outcome, work, softly) ->
        softly
            .assertThat(List.of(words))
            .as("the message names at least one of %s\n%s", List.of(words), outcome.describe())
            .anyMatch(
                w ->
                    outcome.output().toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)));
  }

  /** The output says none of {@code words}. */
  static HostileCase.Check saysNone(String... words) {
    return (outcome, work, softly) -> {
      for (String w : words) {
        softly.assertThat(outcome.output()).as("the output does not say %s", w).doesNotContain(w);
      }
    };
  }

  /** The output carries no raw control or bidi character from the input: they are shown escaped. */
  static HostileCase.Check noRawControls() {
    return (outcome, work, softly) ->
        softly
            .assertThat(
                outcome
                    .output()
                    .codePoints()
                    .filter(
                        c ->
                            c != '\n'
                                && c != '\r'
                                && c != '\t'
                                && (Character.isISOControl(c)
                                    || Character.getType(c) == Character.FORMAT))
                    .mapToObj(Integer::toHexString)
                    .distinct()
                    .toList())
            .as("raw control or format characters in the output\n%s", outcome.describe())
            .isEmpty();
  }

  /** No file or directory at {@code path} (relative to the working directory) after the run. */
  static HostileCase.Check absent(String path) {
    return (outcome, work, softly) ->
        softly.assertThat(work.resolve(path)).as("%s must not exist", path).doesNotExist();
  }

  /** A file at {@code path} after the run. */
  static HostileCase.Check present(String path) {
    return (outcome, work, softly) ->
        softly
            .assertThat(work.resolve(path))
            .as("%s must exist\n%s", path, outcome.describe())
            .exists();
  }

  /** The output directory holds exactly {@code n} files, all directly inside it. */
  static HostileCase.Check filesIn(String dir, int n) {
    return (outcome, work, softly) -> {
      Path d = work.resolve(dir);
      long count = Files.isDirectory(d) ? Files.walk(d).filter(Files::isRegularFile).count() : 0;
      softly.assertThat(count).as("files in %s\n%s", dir, outcome.describe()).isEqualTo(n);
    };
  }

  /**
   * The H2 database {@code base} (relative, without {@code .mv.db}) holds no table named GRADCAP*.
   */
  static HostileCase.Check noGradcapTables(String base) {
    return (outcome, work, softly) -> {
      String url =
          "jdbc:h2:file:"
              + work.resolve(base).toAbsolutePath()
              + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
      try (Connection c = DriverManager.getConnection(url, "sa", "");
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) LIKE 'GRADCAP%'")) {
        StringBuilder names = new StringBuilder();
        while (rs.next()) {
          names.append(rs.getString(1)).append(' ');
        }
        softly
            .assertThat(names.toString())
            .as("gradcap tables created in the foreign database")
            .isEmpty();
      }
    };
  }
}
