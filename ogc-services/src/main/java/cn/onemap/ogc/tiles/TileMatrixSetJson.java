package cn.onemap.ogc.tiles;

import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * Writes a tile matrix set as OGC Two Dimensional Tile Matrix Set 2.0 JSON ({@code
 * tileMatrixSet.json} schema). The point of origin is in the CRS's own axis order (EPSG:4490's
 * latitude first, EPSG:4548's northing first; CRS84 and EPSG:3857 east first), as TMS 2.0 §7.2
 * requires; {@code orderedAxes} says which. The OGC sets carry their registered URI and well-known
 * scale set, so clients that know them by URI recognize them.
 */
public final class TileMatrixSetJson {
  private TileMatrixSetJson() {}

  /** The axis abbreviations of a set's CRS, in the CRS's order. */
  static List<String> orderedAxes(TileMatrixSet set) {
    return switch (set.crs()) {
      case "EPSG:3857" -> List.of("X", "Y");
      case "EPSG:4548" -> List.of("N", "E");
      default -> set.northFirst() ? List.of("Lat", "Lon") : List.of("Lon", "Lat");
    };
  }

  /** A well-known scale set URN of WMTS 1.0 as the http URI TMS 2.0 uses. */
  static String wellKnownScaleSetUri(String urn) {
    // urn:ogc:def:wkss:OGC:1.0:GoogleCRS84Quad → http://www.opengis.net/def/wkss/OGC/1.0/…
    String[] p = urn.split(":");
    return "http://www.opengis.net/def/wkss/" + p[4] + "/" + p[5] + "/" + p[6];
  }

  public static void write(JsonGenerator g, TileMatrixSet set) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", set.id());
    g.writeStringField("title", set.title());
    if (set.uri().isPresent()) {
      g.writeStringField("uri", set.uri().get());
    }
    g.writeStringField("crs", set.crsUri());
    g.writeArrayFieldStart("orderedAxes");
    for (String a : orderedAxes(set)) {
      g.writeString(a);
    }
    g.writeEndArray();
    if (set.wellKnownScaleSet().isPresent()) {
      g.writeStringField("wellKnownScaleSet", wellKnownScaleSetUri(set.wellKnownScaleSet().get()));
    }
    g.writeArrayFieldStart("tileMatrices");
    for (TileMatrix m : set.matrices()) {
      g.writeStartObject();
      g.writeStringField("id", m.identifier());
      g.writeNumberField("scaleDenominator", m.scaleDenominator());
      g.writeNumberField("cellSize", m.cellSize());
      g.writeStringField("cornerOfOrigin", "topLeft");
      g.writeArrayFieldStart("pointOfOrigin");
      if (set.northFirst()) {
        g.writeNumber(m.originY());
        g.writeNumber(m.originX());
      } else {
        g.writeNumber(m.originX());
        g.writeNumber(m.originY());
      }
      g.writeEndArray();
      g.writeNumberField("tileWidth", m.tileWidth());
      g.writeNumberField("tileHeight", m.tileHeight());
      g.writeNumberField("matrixWidth", m.matrixWidth());
      g.writeNumberField("matrixHeight", m.matrixHeight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
