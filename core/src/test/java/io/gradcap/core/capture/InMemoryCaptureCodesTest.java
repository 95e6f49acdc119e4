package io.gradcap.core.capture;

import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import io.gradcap.spi.testkit.CaptureCodesContract;
import java.util.List;

class InMemoryCaptureCodesTest extends CaptureCodesContract {

  @Override
  protected CaptureCodes codesWith(List<CaptureCodeStatus> statuses) {
    return new InMemoryCaptureCodes(statuses);
  }
}
