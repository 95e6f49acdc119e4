package io.gradcap.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks on a file a command is about to write, made before it writes anything, so that a command
 * with several outputs never leaves the first behind when a later one cannot be written, and never
 * writes over its own input.
 */
final class OutputPaths {

  private OutputPaths() {}

  /**
   * Refuses a target that is a directory or one of the command's inputs.
   *
   * @param option the option that named the target, as the user typed it ({@code --out})
   * @throws CommandFailure ({@code io}) naming the option and the path
   */
  static void checkFile(String option, Path target, Path... inputs) {
    if (Files.isDirectory(target)) {
      throw new CommandFailure(
          "io",
          option + " 应为文件路径，但 " + target + " 是目录：请给出文件名，例如 " + target.resolve("x"),
          option
              + " must be a file, but "
              + target
              + " is a directory: give a file name, e.g. "
              + target.resolve("x"));
    }
    for (Path input : inputs) {
      if (sameFile(target, input)) {
        throw new CommandFailure(
            "io",
            option + " 不能是输入文件本身（" + input + "）：请另选一个路径，原文件不会被改动",
            option
                + " cannot be the input file itself ("
                + input
                + "): choose another path; the input is left as it is");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Either cannot be read: compare the names below.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Refuses two outputs of one command that name the same file. */
  static void checkDistinct(String first, Path a, String second, Path b) {
    if (a != null && b != null && sameFile(a, b)) {
      throw new CommandFailure(
          "usage",
          first + " 和 " + second + " 指向同一个文件：" + a + "。请分别给出路径",
          first + " and " + second + " name the same file: " + a + ". Give each its own path");
    }
  }
}
