package cn.onemap.address.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Character folding, one table lookup per character: full-width ASCII to half-width, the
 * ideographic space to a space, lower-case Latin letters to upper case, and traditional Chinese
 * characters to simplified ones with OpenCC's character table (TSCharacters, extracted by the build
 * from the npm package opencc-js into {@code cn/onemap/address/inputs/t2s.tsv}). Characters outside
 * the Basic Multilingual Plane pass unchanged.
 */
public final class CharMap {
  static final String T2S_RESOURCE = "/cn/onemap/address/inputs/t2s.tsv";
  private static final char[] MAP = build();

  private CharMap() {}

  /** The folded form of one character. */
  public static char fold(char c) {
    return MAP[c];
  }

  /** Number of traditional characters the table folds (for tests and diagnostics). */
  public static int traditionalCount() {
    int n = 0;
    for (int c = 0x2E80; c < 0x10000; c++) {
      if (MAP[c] != c && !(c >= 0xFF01 && c <= 0xFF5E) && c != 0x3000) {
        n++;
      }
    }
    return n;
  }

  private static char[] build() {
    char[] m = new char[65536];
    for (int c = 0; c < m.length; c++) {
      m[c] = (char) c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      m[c] = Character.toUpperCase(c);
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      m[c] = Character.toUpperCase((char) (c - 0xFEE0));
    }
    m[0x3000] = ' ';
    InputStream in = CharMap.class.getResourceAsStream(T2S_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          T2S_RESOURCE
              + " is missing from the classpath: it is extracted from the npm package opencc-js by"
              + " the address-matcher Maven build (generate-resources)");
    }
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.length() == 3 && line.charAt(1) == '\t') {
          m[line.charAt(0)] = line.charAt(2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + T2S_RESOURCE, e);
    }
    return m;
  }
}
