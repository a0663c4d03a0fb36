package cn.onemap.ogc.wms;

import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.render.Fonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The image answers of EXCEPTIONS=INIMAGE (the exception code and message drawn in dark red,
 * wrapped to the image width, in a CJK-capable font) and EXCEPTIONS=BLANK (transparent, or the
 * background colour when the request is opaque).
 */
final class ExceptionImage {
  private ExceptionImage() {}

  static BufferedImage blank(ImageFrame frame) {
    BufferedImage img =
        new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_ARGB);
    if (!frame.transparent()) {
      Graphics2D g = img.createGraphics();
      g.setColor(frame.background());
      g.fillRect(0, 0, frame.width(), frame.height());
      g.dispose();
    }
    return img;
  }

  static BufferedImage inImage(ImageFrame frame, ServiceException e) {
    BufferedImage img = blank(frame);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Fonts.cjkFamily().orElse(Font.SANS_SERIF), Font.PLAIN, 12));
      g.setColor(new Color(0xB71C1C));
      FontMetrics fm = g.getFontMetrics();
      int y = fm.getAscent() + 2;
      for (String line : wrap(e.code() + ": " + e.getMessage(), fm, frame.width() - 4)) {
        if (y > frame.height()) {
          break;
        }
        g.drawString(line, 2, y);
        y += fm.getHeight();
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  private static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (cur.length() > 0 && fm.stringWidth(cur.toString() + c) > Math.max(width, 8)) {
        lines.add(cur.toString());
        cur.setLength(0);
      }
      cur.append(c);
    }
    if (cur.length() > 0) {
      lines.add(cur.toString());
    }
    return lines;
  }
}
