package io.gradcap.core.progress;

import io.gradcap.core.finding.Message;
import java.util.Locale;

/** Where a measure stands against its milestone, in the order a view lists them. */
public enum Status {
  /** The milestone has passed and the measure is not complete. */
  OVERDUE,
  /** Not complete; the milestone is ahead, today, or not set. */
  OPEN,
  /** A count for the record only. */
  INFORMATION,
  /** Complete. */
  DONE;

  public String label(Locale locale) {
    return Message.of(Measure.BUNDLE, "status." + name().toLowerCase(Locale.ROOT)).format(locale);
  }
}
