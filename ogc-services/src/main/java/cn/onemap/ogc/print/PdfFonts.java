package cn.onemap.ogc.print;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a CJK font PDFBox can embed (as a subset): a TrueType-outline font ({@code glyf}), which
 * the Debian packages fonts-wqy-zenhei / fonts-wqy-microhei / fonts-arphic-uming provide. Noto Sans
 * CJK (fonts-noto-cjk, the renderer's font) has CFF outlines, which PDFBox cannot embed in a Type 0
 * font. {@code -Donemap.print.font=/path/font.ttf|.ttc} or {@code ONEMAP_PRINT_FONT} comes first.
 */
final class PdfFonts {
  static final List<String> CANDIDATES =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc",
          "/usr/share/fonts/truetype/arphic/ukai.ttc");

  private PdfFonts() {}

  /** The font files tried, in order. */
  static List<String> candidates() {
    List<String> out = new ArrayList<>();
    String configured =
        System.getProperty(
            "onemap.print.font", System.getenv().getOrDefault("ONEMAP_PRINT_FONT", ""));
    if (!configured.isBlank()) {
      out.add(configured);
    }
    out.addAll(CANDIDATES);
    return out;
  }

  /** Whether some candidate exists (the PDF then holds text, else one page image). */
  static boolean available() {
    return candidates().stream().anyMatch(p -> new File(p).isFile());
  }

  /**
   * Opens the first usable font; the caller closes it after saving the document (subsetting reads
   * the file at save time).
   */
  static Optional<Opened> open() {
    for (String path : candidates()) {
      File file = new File(path);
      if (!file.isFile()) {
        continue;
      }
      try {
        Optional<Opened> f = open(file);
        if (f.isPresent()) {
          return f;
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable font file: try the next one
      }
    }
    return Optional.empty();
  }

  private static Optional<Opened> open(File file) throws IOException {
    if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
      TrueTypeCollection ttc = new TrueTypeCollection(file);
      TrueTypeFont[] found = new TrueTypeFont[1];
      ttc.processAllFonts(
          f -> {
            if (found[0] == null && usable(f)) {
              found[0] = f;
            }
          });
      if (found[0] == null) {
        ttc.close();
        return Optional.empty();
      }
      return Optional.of(new Opened(found[0], ttc));
    }
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    if (!usable(ttf)) {
      ttf.close();
      return Optional.empty();
    }
    return Optional.of(new Opened(ttf, ttf));
  }

  private static boolean usable(TrueTypeFont f) throws IOException {
    if (f instanceof OpenTypeFont o && o.isPostScript()) {
      return false;
    }
    var cmap = f.getUnicodeCmapLookup(false);
    return cmap != null && cmap.getGlyphId('图') > 0 && cmap.getGlyphId('A') > 0;
  }

  /** A font and what must be closed with it. */
  record Opened(TrueTypeFont font, java.io.Closeable owner) implements java.io.Closeable {
    @Override
    public void close() throws IOException {
      owner.close();
    }
  }
}
