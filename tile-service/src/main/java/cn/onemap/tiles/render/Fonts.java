package cn.onemap.tiles.render;

import cn.onemap.tiles.style.LabelFont;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves label fonts. A requested family that is missing (Java silently substitutes "Dialog") or
 * cannot display the label's characters is replaced by a CJK-capable family: "Noto Sans CJK SC"
 * (Debian fonts-noto-cjk) when installed, else the first installed family that displays 中文.
 * Thread-safe; families are cached.
 */
public final class Fonts {
  private static final Map<String, Boolean> INSTALLED = new ConcurrentHashMap<>();
  private static volatile Optional<String> cjkFamily;

  private Fonts() {}

  /** The font to draw {@code text} with. */
  public static Font resolve(LabelFont spec, String text) {
    int style = (spec.bold() ? Font.BOLD : 0) | (spec.italic() ? Font.ITALIC : 0);
    Font requested = new Font(spec.family(), style, 1).deriveFont((float) spec.size());
    if (isInstalled(spec.family()) && requested.canDisplayUpTo(text) == -1) {
      return requested;
    }
    return cjkFamily()
        .map(f -> new Font(f, style, 1).deriveFont((float) spec.size()))
        .orElse(requested);
  }

  /** The CJK-capable family used as fallback, if any is installed. */
  public static Optional<String> cjkFamily() {
    Optional<String> f = cjkFamily;
    if (f == null) {
      f = findCjkFamily();
      cjkFamily = f;
    }
    return f;
  }

  private static boolean isInstalled(String family) {
    return INSTALLED.computeIfAbsent(
        family,
        f ->
            Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(f));
  }

  private static Optional<String> findCjkFamily() {
    String[] families =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
    for (String preferred :
        new String[] {LabelFont.DEFAULT_FAMILY, "Noto Sans CJK", "WenQuanYi Zen Hei"}) {
      for (String f : families) {
        if (f.equals(preferred)) {
          return Optional.of(f);
        }
      }
    }
    for (String f : families) {
      if (new Font(f, Font.PLAIN, 12).canDisplayUpTo("中文道路") == -1) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
