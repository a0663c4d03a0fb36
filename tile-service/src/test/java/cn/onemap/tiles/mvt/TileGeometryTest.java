package cn.onemap.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.testing.Wkt;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The tile (0..10, 0..10) in its CRS mapped to a 4096 grid with a 64-unit buffer: one CRS unit is
 * 409.6 tile units, y runs down.
 */
class TileGeometryTest {
  private final TileGeometry cut = new TileGeometry(new Envelope(0, 10, 0, 10), 4096, 64, 0);

  private Geometry tile(String wkt) {
    return cut.toTile(Wkt.read(wkt)).orElseThrow();
  }

  @Test
  void pointsMoveToTheGridWithYDown() {
    assertThat(tile("POINT (0 10)").toText()).isEqualTo("POINT (0 0)");
    assertThat(tile("POINT (10 0)").toText()).isEqualTo("POINT (4096 4096)");
    assertThat(tile("POINT (2.5 7.5)").toText()).isEqualTo("POINT (1024 1024)");
  }

  @Test
  void pointsBeyondTheBufferAreDropped() {
    assertThat(cut.toTile(Wkt.read("POINT (-0.1 5)"))).isPresent(); // 41 units out: kept
    assertThat(tile("POINT (-0.1574 5)").toText()).isEqualTo("POINT (-64 2048)"); // 64.47 out
    assertThat(cut.toTile(Wkt.read("POINT (-0.1575 5)"))).isEmpty(); // 64.51 units out
    assertThat(cut.toTile(Wkt.read("POINT (-0.2 5)"))).isEmpty(); // 82 units out
    assertThat(tile("MULTIPOINT ((1 1), (50 50))").toText()).isEqualTo("POINT (410 3686)");
  }

  @Test
  void linesAndPolygonsAreClippedAtTheBuffer() {
    Geometry line = tile("LINESTRING (-5 5, 15 5)");
    assertThat(line.getEnvelopeInternal()).isEqualTo(new Envelope(-64, 4160, 2048, 2048));
    Geometry polygon = tile("POLYGON ((-5 -5, 15 -5, 15 15, -5 15, -5 -5))");
    assertThat(polygon.getGeometryType()).isEqualTo("Polygon");
    assertThat(polygon.getEnvelopeInternal()).isEqualTo(new Envelope(-64, 4160, -64, 4160));
  }

  @Test
  void aPolygonTouchingTheClipEdgeGivesNoStrayLine() {
    // Shares only the clip box's left edge with the tile's buffer (x = -64 units = -0.15625).
    Geometry g =
        tile(
            "MULTIPOLYGON (((1 1, 2 1, 2 2, 1 2, 1 1)), ((-1 1, -0.15625 1, -0.15625 2, -1 2, -1 1)))");
    assertThat(g.getGeometryType()).isEqualTo("Polygon");
    assertThat(g.getArea()).isEqualTo(409.6 * 409.6, org.assertj.core.data.Offset.offset(1000.0));
  }

  @Test
  void collapsedAndTinyGeometriesAreDropped() {
    assertThat(cut.toTile(Wkt.read("LINESTRING (5 5, 5.0001 5.0001)"))).isEmpty();
    assertThat(cut.toTile(Wkt.read("POLYGON ((5 5, 5.001 5, 5.001 5.001, 5 5))"))).isEmpty();
    assertThat(cut.toTile(Wkt.read("LINESTRING (50 50, 60 60)"))).isEmpty();
  }

  @Test
  void simplificationRemovesDetailBelowTheTolerance() {
    var simplifying = new TileGeometry(new Envelope(0, 10, 0, 10), 4096, 64, 0.05);
    Geometry g =
        simplifying
            .toTile(Wkt.read("LINESTRING (1 1, 2 1.01, 3 1, 4 1.02, 5 1, 9 1)"))
            .orElseThrow();
    assertThat(g.getNumPoints()).isEqualTo(2);
  }
}
