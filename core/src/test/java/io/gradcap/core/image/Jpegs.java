package io.gradcap.core.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Real JPEG files, written in memory by the JDK's own encoder. */
final class Jpegs {

  private Jpegs() {}

  /**
   * A light-blue portrait with a face-coloured oval and a little sensor noise, as a capture looks.
   */
  static BufferedImage portrait(int width, int height, int type, long seed) {
    BufferedImage image = new BufferedImage(width, height, type);
    Random noise = new Random(seed);
    double cx = width / 2.0;
    double cy = height * 0.42;
    double rx = width * 0.25;
    double ry = height * 0.22;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        boolean face = dx * dx + dy * dy <= 1;
        boolean body = y > height * 0.7 && Math.abs(x - cx) < width * 0.4;
        int r = face ? 230 : body ? 40 : 100;
        int g = face ? 190 : body ? 40 : 197;
        int b = face ? 160 : body ? 60 : 255;
        int n = noise.nextInt(9) - 4;
        image.setRGB(x, y, (clamp(r + n) << 16) | (clamp(g + n) << 8) | clamp(b + n));
      }
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /**
   * Encodes the image.
   *
   * @param quality 0..1 as {@link ImageWriteParam#setCompressionQuality}
   * @param dpi the JFIF density in dots per inch; 0 leaves the encoder's default (aspect ratio
   *     only)
   */
  static byte[] encode(BufferedImage image, float quality, int dpi) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      if (dpi > 0) {
        String format = "javax_imageio_jpeg_image_1.0";
        Node tree = metadata.getAsTree(format);
        Element jfif = (Element) ((Element) tree).getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", Integer.toString(dpi));
        jfif.setAttribute("Ydensity", Integer.toString(dpi));
        metadata.setFromTree(format, tree);
      }
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, metadata), param);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** Inserts an EXIF APP1 segment (big-endian IFD0) right after SOI. */
  static byte[] withExif(byte[] jpeg, int orientation, int dpi, int resolutionUnit) {
    // TIFF header (8) + IFD0: count (2) + 4 entries (48) + next IFD (4) = 62; two rationals follow.
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    writeBytes(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8);
    writeBytes(tiff, 0, 4);
    entry(tiff, 0x0112, 3, 1, orientation << 16);
    entry(tiff, 0x011A, 5, 1, 62);
    entry(tiff, 0x011B, 5, 1, 70);
    entry(tiff, 0x0128, 3, 1, resolutionUnit << 16);
    writeInt(tiff, 0);
    writeInt(tiff, dpi);
    writeInt(tiff, 1);
    writeInt(tiff, dpi);
    writeInt(tiff, 1);
    byte[] body = tiff.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    int length = 2 + 6 + body.length;
    writeBytes(out, 0xFF, 0xE1, length >> 8, length & 0xFF, 'E', 'x', 'i', 'f', 0, 0);
    out.write(body, 0, body.length);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static void entry(ByteArrayOutputStream out, int tag, int type, int count, int value) {
    writeBytes(out, tag >> 8, tag & 0xFF, 0, type);
    writeInt(out, count);
    writeInt(out, value);
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    writeBytes(out, v >>> 24, (v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
  }

  private static void writeBytes(ByteArrayOutputStream out, int... values) {
    for (int v : values) {
      out.write(v);
    }
  }
}
