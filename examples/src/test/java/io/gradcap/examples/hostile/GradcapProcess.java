package io.gradcap.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code gradcap.jar} as a user would, in a fresh JVM limited to 256 MB of heap,
 * so memory limits, exit codes and what reaches the console are the real ones.
 */
final class GradcapProcess {

  /** The heap every run gets: the limit the findings were measured at. */
  static final String HEAP = "-Xmx256m";

  /** The class-data archive of the jar's classes, once made; empty when the JVM cannot make one. */
  private static List<String> sharing;

  private GradcapProcess() {}

  /**
   * JVM starts dominate the suite's time, so the first run dumps the classes a roster check loads
   * into a class-data archive beside the jar (named after the jar's size and time, so a rebuilt jar
   * gets a fresh one) and every run maps it: about half the start-up time.
   */
  private static synchronized List<String> sharing() {
    if (sharing != null) {
      return sharing;
    }
    sharing = List.of();
    try {
      Path jar = jar();
      Path archive =
          jar.resolveSibling(
              "hostile-cds-"
                  + Files.size(jar)
                  + "-"
                  + Files.getLastModifiedTime(jar).toMillis()
                  + ".jsa");
      if (!Files.isRegularFile(archive)) {
        Path scratch = Files.createTempDirectory("gradcap-cds");
        try {
          Rosters.workbook(scratch.resolve("名单.xlsx"), Rosters.rows(3));
          Rosters.csv(scratch.resolve("名单.csv"), Rosters.rows(3));
          Process dump =
              new ProcessBuilder(
                      java(),
                      HEAP,
                      "-XX:TieredStopAtLevel=1",
                      "-XX:+UseSerialGC",
                      "-XX:ArchiveClassesAtExit=" + archive,
                      "-jar",
                      jar.toString(),
                      "verify",
                      "名单.xlsx")
                  .directory(scratch.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start();
          if (!dump.waitFor(5, TimeUnit.MINUTES)) {
            dump.destroyForcibly().waitFor();
          }
        } finally {
          HostileRunner.delete(scratch);
        }
      }
      if (Files.isRegularFile(archive)) {
        sharing = List.of("-XX:SharedArchiveFile=" + archive);
      }
    } catch (IOException | RuntimeException e) {
      sharing = List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return sharing;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The jar Maven's {@code package} phase built: {@code gradcap.jar} system property (set by
   * Failsafe to the build directory's jar), else {@code gradcap.jar} beside {@code test-classes}.
   */
  static Path jar() {
    String configured = System.getProperty("gradcap.jar");
    Path jar;
    if (configured != null && !configured.isBlank()) {
      jar = Path.of(configured);
    } else {
      try {
        Path classes =
            Path.of(
                GradcapProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        jar = classes.getParent().resolve("gradcap.jar");
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist: run the suite with mvn verify, which packages the jar first");
    }
    return jar.toAbsolutePath();
  }

  /**
   * Runs {@code gradcap args...} in {@code work}, with temporary files and the home directory
   * redirected to {@code tmp} and {@code home} so anything written there is seen; kills it after
   * {@code timeout}.
   */
  static Outcome run(Path work, Path tmp, Path home, List<String> args, Duration timeout) {
    List<String> command =
        new ArrayList<>(List.of(java(), HEAP, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(sharing());
    command.addAll(
        List.of(
            "-Dfile.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8",
            "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
            "-Duser.home=" + home.toAbsolutePath(),
            "-jar",
            jar().toString()));
    command.addAll(args);
    Path streams;
    try {
      streams = Files.createTempDirectory("gradcap-streams");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path stdout = streams.resolve("stdout");
    Path stderr = streams.resolve("stderr");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().put("LANG", "C.UTF-8");
    builder.environment().put("LC_ALL", "C.UTF-8");
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      int exit;
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        exit = process.exitValue();
      } else {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        exit = -1;
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      Outcome outcome = new Outcome(exit, read(stdout), read(stderr), elapsed);
      Files.delete(stdout);
      Files.delete(stderr);
      Files.delete(streams);
      return outcome;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    // A runaway output is cut; a plan of 100,000 slots (one JSON line of about 15 MB) is not.
    int limit = 32 * 1024 * 1024;
    return new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.UTF_8);
  }
}
