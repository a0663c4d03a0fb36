package cn.onemap.tiles.mvt;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.VectorTileRequest;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.tile.Tileset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the vector tiles of a tileset hold, as TileJSON 3.0 {@code vector_layers} and OGC API –
 * Tiles tileset metadata describe it: one entry per MVT layer with its fields and their types
 * ({@code String}, {@code Number}, {@code Boolean}) and labels.
 */
public final class VectorLayers {
  private VectorLayers() {}

  /**
   * One MVT layer.
   *
   * @param id the MVT layer name (the catalog layer id)
   * @param description the layer's Chinese title
   * @param fields attribute name → TileJSON type, in schema order (the id attribute first)
   * @param labels attribute name → Chinese label
   * @param minzoom the coarsest level's identifier (the {z} of tile URLs: 1 for Tianditu's sets, 0
   *     for the OGC quads)
   * @param maxzoom the finest level's identifier
   */
  public record VectorLayer(
      String id,
      String description,
      Map<String, String> fields,
      Map<String, String> labels,
      int minzoom,
      int maxzoom) {}

  /**
   * The vector layers of a tileset in a tile matrix set; {@code TileNotFoundException} for a
   * tileset without vector tiles.
   */
  public static List<VectorLayer> of(Tileset tileset, TileMatrixSet set) {
    return VectorTiles.layers(tileset).stream()
        .map(
            l ->
                of(
                    l,
                    Integer.parseInt(set.first().identifier()),
                    Integer.parseInt(set.last().identifier())))
        .toList();
  }

  static VectorLayer of(LayerDefinition layer, int minzoom, int maxzoom) {
    var fields = new LinkedHashMap<String, String>();
    var labels = new LinkedHashMap<String, String>();
    String id = VectorTileRequest.idAttribute(layer);
    fields.put(id, "String");
    labels.put(id, "要素编号");
    for (AttributeDefinition a : layer.attributes()) {
      if (a.readRole() != null) {
        continue; // never in a tile (VectorTileEncoder.unrestricted)
      }
      fields.put(a.name(), type(a));
      labels.put(a.name(), a.label());
    }
    return new VectorLayer(
        layer.id(),
        layer.title(),
        java.util.Collections.unmodifiableMap(fields),
        java.util.Collections.unmodifiableMap(labels),
        minzoom,
        maxzoom);
  }

  private static String type(AttributeDefinition a) {
    return switch (a.type()) {
      case INTEGER, LONG, DOUBLE -> "Number";
      case BOOLEAN -> "Boolean";
      case STRING, DATE, TIMESTAMP -> "String";
    };
  }
}
