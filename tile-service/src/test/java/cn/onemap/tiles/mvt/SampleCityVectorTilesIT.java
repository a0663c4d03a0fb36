package cn.onemap.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.Transforms;
import cn.onemap.core.store.FeatureLimitException;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.CitySize;
import cn.onemap.sample.ProgressListener;
import cn.onemap.sample.SampleCity;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;

/**
 * The small sample city (every layer kind, real attribute schemas, multi-geometries) generated into
 * H2GIS and PostGIS: every layer's vector tiles around the centre, in {@code c} and {@code
 * WebMercatorQuad}, decode to the same features and values on both backends.
 */
class SampleCityVectorTilesIT {
  private static StoreFixture h2;
  private static StoreFixture pg;
  private static Coordinate centre;

  @BeforeAll
  static void city() throws Exception {
    h2 = StoreFixture.open(Backend.H2GIS);
    pg = StoreFixture.open(Backend.POSTGIS);
    for (StoreFixture f : List.of(h2, pg)) {
      SampleCity.generate(
          CitySize.SMALL, f.store(), Files.createTempDirectory("bureau"), ProgressListener.none());
    }
    centre = h2.store().extent("roads").orElseThrow().centre();
  }

  @AfterAll
  static void close() {
    h2.close();
    pg.close();
  }

  @Test
  void everyLayerGivesTheSameTilesOnBothBackends() {
    MvtSettings settings = MvtSettings.defaults().withSimplifyPixels(0);
    var a = new VectorTileEncoder(h2.store(), settings);
    var b = new VectorTileEncoder(pg.store(), settings);
    int features = 0;
    long nanosH2 = 0;
    long nanosPg = 0;
    int tiles = 0;
    for (String setId : List.of("c", "WebMercatorQuad")) {
      TileMatrixSet set = TileMatrixSets.standard().find(setId).orElseThrow();
      TileMatrix m = set.matrix(setId.equals("c") ? "15" : "14").orElseThrow();
      double[] xy =
          setId.equals("c")
              ? new double[] {centre.x, centre.y}
              : Transforms.get("EPSG:4490", "EPSG:3857").transform(centre.x, centre.y);
      TileRange r = m.tileAt(xy[0], xy[1]);
      for (LayerDefinition layer : h2.store().layers()) {
        LayerDefinition other = pg.store().requireLayer(layer.id());
        for (long[] t :
            List.of(
                new long[] {r.minRow(), r.minCol()}, new long[] {r.minRow() + 1, r.minCol() + 1})) {
          String where = setId + "/" + m.identifier() + "/" + t[0] + "/" + t[1] + " " + layer.id();
          byte[] x;
          byte[] y;
          try {
            long t0 = System.nanoTime();
            x = a.encode(List.of(layer), set, m, t[0], t[1], Optional.empty());
            long t1 = System.nanoTime();
            y = b.encode(List.of(other), set, m, t[0], t[1], Optional.empty());
            nanosH2 += t1 - t0;
            nanosPg += System.nanoTime() - t1;
            tiles++;
          } catch (FeatureLimitException e) {
            continue; // too dense at this level on both: checked by VectorTilesIT
          }
          var fa = DecodedTile.decode(x).layers();
          var fb = DecodedTile.decode(y).layers();
          assertThat(fa.keySet()).as(where).isEqualTo(fb.keySet());
          if (fa.isEmpty()) {
            continue;
          }
          var ka = fa.get(layer.id()).byKey();
          var kb = fb.get(layer.id()).byKey();
          assertThat(ka.keySet()).as(where).isEqualTo(kb.keySet());
          for (String k : ka.keySet()) {
            assertThat(ka.get(k).values()).as(where + " " + k).isEqualTo(kb.get(k).values());
            assertThat(ka.get(k).geometry().getGeometryType())
                .as(where + " " + k)
                .isEqualTo(kb.get(k).geometry().getGeometryType());
            assertThat(
                    DiscreteHausdorffDistance.distance(ka.get(k).geometry(), kb.get(k).geometry()))
                .as(where + " " + k)
                .isLessThanOrEqualTo(2.0);
            features++;
          }
        }
      }
    }
    System.out.printf(
        "sample city: %d features in %d tiles; H2GIS (Java) %.1f ms/tile, PostGIS (ST_AsMVT) %.1f"
            + " ms/tile%n",
        features, tiles, nanosH2 / 1e6 / tiles, nanosPg / 1e6 / tiles);
    assertThat(features).isGreaterThan(500);
  }
}
