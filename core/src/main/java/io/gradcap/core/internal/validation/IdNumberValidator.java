package io.gradcap.core.internal.validation;

import io.gradcap.core.validation.ValidIdNumber;
import io.gradcap.core.verification.IdNumberCheck;
import io.gradcap.core.verification.IdNumberStatus;
import io.gradcap.core.verification.VerificationPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ValidIdNumber} with the same check the verifier runs; the message names what is
 * wrong.
 */
public final class IdNumberValidator implements ConstraintValidator<ValidIdNumber, CharSequence> {

  private VerificationPolicy policy = VerificationPolicy.defaults();

  @Override
  public void initialize(ValidIdNumber constraint) {
    policy =
        VerificationPolicy.defaults()
            .withLegacy15Digit(constraint.acceptLegacy15Digit())
            .withBirthBefore1900(constraint.acceptBirthBefore1900())
            .withResidencePermits(constraint.acceptResidencePermits())
            .withForeignPermanentResidentIds(constraint.acceptForeignPermanentResidentIds());
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    IdNumberStatus status = IdNumberCheck.check(value, policy, today);
    if (status.isAcceptable()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            "{io.gradcap.core.validation.ValidIdNumber." + status.name() + "}")
        .addConstraintViolation();
    return false;
  }
}
