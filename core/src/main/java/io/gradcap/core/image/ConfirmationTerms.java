package io.gradcap.core.image;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The campaign's terms for image confirmation.
 *
 * @param designatedCentre the id of the one capture centre whose images count (R16)
 * @param lockDate the first day on which nothing can be confirmed or disputed any more (about 1
 *     July, when degrees are published): the start, inclusive, of the locked period
 * @param zone the time zone in which instants fall on dates (Asia/Shanghai for a Chinese college)
 */
public record ConfirmationTerms(String designatedCentre, LocalDate lockDate, ZoneId zone) {

  /** China Standard Time, the zone of every campaign date. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public ConfirmationTerms {
    Preconditions.checkArgument(!designatedCentre.isBlank(), "designated centre is blank");
  }

  /** Terms in China Standard Time. */
  public static ConfirmationTerms of(String designatedCentre, LocalDate lockDate) {
    return new ConfirmationTerms(designatedCentre, lockDate, CHINA);
  }

  /** Whether the instant falls on or after the lock date. */
  public boolean isLocked(Instant at) {
    return isLocked(at.atZone(zone).toLocalDate());
  }

  /** Whether the day is the lock date or later. */
  public boolean isLocked(LocalDate day) {
    return !day.isBefore(lockDate);
  }

  /** Days from {@code today} to the lock date; 0 once locked. */
  public long daysLeft(LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(today, lockDate));
  }
}
