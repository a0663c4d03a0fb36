package cn.onemap.core.crs;

/**
 * A named parameter set that takes coordinates from a legacy datum to CGCS2000. Sets are configured
 * per city (from the surveying bureau's published or estimated values) in a {@link
 * DatumShiftRegistry}; none is built in.
 */
public sealed interface DatumShift permits DatumShift.SevenParameter, DatumShift.FourParameter {

  /** Unique name, e.g. {@code meizhou-xian80-7p}. */
  String name();

  /**
   * The registry key of the source side: the datum family name ({@code XIAN80}, {@code BEIJING54})
   * for 7-parameter sets, the projected source CRS code for 4-parameter sets.
   */
  String sourceKey();

  /**
   * Bursa-Wolf from a legacy geodetic datum to CGCS2000, applied on geocentric XYZ: lon/lat on the
   * source datum's ellipsoid (Krassowsky 1940 for Beijing 1954, IAG 1975 for Xian 1980) at
   * ellipsoidal height 0 → XYZ → parameters → XYZ → lon/lat on the CGCS2000 ellipsoid. Heights are
   * not carried (2D data); the horizontal error this causes is under 1 mm for the metre-scale
   * height changes a shift implies.
   *
   * @param name unique name
   * @param source {@link DatumFamily#XIAN80} or {@link DatumFamily#BEIJING54}
   * @param parameters source → CGCS2000
   */
  record SevenParameter(String name, DatumFamily source, SevenParameters parameters)
      implements DatumShift {
    public SevenParameter {
      DatumShiftRegistry.requireName(name);
      if (source != DatumFamily.XIAN80 && source != DatumFamily.BEIJING54) {
        throw new DatumShiftConfigException(
            name, "a 7-parameter set must start from XIAN80 or BEIJING54, not " + source);
      }
      if (parameters == null) {
        throw new DatumShiftConfigException(name, "parameters are missing");
      }
    }

    @Override
    public String sourceKey() {
      return source.name();
    }
  }

  /**
   * Plane similarity from a legacy projected grid to a CGCS2000 projected grid, typically the same
   * Gauss-Krüger zone (e.g. EPSG:2384 Xian 1980 CM 117E → EPSG:4548) or a city's local grid ({@code
   * LOCAL:<name>}, which this set is what defines) → a CGCS2000 zone.
   *
   * @param name unique name
   * @param sourceCrs projected Xian 1980 / Beijing 1954 EPSG code, or {@code LOCAL:<name>}
   * @param targetCrs projected CGCS2000 EPSG code (4491–4554)
   * @param parameters source → target
   */
  record FourParameter(String name, String sourceCrs, String targetCrs, FourParameters parameters)
      implements DatumShift {
    public FourParameter {
      DatumShiftRegistry.requireName(name);
      sourceCrs = DatumShiftRegistry.checkFourParameterSource(name, sourceCrs);
      targetCrs = DatumShiftRegistry.checkFourParameterTarget(name, targetCrs);
      if (parameters == null) {
        throw new DatumShiftConfigException(name, "parameters are missing");
      }
    }

    @Override
    public String sourceKey() {
      return sourceCrs;
    }
  }
}
