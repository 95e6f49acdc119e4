package io.gradcap.core.image;

import com.google.common.base.Preconditions;

/**
 * The capture photo specification (《高等教育学历证书电子注册图像采集规范及信息标准》, 教毕指〔2017〕99号) as far as a file's
 * header can show it.
 *
 * @param width pixels wide
 * @param height pixels high
 * @param dpi the density the metadata should state
 * @param minBytes the smallest usual file size, inclusive (below: warning)
 * @param maxBytes the largest usual file size, inclusive (above: warning)
 * @param minQuality the lowest acceptable JPEG quality (below: warning)
 */
public record PhotoSpec(
    int width, int height, int dpi, int minBytes, int maxBytes, int minQuality) {

  public PhotoSpec {
    Preconditions.checkArgument(
        width > 0 && height > 0 && dpi > 0, "dimensions and dpi must be positive");
    Preconditions.checkArgument(
        0 <= minBytes && minBytes <= maxBytes, "size range %s..%s", minBytes, maxBytes);
    Preconditions.checkArgument(0 <= minQuality && minQuality <= 100, "quality %s", minQuality);
  }

  /** 480×640 px, 300 dpi, 20–40 KB, quality 60 or better: the numbers of the specification. */
  public static PhotoSpec standard() {
    return new PhotoSpec(480, 640, 300, 20 * 1024, 40 * 1024, 60);
  }
}
