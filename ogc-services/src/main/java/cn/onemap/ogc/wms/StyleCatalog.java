package cn.onemap.ogc.wms;

import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.sld.SldParser;
import cn.onemap.tiles.style.UserStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named styles a layer offers besides {@code default}, read once from a styles directory:
 * {@code <dir>/<layerId>/<styleName>.sld}, each file an SLD 1.0 / SE 1.1 document whose first
 * UserStyle is the style (the file name is its name; the UserStyle's Title its title).
 * GetCapabilities advertises them with a LegendURL, GetMap's STYLES and GetLegendGraphic's STYLE
 * select them. A file that cannot be read fails the construction with its path in the message: a
 * misconfigured style is an error of the deployment, not something to skip silently.
 */
public final class StyleCatalog {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,47}");

  /** A named style. */
  public record NamedStyle(String name, String title, UserStyle style) {}

  private final Map<String, Map<String, NamedStyle>> byLayer;

  private StyleCatalog(Map<String, Map<String, NamedStyle>> byLayer) {
    this.byLayer = byLayer;
  }

  public static StyleCatalog empty() {
    return new StyleCatalog(Map.of());
  }

  /** Reads every {@code <layerId>/<style>.sld} under {@code dir}; a missing dir is empty. */
  public static StyleCatalog load(Path dir) {
    if (!Files.isDirectory(dir)) {
      return empty();
    }
    Map<String, Map<String, NamedStyle>> out = new TreeMap<>();
    SldParser parser = new SldParser();
    try (Stream<Path> layers = Files.list(dir)) {
      for (Path layerDir : layers.filter(Files::isDirectory).sorted().toList()) {
        String layerId = layerDir.getFileName().toString();
        try (Stream<Path> files = Files.list(layerDir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".sld")).sorted().toList()) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - ".sld".length());
            if (!NAME.matcher(name).matches() || name.equalsIgnoreCase(StyleResolver.DEFAULT)) {
              throw new IllegalArgumentException(
                  "style file " + f + ": the name must match " + NAME + " and not be 'default'");
            }
            UserStyle style;
            try (InputStream in = Files.newInputStream(f)) {
              style = parser.parseStyle(in);
            } catch (TilesException e) {
              throw new IllegalArgumentException(
                  "style file " + f + " cannot be read: " + e.getMessage(), e);
            }
            String title = style.title() == null || style.title().isBlank() ? name : style.title();
            out.computeIfAbsent(layerId, k -> new TreeMap<>())
                .put(name, new NamedStyle(name, title, style));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list styles under " + dir, e);
    }
    return new StyleCatalog(Collections.unmodifiableMap(out));
  }

  /** The layer's named styles in name order (without {@code default}). */
  public List<NamedStyle> styles(String layerId) {
    return List.copyOf(byLayer.getOrDefault(layerId, Map.of()).values());
  }

  public Optional<NamedStyle> style(String layerId, String name) {
    return Optional.ofNullable(byLayer.getOrDefault(layerId, Map.of()).get(name));
  }
}
