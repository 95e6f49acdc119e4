package io.gradcap.examples.cli;

import io.gradcap.core.finding.Finding;
import io.gradcap.core.finding.Message;
import io.gradcap.core.record.Gender;
import io.gradcap.core.record.IdNumber;
import io.gradcap.core.verification.IdNumberCheck;
import io.gradcap.core.verification.IdNumberStatus;
import io.gradcap.core.verification.VerificationPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Checks one ID number (R6) and says what it is: the logic behind {@code gradcap idcheck}. */
public final class IdCheck {

  private static final String MESSAGES = "io.gradcap.core.verification.messages";

  private IdCheck() {}

  /** What kind of document the number belongs to. */
  public enum Kind {
    /** A resident identity card (居民身份证). */
    RESIDENT,
    /** A Hong Kong, Macau or Taiwan residents' residence permit (港澳台居民居住证). */
    HK_MACAU_TAIWAN_RESIDENCE_PERMIT,
    /** A foreign permanent resident ID card (外国人永久居留身份证). */
    FOREIGN_PERMANENT_RESIDENT;

    /** The JSON spelling: {@code hk-macau-taiwan-residence-permit}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One number's verdict.
   *
   * @param input the number as given
   * @param valid whether the policy accepts it
   * @param normalized the 18-character number (a 15-digit one upgraded), if it has that shape
   * @param kind the document kind, if the number has the 18-character shape
   * @param birthDate the birth date it encodes, if a real date
   * @param gender the gender it encodes, if readable
   * @param status the check's outcome
   * @param findings what is wrong or worth knowing, with the number masked
   */
  public record Result(
      String input,
      boolean valid,
      @Nullable String normalized,
      @Nullable Kind kind,
      @Nullable LocalDate birthDate,
      @Nullable Gender gender,
      IdNumberStatus status,
      List<Finding> findings) {}

  public static Result check(String input, VerificationPolicy policy, LocalDate today) {
    IdNumberStatus status = IdNumberCheck.check(input, policy, today);
    Optional<IdNumber> id = IdNumber.tryParse(input);
    String masked = id.map(IdNumber::masked).orElse("*".repeat(Math.min(input.length(), 32)));
    List<Finding> findings =
        status == IdNumberStatus.VALID
            ? List.of()
            : List.of(
                new Finding(
                    status.rule(),
                    status.severity(),
                    null,
                    "ID_NUMBER",
                    null,
                    Message.of(MESSAGES, status.rule(), masked)));
    String normalized = id.filter(n -> n.value().length() == 18).map(IdNumber::value).orElse(null);
    Kind kind = normalized == null || !id.get().hasStandardShape() ? null : kind(normalized);
    boolean realDate = status != IdNumberStatus.BIRTH_DATE && status != IdNumberStatus.FORMAT;
    LocalDate birth = realDate ? id.flatMap(IdNumber::birthDate).orElse(null) : null;
    Gender gender = id.flatMap(IdNumber::gender).orElse(null);
    return new Result(
        input, status.isAcceptable(), normalized, kind, birth, gender, status, findings);
  }

  /**
   * The kind by the number's address code: {@code 9…} foreign permanent resident, {@code 81/82/83
   * 0000…} permit.
   */
  static Kind kind(String normalized) {
    if (normalized.charAt(0) == '9') {
      return Kind.FOREIGN_PERMANENT_RESIDENT;
    }
    String province = normalized.substring(0, 2);
    if ((province.equals("81") || province.equals("82") || province.equals("83"))
        && normalized.startsWith("0000", 2)) {
      return Kind.HK_MACAU_TAIWAN_RESIDENCE_PERMIT;
    }
    return Kind.RESIDENT;
  }
}
