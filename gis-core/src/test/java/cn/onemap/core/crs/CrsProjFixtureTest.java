package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our transforms against PROJ 9.1.1 {@code cs2cs} over the Meizhou extent (fixtures and the script
 * that makes them in src/test/resources/testdata/crs/). Every row must agree within 1 mm for
 * projected output and 1e-8° (~1 mm) for geographic output, through the bulk path and the
 * single-point path.
 */
class CrsProjFixtureTest {
  private static final double MM = 0.001;
  private static final double DEG = 1e-8;

  @ParameterizedTest(name = "{1} -> {2} ({0})")
  @CsvSource({
    "cgcs2000_to_4548.csv, EPSG:4490, EPSG:4548",
    "cgcs2000_to_4547.csv, EPSG:4490, EPSG:4547",
    "cgcs2000_to_4526.csv, EPSG:4490, EPSG:4526",
    "cgcs2000_to_4527.csv, EPSG:4490, EPSG:4527",
    "cgcs2000_to_4498.csv, EPSG:4490, EPSG:4498",
    "cgcs2000_to_3857.csv, EPSG:4490, EPSG:3857",
    "xian80_to_2384.csv, EPSG:4610, EPSG:2384",
    "beijing54_to_2436.csv, EPSG:4214, EPSG:2436",
    "gk4548_to_cgcs2000.csv, EPSG:4548, EPSG:4490"
  })
  void agreesWithProjOnEveryRow(String file, String from, String to) {
    List<double[]> rows = Fixtures.rows(file);
    assertThat(rows).hasSize(342);
    CoordinateTransform t = Transforms.get(from, to);
    double tol = t.target().isGeographic() ? DEG : MM;

    double[] src = new double[2 * rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      src[2 * i] = rows.get(i)[0];
      src[2 * i + 1] = rows.get(i)[1];
    }
    double[] bulk = t.transform(src);
    double maxErr = 0;
    for (int i = 0; i < rows.size(); i++) {
      double[] row = rows.get(i);
      double[] single = t.transform(row[0], row[1]);
      assertThat(bulk[2 * i])
          .as("x of row %d %s,%s", i, row[0], row[1])
          .isCloseTo(row[2], within(tol));
      assertThat(bulk[2 * i + 1]).as("y of row %d", i).isCloseTo(row[3], within(tol));
      assertThat(single).containsExactly(bulk[2 * i], bulk[2 * i + 1]);
      maxErr =
          Math.max(
              maxErr, Math.max(Math.abs(bulk[2 * i] - row[2]), Math.abs(bulk[2 * i + 1] - row[3])));
    }
    assertThat(maxErr).isLessThanOrEqualTo(tol);
  }

  @ParameterizedTest(name = "inverse of {1} -> {2}")
  @CsvSource({
    "cgcs2000_to_4548.csv, EPSG:4490, EPSG:4548",
    "cgcs2000_to_4547.csv, EPSG:4490, EPSG:4547",
    "cgcs2000_to_3857.csv, EPSG:4490, EPSG:3857",
    "xian80_to_2384.csv, EPSG:4610, EPSG:2384"
  })
  void inverseReturnsProjInputs(String file, String from, String to) {
    CoordinateTransform inv = Transforms.get(from, to).inverse();
    for (double[] row : Fixtures.rows(file)) {
      double[] back = inv.transform(row[2], row[3]);
      // PROJ's output is rounded to 1 µm, about 1e-11°
      assertThat(back[0]).isCloseTo(row[0], within(DEG));
      assertThat(back[1]).isCloseTo(row[1], within(DEG));
    }
  }
}
