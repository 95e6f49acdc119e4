package io.gradcap.adapters.jdbc;

import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import io.gradcap.spi.testkit.EvidenceVaultContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/** The evidence-vault contract on embedded H2. */
class JdbcEvidenceVaultH2Test extends EvidenceVaultContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private String url;

  @Override
  protected EvidenceVault newVault() {
    url = "jdbc:h2:mem:evidence" + DATABASES.incrementAndGet();
    return JdbcEvidenceVault.open(
        url, new Properties(), JdbcOptions.defaults().withMaxEvidenceBytes(1 << 20));
  }

  @Override
  protected void corrupt(Sha256 sha256) {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement s =
            c.prepareStatement("UPDATE gradcap_evidence SET content = ? WHERE sha256 = ?")) {
      s.setBytes(1, new byte[] {1, 2, 3});
      s.setString(2, sha256.hex());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
