package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerStyle;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.TilesException;
import cn.onemap.tiles.render.StyleCheck;
import cn.onemap.tiles.sld.SldParser;
import cn.onemap.tiles.style.DefaultStyles;
import cn.onemap.tiles.style.UserStyle;
import cn.onemap.tiles.tile.StyleLookup;
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
import java.util.stream.Stream;

/**
 * The named styles layers offer besides {@code default}, from two sources:
 *
 * <ul>
 *   <li>the deployment's styles directory, read once: {@code <dir>/<layerId>/<styleName>.sld}, each
 *       file an SLD 1.0 / SE 1.1 document whose first UserStyle is the style (the file name is its
 *       name; the UserStyle's Title its title). A file that cannot be read fails the construction
 *       with its path in the message: a misconfigured style is an error of the deployment, not
 *       something to skip silently. These cannot be changed through the API;
 *   <li>the styles administrators saved in the store ({@link FeatureStore#layerStyles()}), re-read
 *       when the catalog's change counter moved (checked at most once a second), so a style saved
 *       on one node is drawn by every node.
 * </ul>
 *
 * <p>A layer's default style is the named style its {@code defaultStyle} names, else the built-in
 * style of its kind ({@link DefaultStyles}). WMS (GetCapabilities, GetMap STYLES, GetLegendGraphic
 * STYLE), WMTS and the tile cache share one catalog, so one name draws the same everywhere.
 */
public final class StyleCatalog {
  private static final System.Logger LOG = System.getLogger(StyleCatalog.class.getName());
  private static final long RECHECK_MILLIS = 1_000;

  /**
   * A named style.
   *
   * @param saved whether it was saved through the API (in the store), not read from the directory
   */
  public record NamedStyle(String name, String title, UserStyle style, boolean saved) {
    public NamedStyle(String name, String title, UserStyle style) {
      this(name, title, style, false);
    }
  }

  private record Snapshot(
      long sequence, long checkedAt, Map<String, Map<String, NamedStyle>> all) {}

  private final Map<String, Map<String, NamedStyle>> files;
  private final Optional<FeatureStore> store;
  private volatile Snapshot snapshot;

  private StyleCatalog(Map<String, Map<String, NamedStyle>> files, Optional<FeatureStore> store) {
    this.files = files;
    this.store = store;
  }

  public static StyleCatalog empty() {
    return new StyleCatalog(Map.of(), Optional.empty());
  }

  /** The styles of the files under {@code dir} only; a missing dir is empty. */
  public static StyleCatalog load(Path dir) {
    return new StyleCatalog(readDirectory(dir), Optional.empty());
  }

  /** The files under {@code dir} (when given) and the styles saved in {@code store}. */
  public static StyleCatalog live(Optional<Path> dir, FeatureStore store) {
    return new StyleCatalog(
        dir.map(StyleCatalog::readDirectory).orElse(Map.of()), Optional.of(store));
  }

  /** The layer's named styles in name order (without {@code default}). */
  public List<NamedStyle> styles(String layerId) {
    return List.copyOf(current().getOrDefault(layerId, Map.of()).values());
  }

  public Optional<NamedStyle> style(String layerId, String name) {
    return Optional.ofNullable(current().getOrDefault(layerId, Map.of()).get(name));
  }

  /** Whether the name is the deployment's (a file), which the API may not replace or remove. */
  public boolean isFromDirectory(String layerId, String name) {
    return files.getOrDefault(layerId, Map.of()).containsKey(name);
  }

  /** The style the layer is drawn with when a request names none. */
  public UserStyle defaultStyle(LayerDefinition layer) {
    return style(layer.id(), layer.defaultStyle())
        .map(NamedStyle::style)
        .orElseGet(() -> DefaultStyles.forLayer(layer));
  }

  /**
   * The style of that name: a default name ({@link StyleLookup#isDefault}) gives {@link
   * #defaultStyle}; empty when the layer has no style of that name.
   */
  public Optional<UserStyle> resolve(LayerDefinition layer, String name) {
    if (StyleLookup.isDefault(layer, name)) {
      return Optional.of(defaultStyle(layer));
    }
    return style(layer.id(), name).map(NamedStyle::style);
  }

  /** This catalog as tile-service looks styles up. */
  public StyleLookup lookup() {
    StyleCatalog catalog = this;
    return new StyleLookup() {
      @Override
      public Optional<UserStyle> style(LayerDefinition layer, String name) {
        return catalog.resolve(layer, name);
      }

      @Override
      public void refresh() {
        catalog.refresh();
      }
    };
  }

  /** Forget what was read from the store (after this node saved or removed a style). */
  public void refresh() {
    snapshot = null;
  }

  /**
   * Parses a style to be saved for {@code layer} and checks it against the layer's schema: {@link
   * TilesException} (an {@code SldParseException} with line and column when the XML is at fault).
   */
  public static UserStyle parse(String sld, LayerDefinition layer) {
    UserStyle style =
        new SldParser()
            .parseStyle(
                new java.io.ByteArrayInputStream(
                    sld.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    StyleCheck.check(style, layer);
    return style;
  }

  private Map<String, Map<String, NamedStyle>> current() {
    if (store.isEmpty()) {
      return files;
    }
    Snapshot s = snapshot;
    long now = System.currentTimeMillis();
    if (s == null || now - s.checkedAt() >= RECHECK_MILLIS) {
      FeatureStore st = store.get();
      long seq = st.catalogSequence();
      s =
          s != null && seq == s.sequence()
              ? new Snapshot(seq, now, s.all())
              : new Snapshot(seq, now, merge(files, st));
      snapshot = s;
    }
    return s.all();
  }

  /** The files' styles and the saved ones; a file wins over a saved style of the same name. */
  private static Map<String, Map<String, NamedStyle>> merge(
      Map<String, Map<String, NamedStyle>> files, FeatureStore store) {
    Map<String, Map<String, NamedStyle>> out = new TreeMap<>();
    for (LayerStyle saved : store.layerStyles()) {
      Optional<LayerDefinition> layer = store.layer(saved.layerId());
      if (layer.isEmpty()) {
        continue;
      }
      try {
        UserStyle style = parse(saved.sld(), layer.get());
        out.computeIfAbsent(saved.layerId(), k -> new TreeMap<>())
            .put(saved.name(), new NamedStyle(saved.name(), saved.title(), style, true));
      } catch (TilesException e) {
        // Checked when saved; an attribute it reads may have gone since, or the parser changed.
        LOG.log(
            System.Logger.Level.WARNING,
            "saved style {0} of layer {1} is not offered: {2}",
            saved.name(),
            saved.layerId(),
            e.getMessage());
      }
    }
    files.forEach(
        (layer, styles) -> out.computeIfAbsent(layer, k -> new TreeMap<>()).putAll(styles));
    out.replaceAll((layer, styles) -> Collections.unmodifiableMap(styles));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Map<String, NamedStyle>> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Map.of();
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
            if (!LayerStyle.isValidName(name)) {
              throw new IllegalArgumentException(
                  "style file "
                      + f
                      + ": the name must match "
                      + LayerStyle.NAME
                      + " and not be 'default'");
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
    out.replaceAll((layer, styles) -> Collections.unmodifiableMap(styles));
    return Collections.unmodifiableMap(out);
  }
}
