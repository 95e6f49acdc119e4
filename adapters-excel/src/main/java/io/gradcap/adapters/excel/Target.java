package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a written file goes: the host's {@link OutputStream} attachment (left open), or a path. A
 * path is written atomically: to a temporary file in the same directory, moved onto the path only
 * by {@link Output#commit()}; {@link Output#discard()} without a commit deletes the temporary file,
 * so a failed write leaves nothing behind and never a half-written file that looks whole. {@link
 * Output#close()} only flushes, so a library that closes the stream it was given cannot end the
 * file early.
 */
final class Target {

  private Target() {}

  /** A stream to write a file to, which becomes the file only when committed. */
  abstract static class Output extends FilterOutputStream {
    Output(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    /** Makes what was written the file. */
    abstract void commit() throws IOException;

    /** Gives up the file unless it was committed: nothing is left behind. Safe to call twice. */
    abstract void discard();

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  static Output open(Location location) {
    String name = TableFormat.fileName(location);
    var stream = location.attachment(OutputStream.class);
    if (stream.isPresent()) {
      return new Output(stream.get()) {
        @Override
        void commit() throws IOException {
          out.flush();
        }

        @Override
        void discard() {
          // The host's stream is the host's: what was written stays, and the host decides.
        }
      };
    }
    Path path;
    Path temporary;
    try {
      path = Path.of(location.uri()).toAbsolutePath();
      Path parent = path.getParent();
      Files.createDirectories(parent);
      temporary = Files.createTempFile(parent, "." + path.getFileName() + ".", ".part");
    } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
      throw new TableWriteException(name, "cannot create the file: " + e.getMessage(), e);
    }
    OutputStream file;
    try {
      file = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new TableWriteException(name, "cannot create the file: " + e.getMessage(), e);
    }
    return new Output(file) {
      private boolean committed;
      private boolean finished;

      @Override
      void commit() throws IOException {
        finish();
        try {
          Files.move(
              temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          deleteQuietly(temporary);
        }
        committed = true;
      }

      @Override
      void discard() {
        try {
          finish();
        } catch (IOException ignored) {
          // The file is given up; an error closing it changes nothing.
        } finally {
          if (!committed) {
            deleteQuietly(temporary);
          }
        }
      }

      private void finish() throws IOException {
        if (!finished) {
          finished = true;
          out.close();
        }
      }
    };
  }

  static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A temporary file that cannot be deleted is named .<file>.<n>.part and harms nothing.
    }
  }
}
