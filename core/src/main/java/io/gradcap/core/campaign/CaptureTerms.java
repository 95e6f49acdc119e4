package io.gradcap.core.campaign;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the notice fixes about capture besides the windows: place, centre, fee (R13), capture-code
 * lead time (R11), arrival lead (R14) and the dress code (R15, text only).
 *
 * @param room where the collective session takes place ({@code 教103})
 * @param centre the capture centre that runs it
 * @param fee the fee per photographed student, in yuan, two decimals
 * @param feeNote what the fee covers and how it is paid, as the notice says
 * @param codeLeadDays how many days before their slot students must have their capture code
 * @param arrivalLeadMinutes how many minutes before their time students queue
 * @param dressCode the dress code text for generated notices
 */
public record CaptureTerms(
    String room,
    String centre,
    BigDecimal fee,
    @Nullable String feeNote,
    int codeLeadDays,
    int arrivalLeadMinutes,
    @Nullable String dressCode) {

  public CaptureTerms {
    room = room.strip();
    centre = centre.strip();
    Preconditions.checkArgument(!room.isEmpty(), "room is blank");
    Preconditions.checkArgument(!centre.isEmpty(), "centre is blank");
    Preconditions.checkArgument(fee.signum() >= 0, "fee %s is negative", fee);
    Preconditions.checkArgument(
        fee.stripTrailingZeros().scale() <= 2, "fee %s has more than two decimals", fee);
    fee = fee.setScale(2, RoundingMode.UNNECESSARY);
    feeNote = Milestone.blankToNull(feeNote);
    Preconditions.checkArgument(
        codeLeadDays >= 0 && codeLeadDays <= 60, "capture-code lead %s days", codeLeadDays);
    Preconditions.checkArgument(
        arrivalLeadMinutes >= 0 && arrivalLeadMinutes <= 120,
        "arrival lead %s minutes",
        arrivalLeadMinutes);
    dressCode = Milestone.blankToNull(dressCode);
  }

  public Optional<String> feeNoteIfAny() {
    return Optional.ofNullable(feeNote);
  }

  public Optional<String> dressCodeIfAny() {
    return Optional.ofNullable(dressCode);
  }
}
