package cn.onemap.loaders.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a whole text file (CSV) the way {@link TextEncodings} describes. A file
 * that starts with ASCII only (a header of English names, numeric rows) is scanned on to its first
 * non-ASCII byte, and the sample taken from there, so Chinese text late in a file still decides;
 * the scan stops at that byte, so a large GBK file is not read twice in full.
 */
public final class FileEncodingDetector {
  private static final int SAMPLE = 1 << 16;

  private FileEncodingDetector() {}

  /** The detected encoding and the length of a UTF-8 BOM to skip (0 or 3). */
  public record Result(DetectedEncoding encoding, int bomLength) {}

  public static Result detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] sample = new byte[SAMPLE];
      int n = in.readNBytes(sample, 0, SAMPLE);
      int bom = TextEncodings.utf8BomLength(sample, n);
      if (bom > 0) {
        return new Result(
            new DetectedEncoding(StandardCharsets.UTF_8, DetectedEncoding.How.BOM), bom);
      }
      boolean complete = n < SAMPLE;
      int firstHigh = firstNonAscii(sample, n);
      while (firstHigh < 0 && !complete) {
        n = in.readNBytes(sample, 0, SAMPLE);
        complete = n < SAMPLE;
        firstHigh = firstNonAscii(sample, n);
      }
      if (firstHigh < 0) {
        return new Result(
            new DetectedEncoding(StandardCharsets.UTF_8, DetectedEncoding.How.ASCII), 0);
      }
      // Back up to a line start is unnecessary: a UTF-8 lead byte is never preceded by a
      // continuation inside ASCII, so a sample starting at the first high byte decodes cleanly.
      int start = firstHigh;
      byte[] window = new byte[SAMPLE];
      int w = n - start;
      System.arraycopy(sample, start, window, 0, w);
      if (!complete) {
        int more = in.readNBytes(window, w, SAMPLE - w);
        complete = w + more < SAMPLE;
        w += more;
      }
      return new Result(TextEncodings.detect(window, w, complete), 0);
    }
  }

  private static int firstNonAscii(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] < 0) {
        return i;
      }
    }
    return -1;
  }
}
