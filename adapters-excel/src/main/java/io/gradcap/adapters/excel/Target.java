package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableWriteException;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Where a written file goes: the host's {@link OutputStream} attachment (left open), or a path. */
final class Target {

  private Target() {}

  static OutputStream open(Location location) {
    var stream = location.attachment(OutputStream.class);
    if (stream.isPresent()) {
      return new FilterOutputStream(stream.get()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      Path path = Path.of(location.uri());
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
    } catch (IOException | InvalidPathException e) {
      throw new TableWriteException(TableFormat.fileName(location), "cannot create the file: " + e.getMessage(), e);
    }
  }
}
