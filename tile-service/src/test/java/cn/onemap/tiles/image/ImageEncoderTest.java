package cn.onemap.tiles.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageEncoderTest {

  /**
   * Transparent background, a flat red square and an antialiased gradient circle (> 256 colours).
   */
  static BufferedImage sample() {
    BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.RED);
    g.fillRect(10, 10, 50, 50);
    g.setPaint(new GradientPaint(100, 100, Color.BLUE, 240, 240, Color.GREEN));
    g.fillOval(100, 100, 140, 140);
    g.setStroke(new BasicStroke(3));
    g.setColor(Color.BLACK);
    g.drawLine(0, 250, 255, 120);
    g.dispose();
    return img;
  }

  static BufferedImage roundTrip(BufferedImage img, ImageFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageEncoder.encode(img, format, out);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(decoded).as("%s decodes", format).isNotNull();
    return decoded;
  }

  @Test
  void png32KeepsEveryPixel() throws IOException {
    BufferedImage img = sample();
    BufferedImage back = roundTrip(img, ImageFormat.PNG);
    assertThat(back.getColorModel().hasAlpha()).isTrue();
    assertThat(back.getRGB(30, 30)).isEqualTo(img.getRGB(30, 30));
    assertThat(back.getRGB(5, 5) >>> 24).isZero();
  }

  @Test
  void png8IsPalettedWithOneTransparentEntry() throws IOException {
    BufferedImage back = roundTrip(sample(), ImageFormat.PNG8);
    assertThat(back.getColorModel()).isInstanceOf(IndexColorModel.class);
    IndexColorModel cm = (IndexColorModel) back.getColorModel();
    assertThat(cm.getMapSize()).isLessThanOrEqualTo(256);
    assertThat(back.getRGB(5, 5) >>> 24).as("transparent stays transparent").isZero();
    Color red = new Color(back.getRGB(30, 30), true);
    assertThat(red.getAlpha()).isEqualTo(255);
    assertThat(red.getRed()).isGreaterThan(230);
    assertThat(red.getGreen() + red.getBlue()).isLessThan(30);
    Color gradient = new Color(back.getRGB(170, 170));
    Color original = new Color(sample().getRGB(170, 170));
    assertThat(Math.abs(gradient.getBlue() - original.getBlue())).isLessThan(24);
    assertThat(Math.abs(gradient.getGreen() - original.getGreen())).isLessThan(24);
  }

  @Test
  void png8KeepsFewColoursExactly() throws IOException {
    BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
    img.setRGB(3, 3, 0xff123456);
    img.setRGB(4, 4, 0xffabcdef);
    BufferedImage back = roundTrip(img, ImageFormat.PNG8);
    assertThat(back.getRGB(3, 3)).isEqualTo(0xff123456);
    assertThat(back.getRGB(4, 4)).isEqualTo(0xffabcdef);
    assertThat(back.getRGB(0, 0) >>> 24).isZero();
  }

  @Test
  void jpegHasNoAlphaAndFlattensOntoWhite() throws IOException {
    BufferedImage back = roundTrip(sample(), ImageFormat.JPEG);
    assertThat(back.getColorModel().hasAlpha()).isFalse();
    Color bg = new Color(back.getRGB(5, 5));
    assertThat(bg.getRed() + bg.getGreen() + bg.getBlue()).isGreaterThan(3 * 245);
    assertThat(new Color(back.getRGB(30, 30)).getRed()).isGreaterThan(220);
  }

  @Test
  void formatsByMimeType() {
    assertThat(ImageFormat.forMimeType("image/png; mode=8bit")).contains(ImageFormat.PNG8);
    assertThat(ImageFormat.forMimeType("image/PNG")).contains(ImageFormat.PNG);
    assertThat(ImageFormat.forMimeType("image/jpeg")).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.forMimeType("image/gif")).isEmpty();
  }
}
