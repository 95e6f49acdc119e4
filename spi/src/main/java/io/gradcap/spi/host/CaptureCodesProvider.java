package io.gradcap.spi.host;

import io.gradcap.spi.PortProvider;

/** Opens the host's {@link CaptureCodes}. */
public interface CaptureCodesProvider extends PortProvider<CaptureCodes> {

  @Override
  default Class<CaptureCodes> portType() {
    return CaptureCodes.class;
  }
}
