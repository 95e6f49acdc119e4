package io.gradcap.adapters.excel;

import io.gradcap.spi.Location;
import io.gradcap.spi.table.ReadLimits;
import io.gradcap.spi.table.TableFormat;
import io.gradcap.spi.table.TableLimitExceededException;
import io.gradcap.spi.table.UnreadableTableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file to read: the location's path, or the bytes of an {@link InputStream} attachment spooled to
 * a temporary file (deleted on close), never larger than {@link ReadLimits#maxFileBytes()}.
 */
final class Source implements AutoCloseable {

  final String name;
  final Path path;
  final ReadLimits limits;
  private final boolean temporary;

  private Source(String name, Path path, ReadLimits limits, boolean temporary) {
    this.name = name;
    this.path = path;
    this.limits = limits;
    this.temporary = temporary;
  }

  static Source open(Location location) {
    String name = TableFormat.fileName(location);
    ReadLimits limits = location.attachment(ReadLimits.class).orElse(ReadLimits.DEFAULT);
    var stream = location.attachment(InputStream.class);
    if (stream.isPresent()) {
      Path spool = null;
      try {
        spool = Files.createTempFile("gradcap-", ".upload");
        try (InputStream in = stream.get();
            OutputStream out = Files.newOutputStream(spool)) {
          byte[] buffer = new byte[64 * 1024];
          long total = 0;
          for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxFileBytes()) {
              throw new TableLimitExceededException(name, "maxFileBytes", limits.maxFileBytes());
            }
            out.write(buffer, 0, n);
          }
        }
        return new Source(name, spool, limits, true);
      } catch (IOException e) {
        deleteQuietly(spool);
        throw new UnreadableTableException(
            name, "cannot read the uploaded bytes: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        deleteQuietly(spool);
        throw e;
      }
    }
    Path path;
    try {
      path = Path.of(location.uri());
    } catch (InvalidPathException e) {
      throw new UnreadableTableException(name, "not a file path: " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableTableException(name, "no such file");
    }
    try {
      if (Files.size(path) > limits.maxFileBytes()) {
        throw new TableLimitExceededException(name, "maxFileBytes", limits.maxFileBytes());
      }
    } catch (IOException e) {
      throw new UnreadableTableException(name, "cannot read the file: " + e.getMessage(), e);
    }
    return new Source(name, path, limits, false);
  }

  @Override
  public void close() {
    if (temporary) {
      deleteQuietly(path);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
