package io.gradcap.core.capture.plan;

import io.gradcap.spi.host.Lesson;
import io.gradcap.spi.host.TeachingTimetable;
import io.gradcap.spi.testkit.TeachingTimetableContract;
import java.util.List;

class InMemoryTeachingTimetableTest extends TeachingTimetableContract {

  @Override
  protected TeachingTimetable timetableWith(List<Lesson> lessons) {
    return new InMemoryTeachingTimetable(lessons);
  }
}
