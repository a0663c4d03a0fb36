package cn.onemap.tiles.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img).as("ImageIO reads our PNG").isNotNull();
    return img;
  }

  static byte[] encode(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(img, out);
    return out.toByteArray();
  }

  static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int e = expected.getRGB(x, y);
        int a = actual.getRGB(x, y);
        if (e >>> 24 == 0) {
          assertThat(a >>> 24).as("alpha at %d,%d", x, y).isZero();
        } else {
          assertThat(Integer.toHexString(a))
              .as("pixel %d,%d", x, y)
              .isEqualTo(Integer.toHexString(e));
        }
      }
    }
  }

  @Test
  void argbRoundTripsEveryPixelIncludingPartialAlpha() throws IOException {
    BufferedImage img = ImageEncoderTest.sample();
    img.setRGB(200, 20, 0x80ff0000);
    img.setRGB(201, 20, 0x01020304);
    BufferedImage back = decode(encode(img));
    assertThat(back.getColorModel().hasAlpha()).isTrue();
    assertSamePixels(img, back);
  }

  @Test
  void opaqueImagesAreWrittenWithoutAlpha() throws IOException {
    BufferedImage img = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        img.setRGB(x, y, 0xff000000 | (x * 4) << 16 | (y * 8) << 8 | 0x55);
      }
    }
    byte[] png = encode(img);
    assertThat(png[25]).as("IHDR colour type: RGB").isEqualTo((byte) 2);
    BufferedImage back = decode(png);
    assertThat(back.getColorModel().hasAlpha()).isFalse();
    assertSamePixels(img, back);
  }

  @Test
  void largeNoisyImagesSpanSeveralDataChunks() throws IOException {
    BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
    SplittableRandom random = new SplittableRandom(42);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 300; x++) {
        img.setRGB(x, y, random.nextInt() | 0x01000000);
      }
    }
    byte[] png = encode(img);
    assertThat(png.length).as("incompressible: more than one 64 KiB IDAT").isGreaterThan(1 << 17);
    assertSamePixels(img, decode(png));
  }

  @Test
  void rgbAndOtherLayoutsAreRead() throws IOException {
    for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR}) {
      BufferedImage img = new BufferedImage(17, 9, type);
      img.setRGB(3, 4, 0xff123456);
      img.setRGB(16, 8, 0xffabcdef);
      assertSamePixels(img, decode(encode(img)));
    }
    BufferedImage sub = ImageEncoderTest.sample().getSubimage(5, 7, 100, 90);
    assertSamePixels(sub, decode(encode(sub)));
  }
}
