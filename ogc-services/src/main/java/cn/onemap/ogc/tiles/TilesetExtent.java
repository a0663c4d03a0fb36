package cn.onemap.ogc.tiles;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.Tileset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Where a tileset has data: the union of its layers' extents (CGCS2000 longitude/latitude; China
 * when every layer is empty), that box in a tile matrix set's CRS (the densified outline
 * transformed, so projected boxes cover the curved edges; Web Mercator clipped at ±85.0511°), and
 * the tiles it covers at each level — WMTS TileMatrixSetLimits and OGC API tileMatrixSetLimits,
 * which tell GDAL and QGIS how large a level really is.
 */
public record TilesetExtent(Envelope lonLat) {
  /** The area of use of CGCS2000 over China, for tilesets without features. */
  public static final Envelope CHINA = new Envelope(73.62, 134.77, 16.7, 53.56);

  static final double MERCATOR_MAX_LAT = 85.0511287798066;
  private static final GeometryFactory GF = new GeometryFactory();

  public static TilesetExtent of(FeatureStore store, Tileset tileset) {
    Envelope all = new Envelope();
    for (LayerDefinition l : tileset.layers()) {
      store.extent(l.id()).ifPresent(all::expandToInclude);
    }
    return new TilesetExtent(all.isNull() ? CHINA : all);
  }

  /** The box in the set's CRS (x = east), empty when it cannot be taken there. */
  public Optional<Envelope> in(TileMatrixSet set) {
    String crs = set.crs();
    if (crs.equals("EPSG:4490") || crs.equals("EPSG:4326")) {
      return Optional.of(lonLat);
    }
    Envelope box = lonLat;
    if (crs.equals("EPSG:3857")) {
      box =
          new Envelope(
              box.getMinX(),
              box.getMaxX(),
              Math.max(box.getMinY(), -MERCATOR_MAX_LAT),
              Math.min(box.getMaxY(), MERCATOR_MAX_LAT));
    }
    try {
      var outline =
          Densifier.densify(GF.toGeometry(box), Math.max(box.getWidth(), box.getHeight()) / 16);
      Envelope out = Transforms.get("EPSG:4490", crs).transform(outline).getEnvelopeInternal();
      return out.isNull() ? Optional.empty() : Optional.of(out);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The tiles covering the box at each level of the set, by level identifier; levels the box does
   * not touch are left out (empty when the box is outside the set).
   */
  public Map<String, TileRange> limits(TileMatrixSet set) {
    Map<String, TileRange> out = new LinkedHashMap<>();
    Optional<Envelope> box = in(set);
    if (box.isEmpty()) {
      return out;
    }
    for (TileMatrix m : set.matrices()) {
      TileRange r = m.tilesCovering(box.get());
      if (!r.isEmpty()) {
        out.put(m.identifier(), r);
      }
    }
    return out;
  }
}
