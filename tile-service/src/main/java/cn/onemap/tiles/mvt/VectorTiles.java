package cn.onemap.tiles.mvt;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.Tile;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.TilePosition;
import cn.onemap.tiles.tile.TileSource;
import cn.onemap.tiles.tile.Tileset;
import cn.onemap.tiles.tile.Tilesets;
import java.util.List;

/**
 * The vector tiles ({@link TileFormat#MVT}) of every tileset: a layer's tileset holds one MVT
 * layer, {@code basemap} one per base layer (bottom first, named by layer id). Vector tiles carry
 * data, not a look, so the only style is {@code default}; {@code basemap_labels} has none (its
 * names travel in the base map's attributes). Access is the protocol layer's job and comes first,
 * as for every {@link TileSource}. Thread-safe.
 */
public final class VectorTiles implements TileSource {
  private final Tilesets tilesets;
  private final TileMatrixSets sets;
  private final VectorTileEncoder encoder;

  public VectorTiles(Tilesets tilesets, TileMatrixSets sets, VectorTileEncoder encoder) {
    this.tilesets = tilesets;
    this.sets = sets;
    this.encoder = encoder;
  }

  @Override
  public Tile tile(TileKey key) {
    Tileset tileset =
        tilesets
            .find(key.tileset())
            .orElseThrow(
                () ->
                    new TileNotFoundException("layer", "unknown tileset '" + key.tileset() + "'"));
    if (key.format() != TileFormat.MVT) {
      throw new TileNotFoundException("format", "vector tiles are MVT, not " + key.format());
    }
    List<LayerDefinition> layers = layers(tileset);
    if (!key.style().equals(TileKey.DEFAULT_STYLE)) {
      throw new TileNotFoundException(
          "style", "vector tiles have only the style 'default', not '" + key.style() + "'");
    }
    TilePosition at = TilePosition.of(key, sets);
    TileMatrixSet set = at.set();
    TileMatrix m = at.matrix();
    byte[] bytes = encoder.encode(layers, set, m, key.row(), key.col(), key.time());
    return Tile.of(bytes, TileFormat.MVT);
  }

  /** The layers a tileset's vector tiles hold; {@link TileNotFoundException} when it has none. */
  public static List<LayerDefinition> layers(Tileset tileset) {
    if (tileset.kind() == Tileset.Kind.LABELS) {
      throw new TileNotFoundException(
          "format",
          "tileset '" + tileset.id() + "' is raster only: the base map's vector tiles carry names");
    }
    return tileset.layers();
  }
}
