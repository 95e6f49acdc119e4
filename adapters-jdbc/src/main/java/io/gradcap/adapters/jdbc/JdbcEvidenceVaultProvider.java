package io.gradcap.adapters.jdbc;

import io.gradcap.spi.Location;
import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.EvidenceVaultProvider;
import javax.sql.DataSource;

/** Opens a {@link JdbcEvidenceVault} for the same locations as {@link JdbcEventStoreProvider}. */
public final class JdbcEvidenceVaultProvider implements EvidenceVaultProvider {

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public boolean supports(Location location) {
    return Locations.supports(location);
  }

  @Override
  public EvidenceVault open(Location location) {
    if (!supports(location)) {
      throw Locations.unsupported(location);
    }
    JdbcOptions options = Locations.options(location);
    return location
        .attachment(DataSource.class)
        .map(ds -> JdbcEvidenceVault.open(ds, options))
        .orElseGet(
            () -> JdbcEvidenceVault.open(location.uri(), Locations.properties(location), options));
  }
}
