package cn.onemap.tiles.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes rendered images: 32-bit PNG with {@link PngEncoder}, 8-bit PNG and JPEG with the JDK's
 * ImageIO. Does not close the stream. I/O failures are rethrown unchecked (the caller's stream is
 * the only source of them).
 */
public final class ImageEncoder {
  /** JPEG quality: GeoServer's default, a good size/quality balance for maps. */
  public static final float JPEG_QUALITY = 0.85f;

  private ImageEncoder() {}

  /** Encodes; JPEG flattens transparency onto white. */
  public static void encode(BufferedImage image, ImageFormat format, OutputStream out) {
    encode(image, format, Color.WHITE, out);
  }

  /** Encodes; JPEG flattens transparency onto {@code jpegBackground}. */
  public static void encode(
      BufferedImage image, ImageFormat format, Color jpegBackground, OutputStream out) {
    try {
      switch (format) {
        case PNG -> PngEncoder.write(image, out);
        case PNG8 -> write(MedianCutQuantizer.quantize(image), "png", out);
        case JPEG -> writeJpeg(flatten(image, jpegBackground), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + format + " image: " + e.getMessage(), e);
    }
  }

  private static void write(BufferedImage image, String type, OutputStream out) throws IOException {
    if (!ImageIO.write(image, type, out)) {
      throw new IOException("no ImageIO writer for " + type);
    }
  }

  private static BufferedImage flatten(BufferedImage image, Color background) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    try {
      g.setColor(background);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return rgb;
  }

  private static void writeJpeg(BufferedImage rgb, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(rgb, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
