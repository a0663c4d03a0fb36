package cn.onemap.workflow.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.onemap.core.crs.Measurements;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Coverage against hand-computed areas. On the plane, a 100 m × 100 m grid:
 *
 * <pre>
 *   (0,100) +--------------+ (100,100)
 *           |      |       |      a walk crossing it west–east at y = 50 covers a 100 × 50 strip:
 *  ---------|------+-------|----  5000 m², ratio 0.5;
 *           |      |       |      a walk from (50,50) north out of it covers 50 × 50 = 2500 m²
 *     (0,0) +--------------+      plus the half disc π·25²/2 = 981.7 m² at its end: 0.348.
 * </pre>
 */
class CoverageOpTest {
  private static final WKTReader WKT = new WKTReader();
  private static final double PI_HALF_DISC = Math.PI * 25 * 25 / 2;

  private static Geometry wkt(String text) throws ParseException {
    return WKT.read(text);
  }

  private static LineString line(String text) throws ParseException {
    return (LineString) wkt(text);
  }

  private static final String GRID = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))";

  @Test
  void aWalkAcrossTheGridCoversAStrip() throws ParseException {
    Geometry covered =
        CoverageOp.onPlane(wkt(GRID), new LineString[] {line("LINESTRING (-50 50, 150 50)")}, 25);
    assertThat(covered.getArea()).isCloseTo(5000, offset(0.01));
  }

  @Test
  void aWalkEndingInsideCoversARectangleAndAHalfDisc() throws ParseException {
    Geometry covered =
        CoverageOp.onPlane(wkt(GRID), new LineString[] {line("LINESTRING (50 50, 50 200)")}, 25);
    // The cap is half of a 64-gon inscribed in the circle (16 segments per quarter): 32 triangles
    // of r²·sin(π/32)/2 = 980.17 m², 0.16% under the true half disc π·r²/2 = 981.75 m².
    double halfPolygon = 16 * 25 * 25 * Math.sin(Math.PI / 32);
    assertThat(covered.getArea()).isCloseTo(2500 + halfPolygon, offset(0.01));
    assertThat(halfPolygon).isCloseTo(PI_HALF_DISC, offset(PI_HALF_DISC * 0.002));
  }

  @Test
  void aStreetWalkedTwiceCountsOnceAndCrossingWalksOverlapOnce() throws ParseException {
    Geometry twice =
        CoverageOp.onPlane(
            wkt(GRID),
            new LineString[] {
              line("LINESTRING (-50 50, 150 50)"), line("LINESTRING (150 50, -50 50)")
            },
            25);
    assertThat(twice.getArea()).isCloseTo(5000, offset(0.01));
    // A cross: 5000 + 5000 − the 50 × 50 square where both strips overlap.
    Geometry cross =
        CoverageOp.onPlane(
            wkt(GRID),
            new LineString[] {
              line("LINESTRING (-50 50, 150 50)"), line("LINESTRING (50 -50, 50 150)")
            },
            25);
    assertThat(cross.getArea()).isCloseTo(7500, offset(0.01));
  }

  @Test
  void noWalkOrAWalkElsewhereCoversNothing() throws ParseException {
    assertThat(CoverageOp.onPlane(wkt(GRID), new LineString[0], 25).isEmpty()).isTrue();
    assertThat(
            CoverageOp.onPlane(
                    wkt(GRID), new LineString[] {line("LINESTRING (300 300, 400 300)")}, 25)
                .isEmpty())
        .isTrue();
  }

  /**
   * The same strip in Meizhou lon/lat: a grid 0.002° × 0.002° at 116.11°E, 24.29°N, crossed at its
   * middle latitude. The strip is 50 m wide and as long as the grid is wide, so its share is 50 m ÷
   * the grid's north–south extent (measured on the same plane): the radius is metres, not degrees.
   */
  @Test
  void inLonLatTheRadiusIsMetresOnTheGaussKrugerPlane() throws ParseException {
    Geometry grid =
        wkt(
            "POLYGON ((116.110 24.290, 116.112 24.290, 116.112 24.292, 116.110 24.292, 116.110 24.290))");
    grid.setSRID(4490);
    LineString walk = line("LINESTRING (116.109 24.291, 116.113 24.291)");
    walk.setSRID(4490);
    Coverage c = CoverageOp.coverage("G1", grid, List.of(walk), 25);
    Geometry plane = Measurements.toGaussKruger(grid);
    double northSouth = plane.getEnvelopeInternal().getHeight();
    assertThat(c.gridAreaM2()).isCloseTo(plane.getArea(), offset(1.0));
    assertThat(c.ratio()).isCloseTo(50 / northSouth, offset(0.002));
    assertThat(c.covered().getSRID()).isEqualTo(4490);
    assertThat(c.covered().getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(116.1099999);
    assertThat(c.patrols()).isEqualTo(1);
  }
}
