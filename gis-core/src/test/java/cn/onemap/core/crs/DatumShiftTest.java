package cn.onemap.core.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 7- and 4-parameter datum shifts through the registry. The 7-parameter results are compared with
 * PROJ's helmert (fixtures xian80_to_cgcs2000_{pv,cf}.csv). Parameter values are illustrative.
 */
class DatumShiftTest {
  static final SevenParameters PV =
      new SevenParameters(
          38.2, -112.5, -57.9, 0.7, -1.9, 2.2, -1.6, RotationConvention.POSITION_VECTOR);
  static final FourParameters PLANE = new FourParameters(-93.4, 21.7, 1.3, 4.1);

  private static CrsRegistry registryWith(DatumShift... shifts) {
    DatumShiftRegistry r = new DatumShiftRegistry();
    for (DatumShift s : shifts) {
      r.register(s);
    }
    return new CrsRegistry(r);
  }

  @Test
  void legacyDatumWithoutConfiguredSetIsRefused() {
    CrsRegistry registry = registryWith();
    assertThatThrownBy(() -> registry.transform("EPSG:4610", "EPSG:4490"))
        .isInstanceOf(DatumShiftNotConfiguredException.class)
        .hasMessageContaining("No datum shift is configured from Xian 1980 (EPSG:4610) to CGCS2000")
        .hasMessageContaining("DatumShiftRegistry.register");
    assertThatThrownBy(() -> registry.transform("EPSG:4490", "EPSG:2436"))
        .isInstanceOf(DatumShiftNotConfiguredException.class)
        .hasMessageContaining("Beijing 1954");
    assertThatThrownBy(() -> registry.transform("EPSG:4214", "EPSG:4610"))
        .isInstanceOf(DatumShiftNotConfiguredException.class);
    // within one legacy datum no shift is needed
    assertThat(registry.transform("EPSG:4214", "EPSG:2436").transform(116.1, 24.3)[0])
        .isBetween(408_000.0, 409_000.0);
  }

  @Test
  void positionVectorSetMatchesProj() {
    CrsRegistry registry =
        registryWith(new DatumShift.SevenParameter("x80", DatumFamily.XIAN80, PV));
    assertMatches(registry.transform("EPSG:4610", "EPSG:4490"), "xian80_to_cgcs2000_pv.csv");
  }

  @Test
  void coordinateFrameSetMatchesProj() {
    SevenParameters cf =
        new SevenParameters(
            38.2, -112.5, -57.9, 0.7, -1.9, 2.2, -1.6, RotationConvention.COORDINATE_FRAME);
    CrsRegistry registry =
        registryWith(new DatumShift.SevenParameter("x80", DatumFamily.XIAN80, cf));
    assertMatches(registry.transform("EPSG:4610", "EPSG:4490"), "xian80_to_cgcs2000_cf.csv");
    // the same set restated in the other convention gives the same transform
    CrsRegistry restated =
        registryWith(
            new DatumShift.SevenParameter(
                "x80", DatumFamily.XIAN80, cf.withConvention(RotationConvention.POSITION_VECTOR)));
    assertMatches(restated.transform("EPSG:4610", "EPSG:4490"), "xian80_to_cgcs2000_cf.csv");
  }

  private static void assertMatches(CoordinateTransform t, String fixture) {
    List<double[]> rows = Fixtures.rows(fixture);
    assertThat(rows).hasSize(342);
    for (double[] r : rows) {
      double[] out = t.transform(r[0], r[1]);
      assertThat(out[0]).as("lon of %s,%s", r[0], r[1]).isCloseTo(r[2], within(1e-8));
      assertThat(out[1]).as("lat of %s,%s", r[0], r[1]).isCloseTo(r[3], within(1e-8));
      // 2D round trip: within ~0.5 mm, since the height the forward step produces is dropped
      double[] back = t.inverse().transform(out[0], out[1]);
      assertThat(back[0]).isCloseTo(r[0], within(1e-8));
      assertThat(back[1]).isCloseTo(r[1], within(1e-8));
    }
  }

  @Test
  void sevenParameterChainsThroughProjections() {
    CrsRegistry registry =
        registryWith(new DatumShift.SevenParameter("x80", DatumFamily.XIAN80, PV));
    double[] x80Grid = registry.transform("EPSG:4610", "EPSG:2384").transform(116.1, 24.3);
    double[] viaChain =
        registry.transform("EPSG:2384", "EPSG:4548").transform(x80Grid[0], x80Grid[1]);
    double[] lonLat = registry.transform("EPSG:4610", "EPSG:4490").transform(116.1, 24.3);
    double[] expected =
        registry.transform("EPSG:4490", "EPSG:4548").transform(lonLat[0], lonLat[1]);
    assertThat(viaChain[0]).isCloseTo(expected[0], within(1e-6));
    assertThat(viaChain[1]).isCloseTo(expected[1], within(1e-6));
    // and the shift is tens of metres, so a silent zero shift would be caught
    assertThat(Math.hypot(viaChain[0] - x80Grid[0], viaChain[1] - x80Grid[1])).isGreaterThan(10);
  }

  @Test
  void fourParameterSetIsThePlaneSimilarity() {
    CrsRegistry registry =
        registryWith(new DatumShift.FourParameter("plane", "EPSG:2384", "EPSG:4548", PLANE));
    double x = 408_634.4;
    double y = 2_688_813.3;
    double theta = 1.3 / 3600 * Math.PI / 180;
    double k = 1 + 4.1e-6;
    double[] out = registry.transform("EPSG:2384", "EPSG:4548").transform(x, y);
    assertThat(out[0])
        .isCloseTo(-93.4 + k * (x * Math.cos(theta) - y * Math.sin(theta)), within(1e-6));
    assertThat(out[1])
        .isCloseTo(21.7 + k * (x * Math.sin(theta) + y * Math.cos(theta)), within(1e-6));
    double[] back = registry.transform("EPSG:4548", "EPSG:2384").transform(out[0], out[1]);
    assertThat(back[0]).isCloseTo(x, within(1e-6));
    assertThat(back[1]).isCloseTo(y, within(1e-6));
    // from Xian 1980 lon/lat the chain projects to 2384 first
    double[] fromGeo = registry.transform("EPSG:4610", "EPSG:4548").transform(116.1, 24.3);
    double[] projected = registry.transform("EPSG:4610", "EPSG:2384").transform(116.1, 24.3);
    assertThat(fromGeo).containsExactly(PLANE.apply(projected[0], projected[1]), within(1e-6));
  }

  @Test
  void severalCandidatesNeedANameOrADefault() {
    CrsRegistry registry =
        registryWith(
            new DatumShift.SevenParameter("x80-7p", DatumFamily.XIAN80, PV),
            new DatumShift.FourParameter("x80-4p", "EPSG:2384", "EPSG:4548", PLANE));
    assertThatThrownBy(() -> registry.transform("EPSG:2384", "EPSG:4548"))
        .isInstanceOf(DatumShiftNotConfiguredException.class)
        .hasMessageContaining("Several datum shifts")
        .hasMessageContaining("x80-7p")
        .hasMessageContaining("x80-4p");
    double[] named =
        registry.transform("EPSG:2384", "EPSG:4548", "x80-4p").transform(408_634.4, 2_688_813.3);
    assertThat(named).containsExactly(PLANE.apply(408_634.4, 2_688_813.3), within(1e-6));
    registry.datumShifts().setDefault("XIAN80", "x80-7p");
    double[] byDefault =
        registry.transform("EPSG:2384", "EPSG:4548").transform(408_634.4, 2_688_813.3);
    assertThat(byDefault[0]).isNotCloseTo(named[0], within(0.01));
    assertThatThrownBy(() -> registry.transform("EPSG:4490", "EPSG:4548", "x80-7p"))
        .isInstanceOf(DatumShiftNotConfiguredException.class)
        .hasMessageContaining("does not apply");
    assertThatThrownBy(() -> registry.transform("EPSG:2384", "EPSG:4548", "nope"))
        .hasMessageContaining("No datum shift named 'nope'");
  }

  @Test
  void localGridIsDefinedByItsFourParameterSet() {
    FourParameters local = new FourParameters(350_000.0, -2_500_000.0, -120.0, 15.0);
    CrsRegistry registry =
        registryWith(new DatumShift.FourParameter("mz-local", "local:meizhou", "EPSG:4548", local));
    CrsInfo info = registry.info("LOCAL:meizhou");
    assertThat(info.datum()).isEqualTo(DatumFamily.LOCAL);
    assertThat(info.name()).contains("EPSG:4548").contains("mz-local");
    double[] gk = registry.transform("EPSG:4490", "EPSG:4548").transform(116.1, 24.3);
    double[] localXy = registry.transform("EPSG:4490", "LOCAL:meizhou").transform(116.1, 24.3);
    assertThat(local.apply(localXy[0], localXy[1])).containsExactly(gk, within(1e-6));
    double[] lonLat =
        registry.transform("LOCAL:meizhou", "EPSG:4490").transform(localXy[0], localXy[1]);
    assertThat(lonLat).containsExactly(new double[] {116.1, 24.3}, within(1e-10));
    assertThatThrownBy(() -> registry.transform("LOCAL:meizhou", "EPSG:4490").transform(1e9, 1e9))
        .isInstanceOf(OutsideAreaOfUseException.class);
  }

  @Test
  void registrationRejectsConflictsAndWrongKinds() {
    DatumShiftRegistry r = new DatumShiftRegistry();
    r.register(new DatumShift.SevenParameter("a", DatumFamily.XIAN80, PV));
    r.register(new DatumShift.SevenParameter("a", DatumFamily.XIAN80, PV)); // identical: fine
    assertThatThrownBy(
            () -> r.register(new DatumShift.SevenParameter("a", DatumFamily.BEIJING54, PV)))
        .isInstanceOf(DatumShiftConfigException.class)
        .hasMessageContaining("already registered");
    assertThatThrownBy(() -> new DatumShift.SevenParameter("b", DatumFamily.WGS84, PV))
        .isInstanceOf(DatumShiftConfigException.class);
    assertThatThrownBy(() -> new DatumShift.FourParameter("c", "EPSG:2384", "EPSG:2385", PLANE))
        .hasMessageContaining("must be a projected CGCS2000 CRS");
    assertThatThrownBy(() -> new DatumShift.FourParameter("d", "EPSG:4610", "EPSG:4548", PLANE))
        .hasMessageContaining("must be a projected Xian 1980 or Beijing 1954 CRS");
    assertThatThrownBy(
            () -> new DatumShift.FourParameter("bad name", "EPSG:2384", "EPSG:4548", PLANE))
        .isInstanceOf(DatumShiftConfigException.class);
    assertThatThrownBy(() -> new SevenParameters(1, 2, 3, 0, 0, 0, 0, null))
        .hasMessageContaining("rotation convention");
  }
}
