package io.gradcap.examples.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every regular file under a directory with its SHA-256, so a run can be checked for files it
 * created, changed or removed (a foreign database touched, an input rewritten, a stray file).
 *
 * @param root the directory
 * @param files relative path to SHA-256, in path order
 */
record TreeSnapshot(Path root, Map<String, String> files) {

  static TreeSnapshot of(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString(), sha256(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSnapshot(root, files);
  }

  /** The SHA-256 of a file's bytes, in hex. */
  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Paths created, changed or removed since {@code before}, each marked {@code +}, {@code ~} or
   * {@code -}.
   */
  List<String> changesSince(TreeSnapshot before) {
    List<String> changes = new ArrayList<>();
    files.forEach(
        (path, hash) -> {
          String old = before.files.get(path);
          if (old == null) {
            changes.add("+" + path);
          } else if (!old.equals(hash)) {
            changes.add("~" + path);
          }
        });
    before.files.keySet().stream()
        .filter(p -> !files.containsKey(p))
        .forEach(p -> changes.add("-" + p));
    return changes;
  }
}
