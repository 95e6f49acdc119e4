package io.gradcap.core.testing;

import io.gradcap.spi.evidence.EvidenceVault;
import io.gradcap.spi.evidence.Sha256;
import io.gradcap.spi.testkit.EvidenceVaultContract;

class InMemoryEvidenceVaultTest extends EvidenceVaultContract {

  private InMemoryEvidenceVault memory;

  @Override
  protected EvidenceVault newVault() {
    memory = new InMemoryEvidenceVault(1 << 20);
    return memory;
  }

  @Override
  protected void corrupt(Sha256 sha256) {
    memory.corrupt(sha256);
  }
}
