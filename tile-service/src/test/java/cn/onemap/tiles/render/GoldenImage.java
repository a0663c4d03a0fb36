package cn.onemap.tiles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Golden-image comparison tolerant of antialiasing and font rasterization differences: at most
 * {@value #MAX_DIFF_FRACTION} of the pixels may differ by more than {@value #CHANNEL_DELTA} in any
 * channel. A missing {@code src/test/resources/rendering/<case>/expected.png} is written from the
 * actual image (commit it); on a mismatch the actual image goes to {@code
 * target/rendering/<case>/actual.png} for inspection.
 */
final class GoldenImage {
  static final int CHANNEL_DELTA = 24;
  static final double MAX_DIFF_FRACTION = 0.01;
  private static final Path EXPECTED = Path.of("src/test/resources/rendering");
  private static final Path ACTUAL = Path.of("target/rendering");

  private GoldenImage() {}

  static void assertMatches(String name, BufferedImage actual) {
    try {
      Path expectedFile = EXPECTED.resolve(name).resolve("expected.png");
      if (!Files.exists(expectedFile)) {
        Files.createDirectories(expectedFile.getParent());
        ImageIO.write(actual, "png", expectedFile.toFile());
        return;
      }
      BufferedImage expected = ImageIO.read(expectedFile.toFile());
      assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
      assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
      long differing = 0;
      for (int y = 0; y < actual.getHeight(); y++) {
        for (int x = 0; x < actual.getWidth(); x++) {
          if (differs(actual.getRGB(x, y), expected.getRGB(x, y))) {
            differing++;
          }
        }
      }
      double fraction = (double) differing / (actual.getWidth() * actual.getHeight());
      if (fraction > MAX_DIFF_FRACTION) {
        Path out = ACTUAL.resolve(name).resolve("actual.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(actual, "png", out.toFile());
      }
      assertThat(fraction)
          .as("fraction of pixels differing from %s (actual written to %s)", expectedFile, ACTUAL)
          .isLessThanOrEqualTo(MAX_DIFF_FRACTION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean differs(int a, int b) {
    for (int shift = 0; shift < 32; shift += 8) {
      if (Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)) > CHANNEL_DELTA) {
        return true;
      }
    }
    return false;
  }
}
