package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.DatumShiftRegistry;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.loaders.crs.CoordinateGuesser;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Sources in the offsets of commercial maps and in a legacy datum with a configured shift. */
class CrsImportIT {
  @TempDir Path dir;

  @Test
  void gcj02RecordsFromAMapAreShiftedBackToCgcs2000() throws Exception {
    Path csv = TestFiles.write(dir, "app.csv", "id,lng,lat\nA1,116.12,24.29\n");
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      new Importer(f.store())
          .run(
              ImportRequest.builder(csv, "reports")
                  .createLayer(NewLayer.of("上报", LayerKind.EVENT))
                  .crs("GCJ-02")
                  .key("id")
                  .build());
      Coordinate c =
          f.store().get("reports", "A1").orElseThrow().geometry().orElseThrow().getCoordinate();
      double[] expected =
          CrsRegistry.defaultRegistry().transform("GCJ-02", "EPSG:4490").transform(116.12, 24.29);
      assertThat(c.x).isCloseTo(expected[0], within(1e-12));
      assertThat(c.y).isCloseTo(expected[1], within(1e-12));
      assertThat(Math.abs(c.x - 116.12) + Math.abs(c.y - 24.29))
          .isGreaterThan(1e-3); // hundreds of metres
    }
  }

  @Test
  void xian80GridWithANamedSevenParameterSet() throws Exception {
    // Illustrative parameters, not Meizhou's: the test checks the wiring, not the numbers.
    String props =
        """
        shift.test-x80.type = seven-parameter
        shift.test-x80.source = XIAN80
        shift.test-x80.convention = position-vector
        shift.test-x80.tx = 38.2
        shift.test-x80.ty = -112.5
        shift.test-x80.tz = -57.9
        shift.test-x80.rx = 0.7
        shift.test-x80.ry = -1.9
        shift.test-x80.rz = 2.2
        shift.test-x80.scale = -1.6
        """;
    CrsRegistry registry =
        new CrsRegistry(new DatumShiftRegistry().load(new StringReader(props), "test"));
    Path csv = TestFiles.write(dir, "x80.csv", "id,x,y\nX1,409000.5,2688000.25\n");
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      new Importer(f.store(), registry, CoordinateGuesser.meizhou(), Optional.empty())
          .run(
              ImportRequest.builder(csv, "old_parcels")
                  .createLayer(NewLayer.of("旧地块", LayerKind.BASE))
                  .crs("EPSG:2384")
                  .datumShift("test-x80")
                  .key("id")
                  .build());
      Coordinate c =
          f.store().get("old_parcels", "X1").orElseThrow().geometry().orElseThrow().getCoordinate();
      double[] expected =
          registry.transform("EPSG:2384", "EPSG:4490", "test-x80").transform(409000.5, 2688000.25);
      assertThat(c.x).isCloseTo(expected[0], within(1e-12));
      assertThat(c.y).isCloseTo(expected[1], within(1e-12));
    }
  }
}
