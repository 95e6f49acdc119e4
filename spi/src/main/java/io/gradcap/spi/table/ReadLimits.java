package io.gradcap.spi.table;

/**
 * What a reader refuses to read, so that a hostile or broken file fails early with a clear error
 * instead of exhausting memory. Hand it to a provider as an attachment: {@code
 * Location.of("roster.xlsx", ReadLimits.class, limits)}.
 *
 * @param maxRows rows per sheet, counting the header
 * @param maxColumns columns per row
 * @param maxFileBytes the size of the file as stored
 * @param maxPartBytes the uncompressed size of one part inside an {@code .xlsx} archive
 * @param minInflateRatio the smallest compressed-to-uncompressed ratio of an archive entry; a
 *     smaller one is a zip bomb ({@code 0.01} means 1 KB may expand to 100 KB)
 * @param maxSharedStrings distinct strings in an {@code .xlsx} shared-string table
 * @param maxSharedStringChars characters in all shared strings together
 */
public record ReadLimits(
    int maxRows,
    int maxColumns,
    long maxFileBytes,
    long maxPartBytes,
    double minInflateRatio,
    int maxSharedStrings,
    long maxSharedStringChars) {

  /**
   * Generous for a college's rosters (a province's fits too): 1,048,576 rows, 256 columns, 200 MB
   * files, 2 GB parts, ratio 0.01, 2,000,000 shared strings of 100,000,000 characters.
   */
  public static final ReadLimits DEFAULT =
      new ReadLimits(1_048_576, 256, 200L << 20, 2L << 30, 0.01, 2_000_000, 100_000_000L);

  public ReadLimits {
    if (maxRows < 1
        || maxColumns < 1
        || maxFileBytes < 1
        || maxPartBytes < 1
        || maxSharedStrings < 0
        || maxSharedStringChars < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
    }
  }

  public ReadLimits withMaxRows(int rows) {
    return new ReadLimits(
        rows,
        maxColumns,
        maxFileBytes,
        maxPartBytes,
        minInflateRatio,
        maxSharedStrings,
        maxSharedStringChars);
  }

  public ReadLimits withMaxColumns(int columns) {
    return new ReadLimits(
        maxRows,
        columns,
        maxFileBytes,
        maxPartBytes,
        minInflateRatio,
        maxSharedStrings,
        maxSharedStringChars);
  }

  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(
        maxRows,
        maxColumns,
        bytes,
        maxPartBytes,
        minInflateRatio,
        maxSharedStrings,
        maxSharedStringChars);
  }

  public ReadLimits withMaxPartBytes(long bytes) {
    return new ReadLimits(
        maxRows,
        maxColumns,
        maxFileBytes,
        bytes,
        minInflateRatio,
        maxSharedStrings,
        maxSharedStringChars);
  }

  public ReadLimits withMinInflateRatio(double ratio) {
    return new ReadLimits(
        maxRows,
        maxColumns,
        maxFileBytes,
        maxPartBytes,
        ratio,
        maxSharedStrings,
        maxSharedStringChars);
  }

  public ReadLimits withMaxSharedStrings(int strings, long chars) {
    return new ReadLimits(
        maxRows, maxColumns, maxFileBytes, maxPartBytes, minInflateRatio, strings, chars);
  }
}
