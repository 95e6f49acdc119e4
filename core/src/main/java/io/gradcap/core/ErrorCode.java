package io.gradcap.core;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.finding.Severity;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Stable codes for what is truly exceptional, printed as {@code GC-0001}. A code is never reused
 * for another meaning; its message comes from the {@code io.gradcap.core.errors} bundle.
 *
 * <p>Ranges: 00xx general, 01xx records, 02xx verification, 03xx change requests, 04xx
 * certificates, 05xx record cards, 06xx capture, 07xx images, 08xx campaign, 09xx cohorts and
 * calendar, 10xx access.
 */
public enum ErrorCode {
  // 00xx general
  /** A provider was asked for but none was registered or discovered. */
  NO_PROVIDER(1),
  /** Configuration (JSON or YAML) could not be read or is invalid. */
  INVALID_CONFIGURATION(2),
  /** A value could not be parsed. */
  UNPARSEABLE_VALUE(3),
  /** Providers of a port exist, but none of them supports the location asked for. */
  NO_PROVIDER_FOR_LOCATION(4),

  // 01xx records
  /** An ID number holds something other than digits and X. */
  UNPARSEABLE_ID_NUMBER(101),
  /** A gender is neither 男/女 nor a GB/T 2261.1 code. */
  UNPARSEABLE_GENDER(102),
  /** An ethnicity is none of GB/T 3304's names or codes. */
  UNKNOWN_ETHNICITY(103),
  /** A person's name is blank or holds control characters. */
  UNPARSEABLE_NAME(104),
  /** A reference table shipped with the library is missing or malformed. */
  BROKEN_REFERENCE_TABLE(105),

  // 02xx verification
  /** A sign-off outcome names a student who is not on the sheet. */
  NOT_ON_SHEET(201),
  /** The actor's role takes no part in sign-off (the capture centre). */
  NOT_A_SIGN_OFF_ROLE(202),

  // 03xx change requests
  /** An evidence catalogue file (JSON or YAML) is invalid; the message lists every problem. */
  INVALID_EVIDENCE_CATALOGUE(301),

  // 04xx certificates
  /** A certificate catalogue file (JSON or YAML) is invalid; the message lists every problem. */
  INVALID_CERTIFICATE_CATALOGUE(401),
  /**
   * A certificate catalogue is longer than {@link
   * io.gradcap.core.certificate.CertificateCatalogue#MAX_CHARS}.
   */
  CERTIFICATE_CATALOGUE_TOO_LARGE(402),

  // 05xx record cards
  /** A record-card event names a student who is not on the roster it is applied to. */
  CARD_OF_UNKNOWN_STUDENT(501),

  // 06xx capture (the ranges are those of io.gradcap.core.capture.plan.PlanLimits)
  /** A camera's rate lies outside the students a minute a capture problem allows. */
  CAPTURE_RATE_OUT_OF_RANGE(601),
  /** A class's headcount lies outside what a capture problem allows. */
  CAPTURE_HEADCOUNT_OUT_OF_RANGE(602),
  /** A station's cameras lie outside what a capture problem allows. */
  CAPTURE_CAMERAS_OUT_OF_RANGE(603),
  /** The number of stations lies outside what a capture problem allows. */
  CAPTURE_STATIONS_OUT_OF_RANGE(604),
  /** The arrival lead lies outside what a capture problem allows. */
  CAPTURE_LEAD_OUT_OF_RANGE(605),
  /** The capture sessions span more days than one campaign can. */
  CAPTURE_SESSIONS_TOO_SPREAD(606),
  /** A capture session is shorter than a session can usefully be. */
  CAPTURE_SESSION_TOO_SHORT(607),

  // 07xx images
  /** An event would change an image the student has confirmed, which is final (R17). */
  CONFIRMED_IMAGE_IS_FINAL(701),

  // 08xx campaign
  /** A campaign definition was read but breaks rules; the message lists every problem. */
  INVALID_CAMPAIGN(801),
  /** A campaign definition is not well-formed JSON or YAML. */
  UNREADABLE_CAMPAIGN(802),
  /**
   * A campaign definition is longer than {@link io.gradcap.core.campaign.CampaignCodec#MAX_CHARS}.
   */
  CAMPAIGN_TOO_LARGE(803),

  // 09xx cohorts and calendar
  /** A date lies outside the teaching weeks of a term. */
  DATE_OUTSIDE_TERM(901),

  // 10xx access
  /** The actor's scope does not cover what the command touches. */
  OUT_OF_SCOPE(1001),

  // 11xx journal
  /** A stored event's type is not one this version of core knows. */
  UNKNOWN_EVENT_TYPE(1101),
  /** A stored event's payload does not decode into its type. */
  UNREADABLE_EVENT(1102),
  /**
   * An event is about something the campaign's start does not hold (a student on no sheet or
   * roster).
   */
  EVENT_OUTSIDE_CAMPAIGN(1103),
  /** A journal was opened from the store alone, but the store holds no start for the campaign. */
  NO_STORED_START(1111),
  /** The start given to a journal differs from the one the store holds for the campaign. */
  START_MISMATCH(1112),
  /** The store's start for a campaign is of an unknown format or does not decode. */
  UNREADABLE_START(1113);

  private final int number;

  ErrorCode(int number) {
    this.number = number;
  }

  /** The code as printed: {@code GC-0001}. */
  public String code() {
    return String.format(Locale.ROOT, "GC-%04d", number);
  }

  /**
   * A decider's refusal with this code: a blocking finding whose rule is {@link #code()} and whose
   * message is this code's, so a refusal reads as the exception it replaces.
   *
   * @param subject whom the refusal concerns (a student number), if anyone
   */
  public Finding refusal(@Nullable String subject, Object... args) {
    return Finding.of(
        code(),
        Severity.BLOCKING,
        subject,
        null,
        new Message(Message.ERRORS, messageKey(), List.of(args)));
  }

  /** The message key of this code in the errors bundle. */
  String messageKey() {
    return code();
  }

  @Override
  public String toString() {
    return code();
  }
}
