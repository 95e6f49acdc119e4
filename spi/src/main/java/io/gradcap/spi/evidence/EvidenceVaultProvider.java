package io.gradcap.spi.evidence;

import io.gradcap.spi.PortProvider;

/** Opens an {@link EvidenceVault} for a location. */
public interface EvidenceVaultProvider extends PortProvider<EvidenceVault> {

  @Override
  default Class<EvidenceVault> portType() {
    return EvidenceVault.class;
  }
}
