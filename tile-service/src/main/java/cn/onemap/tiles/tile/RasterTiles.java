package cn.onemap.tiles.tile;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.render.MapRenderer;
import cn.onemap.tiles.render.RenderLimits;
import cn.onemap.tiles.render.RenderRequest;
import cn.onemap.tiles.style.UserStyle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders raster tiles (PNG, PNG8, JPEG) with the {@link MapRenderer}: one render per metatile
 * ({@link Settings#metatile()}² tiles, clipped at the matrix edges) in the tile matrix set's own
 * CRS, with a label buffer so a label near the metatile edge is drawn, each part on its side, on
 * both metatiles; the image is then cut into tiles and each encoded. Uncached: wrap it in the cache
 * to serve.
 *
 * <p>Layer tilesets draw the layer's style on a transparent background; the base map draws its
 * layers' styles without their TextSymbolizers on white; the labels tileset draws only the
 * TextSymbolizers, transparent. A named style applies to a base map layer that has a style of that
 * name, the others keep their default. A {@link TileKey#time()} reads versioned layers as of that
 * instant (unversioned layers only have their present).
 */
public final class RasterTiles implements MetatileSource {

  /**
   * Rendering settings.
   *
   * @param metatile tiles per metatile side (1 = no metatiling; default 4)
   * @param labelBuffer pixels around a metatile in which labels are collected and placed
   * @param limits render limits of one metatile
   */
  public record Settings(int metatile, int labelBuffer, RenderLimits limits) {
    public static final Settings DEFAULT = new Settings(4, 128, RenderLimits.DEFAULT);

    public Settings {
      if (metatile < 1 || metatile > 16) {
        throw new IllegalArgumentException("metatile must be 1..16, was " + metatile);
      }
      if (labelBuffer < 0 || labelBuffer > RenderRequest.MAX_LABEL_BUFFER) {
        throw new IllegalArgumentException("label buffer out of range: " + labelBuffer);
      }
      Objects.requireNonNull(limits, "limits");
    }

    public Settings withMetatile(int m) {
      return new Settings(m, labelBuffer, limits);
    }
  }

  private final MapRenderer renderer;
  private final Tilesets tilesets;
  private final StyleLookup styles;
  private final TileMatrixSets sets;
  private final Settings settings;

  public RasterTiles(FeatureStore store, Tilesets tilesets, StyleLookup styles) {
    this(store, tilesets, styles, TileMatrixSets.standard(), Settings.DEFAULT);
  }

  public RasterTiles(
      FeatureStore store,
      Tilesets tilesets,
      StyleLookup styles,
      TileMatrixSets sets,
      Settings settings) {
    this.renderer = new MapRenderer(store);
    this.tilesets = Objects.requireNonNull(tilesets, "tilesets");
    this.styles = Objects.requireNonNull(styles, "styles").orDefaults();
    this.sets = Objects.requireNonNull(sets, "sets");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public TileRange metatile(TileKey key) {
    return resolve(key).range();
  }

  @Override
  public Map<TileKey, Tile> renderMetatile(TileKey key) {
    Resolved r = resolve(key);
    List<LayerRender> layers = layers(r.tileset(), key);
    TileMatrix m = r.matrix();
    TileRange range = r.range();
    int width = (int) range.cols() * m.tileWidth();
    int height = (int) range.rows() * m.tileHeight();
    Map<TileKey, Tile> out = new LinkedHashMap<>();
    if (layers.isEmpty()) {
      BufferedImage blank = blank(r.tileset(), m);
      Tile tile = encode(blank, key.format());
      forEach(range, (row, col) -> out.put(key.at(row, col), tile));
      return out;
    }
    RenderRequest request =
        new RenderRequest(
                width,
                height,
                m.blockEnvelope(range),
                r.set().crs(),
                layers,
                r.tileset().transparent(),
                r.tileset().background(),
                true,
                settings.limits(),
                0)
            .withLabelBuffer(settings.labelBuffer());
    BufferedImage image = renderer.render(request);
    forEach(
        range,
        (row, col) -> {
          int x = (int) (col - range.minCol()) * m.tileWidth();
          int y = (int) (row - range.minRow()) * m.tileHeight();
          BufferedImage sub = image.getSubimage(x, y, m.tileWidth(), m.tileHeight());
          out.put(key.at(row, col), encode(sub, key.format()));
        });
    return out;
  }

  private interface Cell {
    void accept(long row, long col);
  }

  private static void forEach(TileRange range, Cell cell) {
    for (long row = range.minRow(); row <= range.maxRow(); row++) {
      for (long col = range.minCol(); col <= range.maxCol(); col++) {
        cell.accept(row, col);
      }
    }
  }

  private static BufferedImage blank(Tileset t, TileMatrix m) {
    BufferedImage img =
        new BufferedImage(m.tileWidth(), m.tileHeight(), BufferedImage.TYPE_INT_ARGB);
    if (!t.transparent()) {
      var g = img.createGraphics();
      g.setColor(t.background());
      g.fillRect(0, 0, m.tileWidth(), m.tileHeight());
      g.dispose();
    }
    return img;
  }

  private static Tile encode(BufferedImage image, TileFormat format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    ImageEncoder.encode(image, format.imageFormat().orElseThrow(), bytes);
    return Tile.of(bytes.toByteArray(), format);
  }

  /** What a key names, checked part by part (the first unknown part is the locator). */
  record Resolved(Tileset tileset, TileMatrixSet set, TileMatrix matrix, TileRange range) {}

  Resolved resolve(TileKey key) {
    Tileset tileset =
        tilesets
            .find(key.tileset())
            .orElseThrow(
                () ->
                    new TileNotFoundException("layer", "unknown tileset '" + key.tileset() + "'"));
    if (!key.format().isRaster()) {
      throw new TileNotFoundException(
          "format", "raster tiles are PNG, PNG8 or JPEG, not " + key.format());
    }
    TilePosition at = TilePosition.of(key, sets);
    TileMatrixSet set = at.set();
    TileMatrix m = at.matrix();
    return new Resolved(tileset, set, m, m.metatile(key.row(), key.col(), settings.metatile()));
  }

  /**
   * The layers to draw and how, or {@link TileNotFoundException} for an unknown style. A tile is
   * cached and shared by every caller, so it is drawn from the attributes everyone may read: a
   * style classifying by an attribute restricted to a role (per-attribute permissions) falls back
   * as for a layer without it, and the colours never tell its values (as vector tiles never carry
   * them). Callers with the role see the classes through WMS, which draws per caller.
   */
  List<LayerRender> layers(Tileset tileset, TileKey key) {
    List<LayerRender> out = new ArrayList<>();
    boolean named = false;
    for (LayerDefinition full : tileset.layers()) {
      LayerDefinition layer = full.withAttributesOnly(a -> a.readRole() == null);
      Optional<UserStyle> style = styles.style(layer, key.style());
      if (style.isPresent()) {
        named = true;
      } else if (tileset.kind() == Tileset.Kind.LAYER) {
        break;
      } else {
        style = styles.style(layer, TileKey.DEFAULT_STYLE);
      }
      Optional<UserStyle> drawn =
          style.flatMap(
              s ->
                  switch (tileset.kind()) {
                    case LAYER -> Optional.of(s);
                    case BASEMAP -> StyleSplit.withoutLabels(s);
                    case IMAGERY -> StyleSplit.withoutLabels(ImageryStyle.of(s));
                    case LABELS -> StyleSplit.labelsOnly(s);
                  });
      if (drawn.isPresent()) {
        Optional<java.time.Instant> asOf = layer.versioned() ? key.time() : Optional.empty();
        out.add(new LayerRender(layer, drawn.get(), Optional.empty(), asOf));
      }
    }
    if (!named && !tileset.layers().isEmpty()) {
      throw new TileNotFoundException(
          "style", "tileset '" + tileset.id() + "' has no style '" + key.style() + "'");
    }
    return out;
  }
}
