package cn.onemap.tiles.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileMatrixSetsTest {
  private final TileMatrixSets sets = TileMatrixSets.standard();

  @Test
  void tiandituCMatchesItsPublishedCapabilities() {
    TileMatrixSet c = sets.c();
    assertThat(c.crs()).isEqualTo("EPSG:4490");
    assertThat(c.matrices()).hasSize(20);
    TileMatrix l1 = c.matrix("1").orElseThrow();
    // Figures as Tianditu's vec_c GetCapabilities prints them.
    assertThat(l1.scaleDenominator()).isEqualTo(2.958293554545656E8);
    assertThat(l1.matrixWidth()).isEqualTo(2);
    assertThat(l1.matrixHeight()).isEqualTo(1);
    assertThat(l1.originX()).isEqualTo(-180);
    assertThat(l1.originY()).isEqualTo(90);
    assertThat(c.matrix("2").orElseThrow().scaleDenominator()).isEqualTo(1.479146777272828E8);
    assertThat(c.matrix("3").orElseThrow().scaleDenominator()).isEqualTo(7.39573388636414E7);
    assertThat(c.matrix("10").orElseThrow().scaleDenominator())
        .isCloseTo(577791.7098721984, within(1e-6));
    for (int level = 2; level <= 20; level++) {
      assertThat(c.matrix(Integer.toString(level)).orElseThrow().scaleDenominator() * 2)
          .isEqualTo(c.matrix(Integer.toString(level - 1)).orElseThrow().scaleDenominator());
    }
    TileMatrix l18 = c.matrix("18").orElseThrow();
    assertThat(l18.matrixWidth()).isEqualTo(262144);
    assertThat(l18.matrixHeight()).isEqualTo(131072);
    assertThat(l18.cellSize()).isEqualTo(0.703125 / 131072);
    assertThat(c.matrix("0")).isEmpty();
    assertThat(c.matrix("21")).isEmpty();
  }

  @Test
  void tiandituWHasTheSameNumberingInWebMercator() {
    TileMatrixSet w = sets.w();
    assertThat(w.crs()).isEqualTo("EPSG:3857");
    TileMatrix l1 = w.matrix("1").orElseThrow();
    assertThat(l1.scaleDenominator()).isEqualTo(2.958293554545656E8);
    assertThat(l1.matrixWidth()).isEqualTo(2);
    assertThat(l1.matrixHeight()).isEqualTo(2);
    assertThat(l1.originX()).isCloseTo(-20037508.3427892, within(1e-6));
    assertThat(l1.originY()).isCloseTo(20037508.3427892, within(1e-6));
    // 96 dpi: metres per pixel = scale × 0.0254 / 96.
    assertThat(l1.cellSize()).isCloseTo(2.958293554545656E8 * 0.0254 / 96, within(1e-6));
    assertThat(w.matrix("18").orElseThrow().cellSize())
        .isCloseTo(0.5971642834779395, within(1e-12));
  }

  @Test
  void ogcSetsMatchTileMatrixSet20() {
    TileMatrixSet crs84 = sets.worldCrs84Quad();
    TileMatrix z0 = crs84.matrix("0").orElseThrow();
    assertThat(z0.scaleDenominator()).isCloseTo(279541132.0143589, within(1e-6));
    assertThat(z0.cellSize()).isEqualTo(0.703125);
    assertThat(z0.matrixWidth()).isEqualTo(2);
    assertThat(z0.matrixHeight()).isEqualTo(1);
    assertThat(crs84.uri())
        .contains("http://www.opengis.net/def/tilematrixset/OGC/1.0/WorldCRS84Quad");
    assertThat(crs84.crsUri()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");

    TileMatrixSet merc = sets.webMercatorQuad();
    TileMatrix m0 = merc.matrix("0").orElseThrow();
    assertThat(m0.scaleDenominator()).isCloseTo(559082264.028717, within(1e-6));
    assertThat(m0.cellSize()).isCloseTo(156543.033928041, within(1e-9));
    assertThat(m0.matrixWidth()).isEqualTo(1);
    assertThat(merc.matrix("20").orElseThrow().scaleDenominator())
        .isCloseTo(533.182395962445, within(1e-9));
  }

  @Test
  void tileAddressesAndEnvelopesAreExactWithoutDrift() {
    TileMatrix l12 = sets.c().matrix("12").orElseThrow();
    // Meizhou's city centre (116.12 E, 24.29 N).
    TileRange at = l12.tileAt(116.12, 24.29);
    assertThat(at.minCol()).isEqualTo(3369);
    assertThat(at.minRow()).isEqualTo(747);
    Envelope e = l12.tileEnvelope(747, 3369);
    assertThat(e.getMinX()).isEqualTo(-180 + 3369 * (180.0 / 2048));
    assertThat(e.getMaxY()).isEqualTo(90 - 747 * (180.0 / 2048));
    assertThat(e.getWidth()).isEqualTo(180.0 / 2048);

    for (TileMatrixSet set : sets.all()) {
      TileMatrix deepest = set.last();
      long row = deepest.matrixHeight() - 1;
      long col = deepest.matrixWidth() - 1;
      Envelope last = deepest.tileEnvelope(row, col);
      Envelope left = deepest.tileEnvelope(row, col - 1);
      Envelope above = deepest.tileEnvelope(row - 1, col);
      assertThat(left.getMaxX()).as(set.id()).isEqualTo(last.getMinX());
      assertThat(above.getMinY()).as(set.id()).isEqualTo(last.getMaxY());
      assertThat(deepest.extent().getMaxX()).as(set.id()).isEqualTo(last.getMaxX());
      // The envelope's centre maps back to the same integer address.
      TileRange back = deepest.tileAt(last.centre().x, last.centre().y);
      assertThat(back).as(set.id()).isEqualTo(new TileRange(row, row, col, col));
    }
    assertThatThrownBy(() -> l12.tileEnvelope(2048, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coveringTilesIgnoreEdgesTouchedOnly() {
    TileMatrix l2 = sets.c().matrix("2").orElseThrow();
    // Level 2: 4×2 tiles of 90°. A box exactly on tile (0,2) touches neighbours only at edges.
    Envelope tile = l2.tileEnvelope(0, 2);
    assertThat(l2.tilesCovering(tile)).isEqualTo(new TileRange(0, 0, 2, 2));
    assertThat(l2.tilesCovering(new Envelope(-10, 10, -10, 10)))
        .isEqualTo(new TileRange(0, 1, 1, 2));
    assertThat(l2.tilesCovering(new Envelope(200, 210, 0, 1)).isEmpty()).isTrue();
    assertThat(l2.tilesCovering(new Envelope(5, 5, 5, 5))).isEqualTo(new TileRange(0, 0, 2, 2));
    assertThat(l2.metatile(1, 3, 4)).isEqualTo(new TileRange(0, 1, 0, 3));
  }

  @Test
  void meizhouGkCoversTheCityAtSurveyScales() {
    TileMatrixSet gk = sets.meizhouGk();
    assertThat(gk.crs()).isEqualTo("EPSG:4548");
    assertThat(gk.matrices())
        .extracting(TileMatrix::scaleDenominator)
        .containsExactly(50000.0, 25000.0, 10000.0, 5000.0, 2000.0, 1000.0, 500.0);
    TileMatrix l500 = gk.last();
    assertThat(l500.cellSize()).isCloseTo(0.14, within(1e-12));
    // Meizhou city (~116.12 E, 24.29 N) lies near easting 412 km, northing 2,687 km in zone 117.
    assertThat(gk.extent().contains(412_000, 2_687_000)).isTrue();
    assertThat(gk.extent().getWidth()).isGreaterThanOrEqualTo(220_000);
    assertThat(sets.find("MeizhouGK")).containsSame(gk);
    assertThat(sets.find("C")).isEmpty();
  }
}
