package io.gradcap.core.capture;

import com.google.common.base.Preconditions;
import java.time.Duration;

/**
 * The campaign's capture settings, until the campaign definition carries them.
 *
 * @param feeFenPerPhoto the fee per photographed student in fen (R13: 20 yuan = 2000); a re-shoot
 *     pays again
 * @param codeLeadDays how many days before its slot a class's students must hold a capture code
 *     (R11: 3)
 * @param makeUpBookingCloses how long before a make-up slot its booking closes
 * @param dressCodeZh the dress code the notice prints (R15), in Chinese
 * @param dressCodeEn the same in English
 */
public record CaptureSettings(
    long feeFenPerPhoto,
    int codeLeadDays,
    Duration makeUpBookingCloses,
    String dressCodeZh,
    String dressCodeEn) {

  /**
   * The seed notice's settings: 20 yuan, codes 3 days ahead, make-up booking closing a day before.
   */
  public static final CaptureSettings DEFAULT =
      new CaptureSettings(
          2000,
          3,
          Duration.ofDays(1),
          "建议穿白（浅）色衬衫，不穿蓝色、黄色、条纹或吊带衣，不化浓妆，不佩戴耳环、项链等饰品，发型整齐，不染发，不遮挡眼眉及双耳。",
          "Wear a white or light shirt; no blue, yellow, stripes or straps; no heavy make-up, earrings or necklaces;"
              + " tidy, undyed hair that leaves eyebrows and ears visible.");

  public CaptureSettings {
    Preconditions.checkArgument(feeFenPerPhoto >= 0, "the fee is not negative");
    Preconditions.checkArgument(codeLeadDays >= 0, "the code lead is not negative");
    Preconditions.checkArgument(
        !makeUpBookingCloses.isNegative(), "the booking close is not negative");
  }

  public CaptureSettings withFee(long fen) {
    return new CaptureSettings(fen, codeLeadDays, makeUpBookingCloses, dressCodeZh, dressCodeEn);
  }

  public CaptureSettings withCodeLeadDays(int days) {
    return new CaptureSettings(feeFenPerPhoto, days, makeUpBookingCloses, dressCodeZh, dressCodeEn);
  }

  public CaptureSettings withMakeUpBookingCloses(Duration before) {
    return new CaptureSettings(feeFenPerPhoto, codeLeadDays, before, dressCodeZh, dressCodeEn);
  }

  /** A fee in fen as yuan text: {@code 20} or {@code 20.50}. */
  static String yuan(long fen) {
    return fen % 100 == 0
        ? Long.toString(fen / 100)
        : String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
  }
}
