package io.gradcap.examples.cli;

import io.gradcap.core.finding.SafeText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A console stream that renders every line it prints through {@link SafeText}: ID numbers masked
 * and control characters escaped, whichever command, file or column the text came from. The command
 * line's guard puts one in front of standard output and standard error for every subcommand.
 */
final class SafeWriter extends PrintWriter {

  private final PrintWriter raw;

  private SafeWriter(PrintWriter raw) {
    super(new Lines(raw), false);
    this.raw = raw;
  }

  /** The stream itself if it already renders safely, otherwise a safe stream in front of it. */
  static PrintWriter wrap(PrintWriter target) {
    return target instanceof SafeWriter ? target : new SafeWriter(target);
  }

  /**
   * The stream behind a safe one, for gradcap's own text that needs a carriage return (the progress
   * bar).
   */
  static PrintWriter raw(PrintWriter writer) {
    return writer instanceof SafeWriter safe ? safe.raw : writer;
  }

  /** Collects a line, then writes it rendered safely; a flush writes what is there so far. */
  private static final class Lines extends Writer {
    private final PrintWriter target;
    private final StringBuilder line = new StringBuilder();

    Lines(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = chars[i];
        if (c == '\n') {
          boolean crlf = !line.isEmpty() && line.charAt(line.length() - 1) == '\r';
          if (crlf) {
            line.setLength(line.length() - 1);
          }
          target.write(SafeText.of(line));
          target.write(crlf ? "\r\n" : "\n");
          line.setLength(0);
        } else {
          line.append(c);
        }
      }
    }

    @Override
    public void flush() {
      if (!line.isEmpty()) {
        target.write(SafeText.of(line));
        line.setLength(0);
      }
      target.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}
