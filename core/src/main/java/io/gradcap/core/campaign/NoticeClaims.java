package io.gradcap.core.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a notice says about itself, for the self-check: its document number, the date it is signed,
 * the weekday claims it makes, and the numerals of its sections in order.
 *
 * @param number the document number, if the notice has one
 * @param signedOn the date printed under the signature, if any
 * @param weekdayClaims the days it names with their teaching week and weekday
 * @param sections the numerals of its top-level sections as printed ({@code 一, 二, 四})
 */
public record NoticeClaims(
    @Nullable DocumentNumber number,
    @Nullable LocalDate signedOn,
    List<WeekdayClaim> weekdayClaims,
    List<String> sections) {

  public NoticeClaims {
    weekdayClaims = List.copyOf(weekdayClaims);
    sections = sections.stream().map(String::strip).toList();
  }

  public Optional<DocumentNumber> numberIfAny() {
    return Optional.ofNullable(number);
  }

  public Optional<LocalDate> signedOnIfAny() {
    return Optional.ofNullable(signedOn);
  }
}
