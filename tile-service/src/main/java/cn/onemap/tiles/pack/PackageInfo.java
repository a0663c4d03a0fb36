package cn.onemap.tiles.pack;

import cn.onemap.tiles.tile.TileFormat;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What a package says about itself.
 *
 * @param name tileset id
 * @param description Chinese title
 * @param format the tiles' format
 * @param tileMatrixSet the set the tiles are cut in (MBTiles and PMTiles readers assume
 *     WebMercatorQuad; other sets are recorded in the metadata)
 * @param bounds lon/lat bounds
 * @param minZoom quadtree zoom of the first level
 * @param maxZoom quadtree zoom of the last level
 * @param layers the layer ids (vector tiles' {@code vector_layers})
 */
public record PackageInfo(
    String name,
    String description,
    TileFormat format,
    String tileMatrixSet,
    Envelope bounds,
    int minZoom,
    int maxZoom,
    List<String> layers) {
  public PackageInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    layers = List.copyOf(layers);
  }

  /** The metadata as JSON (names and values of MBTiles' metadata table, plus ours). */
  String json() {
    StringBuilder b = new StringBuilder("{");
    b.append("\"name\":").append(q(name));
    b.append(",\"description\":").append(q(description));
    b.append(",\"format\":").append(q(mbtilesFormat()));
    b.append(",\"tile_matrix_set\":").append(q(tileMatrixSet));
    b.append(",\"minzoom\":").append(minZoom).append(",\"maxzoom\":").append(maxZoom);
    b.append(",\"bounds\":").append(q(boundsText()));
    if (format == TileFormat.MVT) {
      b.append(",\"vector_layers\":[");
      for (int i = 0; i < layers.size(); i++) {
        b.append(i > 0 ? "," : "")
            .append("{\"id\":")
            .append(q(layers.get(i)))
            .append(",\"fields\":{}}");
      }
      b.append("]");
    }
    return b.append("}").toString();
  }

  String mbtilesFormat() {
    return switch (format) {
      case PNG, PNG8 -> "png";
      case JPEG -> "jpg";
      case MVT -> "pbf";
    };
  }

  String boundsText() {
    return bounds.getMinX()
        + ","
        + bounds.getMinY()
        + ","
        + bounds.getMaxX()
        + ","
        + bounds.getMaxY();
  }

  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : (s == null ? "" : s).toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
