package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the command line writes itself is whole or absent, and an earlier version survives a
 * failed write.
 */
class AtomicFilesTest {

  @TempDir Path dir;

  private long files() throws IOException {
    try (Stream<Path> listed = Files.list(dir)) {
      return listed.count();
    }
  }

  @Test
  void a_failed_write_leaves_nothing_and_the_previous_file_unchanged() throws IOException {
    Path page = Files.writeString(dir.resolve("progress.html"), "previous");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    page,
                    out -> {
                      out.write("<html>half".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(Files.readString(page)).isEqualTo("previous");
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void a_written_file_replaces_the_previous_one_whole() throws IOException {
    Path svg = dir.resolve("sub/schedule.svg");
    AtomicFiles.writeString(svg, "<svg/>");
    AtomicFiles.writeString(svg, "<svg>2</svg>");
    assertThat(Files.readString(svg)).isEqualTo("<svg>2</svg>");
    try (Stream<Path> listed = Files.list(svg.getParent())) {
      assertThat(listed).containsExactly(svg);
    }
  }
}
