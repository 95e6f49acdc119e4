package io.gradcap.core.internal.image;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the header of a JPEG file says, read from its bytes without decoding the picture: the frame
 * (SOFn) for size, components and precision, JFIF and EXIF for density and orientation, the first
 * quantisation table for an estimate of the quality.
 *
 * @param frameType the SOF marker's low nibble: 0 baseline, 1 extended, 2 progressive, 3 lossless,
 *     …
 * @param width pixels per line
 * @param height lines
 * @param components colour components: 1 grey, 3 YCbCr or RGB, 4 CMYK
 * @param precision bits per sample
 * @param densityUnit 1 dots per inch, 2 dots per centimetre, 0 aspect ratio only, -1 none given
 * @param xDensity horizontal density in that unit, 0 if none
 * @param yDensity vertical density in that unit, 0 if none
 * @param orientation the EXIF orientation (1 upright), 0 if none given
 * @param quality the estimated IJG quality (1–100) of the luminance table, 0 if it cannot be told
 * @param complete whether the file ends with the end-of-image marker
 */
public record JpegHeader(
    int frameType,
    int width,
    int height,
    int components,
    int precision,
    int densityUnit,
    double xDensity,
    double yDensity,
    int orientation,
    int quality,
    boolean complete) {

  /** The horizontal density in dots per inch, if the file states one. */
  public Optional<Double> dpi() {
    return switch (densityUnit) {
      case 1 -> Optional.of(xDensity);
      case 2 -> Optional.of(xDensity * 2.54);
      default -> Optional.empty();
    };
  }

  /** Reads the header; empty when the bytes are not a JPEG with a frame header. */
  public static Optional<JpegHeader> read(byte[] bytes) {
    return Optional.ofNullable(new Reader(bytes).read());
  }

  /** A marker-by-marker reader (ITU-T T.81 B.1, JFIF 1.02, EXIF 2.3 IFD0). */
  private static final class Reader {
    /** The IJG standard luminance table (ITU-T T.81 K.1) in zig-zag order, as DQT stores it. */
    private static final int[] STD_LUMINANCE_ZIGZAG = {
      16, 11, 12, 14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40,
      26, 24, 22, 22, 24, 49, 35, 37, 29, 40, 58, 51, 61, 60, 57, 51,
      56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80, 109, 81, 87,
      95, 98, 103, 104, 103, 62, 77, 113, 121, 112, 100, 120, 92, 101, 103, 99
    };

    private final byte[] b;
    private int frameType = -1;
    private int width;
    private int height;
    private int components;
    private int precision;
    private int densityUnit = -1;
    private double xDensity;
    private double yDensity;
    private int orientation;
    private int quality;

    Reader(byte[] bytes) {
      this.b = bytes;
    }

    private int u8(int i) {
      return b[i] & 0xFF;
    }

    private int u16(int i) {
      return (u8(i) << 8) | u8(i + 1);
    }

    @Nullable JpegHeader read() {
      if (b.length < 4 || u8(0) != 0xFF || u8(1) != 0xD8) {
        return null;
      }
      int i = 2;
      while (i + 4 <= b.length) {
        if (u8(i) != 0xFF) {
          return null;
        }
        int marker = u8(i + 1);
        if (marker == 0xFF) {
          i++; // fill byte
          continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
          i += 2; // markers without a length
          continue;
        }
        if (marker == 0xD9 || marker == 0xDA) {
          break; // end of image, or start of scan: the header is over
        }
        int length = u16(i + 2);
        int start = i + 4;
        int end = i + 2 + length;
        if (length < 2 || end > b.length) {
          return null;
        }
        segment(marker, start, end);
        i = end;
      }
      if (frameType < 0) {
        return null;
      }
      boolean complete = b.length >= 2 && u8(b.length - 2) == 0xFF && u8(b.length - 1) == 0xD9;
      return new JpegHeader(
          frameType,
          width,
          height,
          components,
          precision,
          densityUnit,
          xDensity,
          yDensity,
          orientation,
          quality,
          complete);
    }

    private void segment(int marker, int start, int end) {
      boolean isFrame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (isFrame && frameType < 0 && end - start >= 6) {
        frameType = marker & 0x0F;
        precision = u8(start);
        height = u16(start + 1);
        width = u16(start + 3);
        components = u8(start + 5);
      } else if (marker == 0xE0 && end - start >= 12 && ascii(start, "JFIF\0")) {
        if (densityUnit
            <= 0) { // EXIF, which states dpi in real units, wins over a JFIF aspect ratio
          densityUnit = u8(start + 7);
          xDensity = u16(start + 8);
          yDensity = u16(start + 10);
        }
      } else if (marker == 0xE1 && end - start >= 14 && ascii(start, "Exif\0\0")) {
        exif(start + 6, end);
      } else if (marker == 0xDB && quality == 0) {
        quantisation(start, end);
      }
    }

    private boolean ascii(int at, String text) {
      for (int k = 0; k < text.length(); k++) {
        if (u8(at + k) != text.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** IFD0 of the EXIF TIFF structure: resolution, its unit and the orientation. */
    private void exif(int tiff, int end) {
      boolean little = u8(tiff) == 'I' && u8(tiff + 1) == 'I';
      boolean big = u8(tiff) == 'M' && u8(tiff + 1) == 'M';
      if (!little && !big) {
        return;
      }
      long ifd = tiffInt(tiff + 4, little);
      if (ifd < 8 || tiff + ifd + 2 > end) {
        return;
      }
      int entries = tiffShort(tiff + (int) ifd, little);
      int unit = 2; // TIFF's default: inches
      double x = 0;
      double y = 0;
      for (int k = 0; k < entries; k++) {
        int entry = tiff + (int) ifd + 2 + 12 * k;
        if (entry + 12 > end) {
          return;
        }
        int tag = tiffShort(entry, little);
        if (tag == 0x0112) {
          orientation = tiffShort(entry + 8, little);
        } else if (tag == 0x0128) {
          unit = tiffShort(entry + 8, little);
        } else if (tag == 0x011A || tag == 0x011B) {
          long offset = tiffInt(entry + 8, little);
          if (tiff + offset + 8 <= end) {
            long num = tiffInt(tiff + (int) offset, little);
            long den = tiffInt(tiff + (int) offset + 4, little);
            double value = den == 0 ? 0 : (double) num / den;
            if (tag == 0x011A) {
              x = value;
            } else {
              y = value;
            }
          }
        }
      }
      if (x > 0 && (unit == 2 || unit == 3)) {
        densityUnit = unit == 2 ? 1 : 2;
        xDensity = x;
        yDensity = y > 0 ? y : x;
      }
    }

    private int tiffShort(int i, boolean little) {
      return little ? u8(i) | (u8(i + 1) << 8) : u16(i);
    }

    private long tiffInt(int i, boolean little) {
      return little
          ? (u8(i) | (u8(i + 1) << 8) | (u8(i + 2) << 16) | ((long) u8(i + 3) << 24))
          : (((long) u8(i) << 24) | (u8(i + 1) << 16) | (u8(i + 2) << 8) | u8(i + 3));
    }

    /**
     * Estimates quality from table 0 by inverting the IJG scaling (scale = 5000/q below 50, 200 −
     * 2q from 50): the mean ratio of the table to the standard luminance table.
     */
    private void quantisation(int start, int end) {
      int i = start;
      while (i < end) {
        int pq = u8(i) >> 4;
        int tq = u8(i) & 0x0F;
        int size = pq == 0 ? 64 : 128;
        if (i + 1 + size > end) {
          return;
        }
        if (tq == 0) {
          double sum = 0;
          for (int k = 0; k < 64; k++) {
            int q = pq == 0 ? u8(i + 1 + k) : u16(i + 1 + 2 * k);
            sum += q * 100.0 / STD_LUMINANCE_ZIGZAG[k];
          }
          double scale = sum / 64;
          double q = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
          quality = (int) Math.max(1, Math.min(100, Math.round(q)));
          return;
        }
        i += 1 + size;
      }
    }
  }
}
