package cn.onemap.ogc.wms;

import cn.onemap.tiles.image.ImageFormat;
import java.awt.Color;

/**
 * The image part of a GetMap: size, format and background. Read before anything else so that an
 * error in the other parameters can still be answered with an INIMAGE or BLANK image.
 *
 * @param width pixels, 1..MaxWidth
 * @param height pixels, 1..MaxHeight
 * @param format PNG, PNG8 or JPEG
 * @param transparent TRANSPARENT=TRUE (ignored by JPEG)
 * @param background BGCOLOR (default white)
 * @param exceptions the EXCEPTIONS mode
 */
record ImageFrame(
    int width,
    int height,
    ImageFormat format,
    boolean transparent,
    Color background,
    ExceptionMode exceptions) {

  /** The Content-Type of the image response (PNG8 is still {@code image/png} to clients). */
  String contentType() {
    return format == ImageFormat.JPEG ? "image/jpeg" : "image/png";
  }
}
