package io.gradcap.spi.host;

import io.gradcap.spi.PortProvider;

/** Opens the host's {@link TeachingTimetable}. */
public interface TeachingTimetableProvider extends PortProvider<TeachingTimetable> {

  @Override
  default Class<TeachingTimetable> portType() {
    return TeachingTimetable.class;
  }
}
