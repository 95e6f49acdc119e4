package io.gradcap.adapters.jdbc;

/**
 * Concurrency and bad input on embedded H2, scaled to 8 × 1,000 appends to keep the unit tests
 * quick; the full 8 × 10,000 runs on PostgreSQL.
 */
class ReliabilityH2Test extends ReliabilityChecks {

  @Override
  String url() {
    return "jdbc:h2:mem:reliability;DB_CLOSE_DELAY=-1";
  }

  @Override
  int appendsPerWriter() {
    return 1_000;
  }
}
