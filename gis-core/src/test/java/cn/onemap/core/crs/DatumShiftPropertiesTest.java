package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatumShiftPropertiesTest {
  static final String VALID =
      """
      # Xian 1980 -> CGCS2000, illustrative values
      shift.mz-x80.type = seven-parameter
      shift.mz-x80.source = XIAN80
      shift.mz-x80.convention = position-vector
      shift.mz-x80.tx = 38.2
      shift.mz-x80.ty = -112.5
      shift.mz-x80.tz = -57.9
      shift.mz-x80.rx = 0.7
      shift.mz-x80.ry = -1.9
      shift.mz-x80.rz = 2.2
      shift.mz-x80.scale = -1.6
      shift.mz-plane.type = four-parameter
      shift.mz-plane.source = urn:ogc:def:crs:EPSG::2384
      shift.mz-plane.target = 4548
      shift.mz-plane.dx = -93.4
      shift.mz-plane.dy = 21.7
      shift.mz-plane.rotation = 1.3
      shift.mz-plane.scale = 4.1
      default.XIAN80 = mz-x80
      """;

  @Test
  void loadsBothKindsAndTheDefault(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("datum-shifts.properties");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);
    DatumShiftRegistry r = new DatumShiftRegistry().load(file);
    assertThat(r.get("mz-x80"))
        .contains(new DatumShift.SevenParameter("mz-x80", DatumFamily.XIAN80, DatumShiftTest.PV));
    assertThat(r.get("mz-plane"))
        .contains(
            new DatumShift.FourParameter(
                "mz-plane", "EPSG:2384", "EPSG:4548", DatumShiftTest.PLANE));
    // two candidates for XIAN80, the default decides
    CrsRegistry registry = new CrsRegistry(r);
    double[] viaDefault = registry.transform("EPSG:4610", "EPSG:4490").transform(116.1, 24.3);
    double[] viaSeven =
        new CrsRegistry(new DatumShiftRegistry().register(r.get("mz-x80").orElseThrow()))
            .transform("EPSG:4610", "EPSG:4490")
            .transform(116.1, 24.3);
    assertThat(viaDefault).containsExactly(viaSeven);
  }

  @Test
  void missingConventionIsNamed() {
    String text = VALID.replace("shift.mz-x80.convention = position-vector\n", "");
    assertThatThrownBy(() -> load(text))
        .isInstanceOf(DatumShiftConfigException.class)
        .hasMessageContaining("missing shift.mz-x80.convention");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> load(VALID.replace("tx = 38.2", "tx = 38,2")))
        .hasMessageContaining("shift.mz-x80.tx = '38,2' is not a number");
    assertThatThrownBy(() -> load(VALID.replace("= position-vector", "= clockwise")))
        .hasMessageContaining("convention must be position-vector or coordinate-frame");
    assertThatThrownBy(() -> load(VALID.replace("= seven-parameter", "= nine")))
        .hasMessageContaining("type must be");
    assertThatThrownBy(() -> load(VALID + "shifts.typo = 1\n"))
        .hasMessageContaining("unexpected key 'shifts.typo'");
    assertThatThrownBy(
            () -> load(VALID.replace("default.XIAN80 = mz-x80", "default.BEIJING54 = mz-x80")))
        .hasMessageContaining("does not start from BEIJING54");
  }

  private static DatumShiftRegistry load(String text) {
    return new DatumShiftRegistry().load(new StringReader(text), "test.properties");
  }
}
