package io.gradcap.adapters.jdbc;

import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import io.gradcap.spi.testkit.EvidenceVaultContract;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;

/** The evidence-vault contract on a real MariaDB server. */
class JdbcEvidenceVaultMariaDbIT extends EvidenceVaultContract {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static String url;
  private String prefix;

  @BeforeAll
  static void database() {
    url = TestServers.mariaDbDatabase();
  }

  @Override
  protected EvidenceVault newVault() {
    prefix = "v" + PREFIXES.incrementAndGet() + "_";
    return JdbcEvidenceVault.open(
        url,
        new Properties(),
        JdbcOptions.defaults().withTablePrefix(prefix).withMaxEvidenceBytes(1 << 20));
  }

  @Override
  protected void corrupt(Sha256 sha256) {
    Sql.update(
        url,
        "UPDATE " + prefix + "evidence SET content = ? WHERE sha256 = ?",
        new byte[] {9},
        sha256.hex());
  }
}
