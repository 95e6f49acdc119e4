package io.gradcap.core.capture;

import io.gradcap.spi.host.CaptureCodeStatus;
import io.gradcap.spi.host.CaptureCodes;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Capture-code statuses held in memory. */
final class InMemoryCaptureCodes implements CaptureCodes {

  private final Map<String, CaptureCodeStatus> statuses;

  InMemoryCaptureCodes(List<CaptureCodeStatus> statuses) {
    this.statuses =
        statuses.stream()
            .collect(Collectors.toMap(CaptureCodeStatus::studentNumber, Function.identity()));
  }

  @Override
  public CaptureCodeStatus status(String studentNumber) {
    return statuses.getOrDefault(studentNumber, CaptureCodeStatus.missing(studentNumber));
  }
}
