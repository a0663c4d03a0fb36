package cn.onemap.core.crs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The reference systems One Map supports, their metadata, and cached transforms between them.
 *
 * <p>EPSG definitions come from the GeoTools EPSG database, always decoded longitude-first ({@code
 * CRS.decode(code, true)}) so that our x = east / y = north rule holds in any JVM. Decoding is slow
 * the first time (the database unpacks, ~1–2 s), so everything is decoded lazily on first use and
 * cached; transforms are cached per (source, target, datum shifts used). All caches are concurrent;
 * two threads racing on a cold entry may both compute it, which is harmless.
 *
 * <p>Use {@link #defaultRegistry()} (or {@link Transforms}) for the process-wide instance, whose
 * {@link #datumShifts()} the application configures at start-up; or build one with its own {@link
 * DatumShiftRegistry} (tests, multi-city deployments).
 */
public final class CrsRegistry {
  private static final CrsRegistry DEFAULT = new CrsRegistry(new DatumShiftRegistry());

  private final DatumShiftRegistry shifts;
  private final Map<String, CoordinateReferenceSystem> decoded = new ConcurrentHashMap<>();
  private final Map<String, CrsInfo> infos = new ConcurrentHashMap<>();
  private final Map<String, AreaOfUse> areas = new ConcurrentHashMap<>();
  private final Map<TransformKey, CoordinateTransform> transforms = new ConcurrentHashMap<>();
  private final TransformPlanner planner = new TransformPlanner(this);

  private record TransformKey(
      String from, String to, Optional<DatumShift> fromShift, Optional<DatumShift> toShift) {}

  public CrsRegistry(DatumShiftRegistry shifts) {
    this.shifts = shifts;
  }

  /** The process-wide registry. */
  public static CrsRegistry defaultRegistry() {
    return DEFAULT;
  }

  /** The datum-shift parameter sets this registry uses for legacy datums. */
  public DatumShiftRegistry datumShifts() {
    return shifts;
  }

  /**
   * Metadata of a supported CRS, in any accepted spelling of its code.
   *
   * @throws UnknownCrsException for malformed, unknown or unsupported codes
   */
  public CrsInfo info(String code) {
    String c = CrsCodes.canonical(code);
    if (c.startsWith("LOCAL:")) {
      return LocalGrids.info(c, shifts, this); // depends on mutable shift config: not cached
    }
    return cached(infos, c, this::buildInfo);
  }

  /** True when {@code code} is a supported CRS; never decodes anything. */
  public boolean isSupported(String code) {
    try {
      String c = CrsCodes.canonical(code);
      if (c.startsWith("EPSG:")) {
        return SupportedCrs.lookup(Integer.parseInt(c.substring(5))).isPresent();
      }
      return !c.startsWith("LOCAL:") || LocalGrids.definingShift(c, shifts).isPresent();
    } catch (UnknownCrsException e) {
      return false;
    }
  }

  /**
   * The longitude-first GeoTools CRS for an EPSG code or CRS:84.
   *
   * @throws CrsException {@code NOT_AN_EPSG_CRS} for GCJ-02, BD-09 and local grids
   */
  public CoordinateReferenceSystem geoToolsCrs(String code) {
    CrsInfo info = info(code);
    if (info.datum().isOffset() || info.datum() == DatumFamily.LOCAL) {
      throw new CrsException(
          "NOT_AN_EPSG_CRS", info.code() + " is not an EPSG system and has no GeoTools definition");
    }
    return decode(info.code());
  }

  /** The area-of-use check of a CRS. */
  public AreaOfUse areaOfUse(String code) {
    CrsInfo info = info(code);
    if (info.datum() == DatumFamily.LOCAL) {
      return LocalGrids.areaOfUse(info, shifts, this);
    }
    return cached(areas, info.code(), c -> AreaOfUseFactory.build(info, this));
  }

  /** Shortcut for {@code areaOfUse(code).assertWithin(g)}. */
  public void assertWithinAreaOfUse(String code, Geometry g) {
    areaOfUse(code).assertWithin(g);
  }

  /** Shortcut for {@code areaOfUse(code).assertWithin(e)}. */
  public void assertWithinAreaOfUse(String code, Envelope e) {
    areaOfUse(code).assertWithin(e);
  }

  /** True when {@code e} lies outside {@code code}'s area but inside it with x and y exchanged. */
  public boolean detectSwappedAxes(String code, Envelope e) {
    return areaOfUse(code).detectSwappedAxes(e);
  }

  /**
   * The transform from {@code from} to {@code to}, choosing datum shifts as {@link
   * DatumShiftRegistry} describes.
   *
   * @throws UnknownCrsException for unsupported codes
   * @throws DatumShiftNotConfiguredException when a legacy datum is involved and no set applies
   */
  public CoordinateTransform transform(String from, String to) {
    return transform(from, to, Optional.empty());
  }

  /** Like {@link #transform(String, String)} using the datum shift named {@code datumShift}. */
  public CoordinateTransform transform(String from, String to, String datumShift) {
    return transform(from, to, Optional.of(datumShift));
  }

  private CoordinateTransform transform(String from, String to, Optional<String> shiftName) {
    CrsInfo src = info(from);
    CrsInfo tgt = info(to);
    Optional<DatumShift> named =
        shiftName.map(
            n ->
                shifts
                    .get(n)
                    .orElseThrow(
                        () ->
                            new DatumShiftNotConfiguredException(
                                src.code(),
                                tgt.code(),
                                "No datum shift named '" + n + "' is registered")));
    boolean direct = TransformPlanner.sameDatum(src, tgt);
    Optional<DatumShift> srcShift = shiftFor(src, direct, named, src, tgt);
    Optional<DatumShift> tgtShift = shiftFor(tgt, direct, named, src, tgt);
    if (named.isPresent() && !named.equals(srcShift) && !named.equals(tgtShift)) {
      throw new DatumShiftNotConfiguredException(
          src.code(),
          tgt.code(),
          "Datum shift '"
              + named.get().name()
              + "' does not apply to "
              + src.code()
              + " -> "
              + tgt.code()
              + " (it starts from "
              + named.get().sourceKey()
              + ")");
    }
    TransformKey key = new TransformKey(src.code(), tgt.code(), srcShift, tgtShift);
    return cached(
        transforms,
        key,
        k ->
            new PipelineTransform(
                areaOfUse(src.code()),
                areaOfUse(tgt.code()),
                planner.plan(src, tgt, srcShift, tgtShift)));
  }

  /** The shift taking {@code side} to CGCS2000, when the transform needs one. */
  private Optional<DatumShift> shiftFor(
      CrsInfo side, boolean direct, Optional<DatumShift> named, CrsInfo src, CrsInfo tgt) {
    if (direct || !side.datum().isLegacy()) {
      return Optional.empty();
    }
    Optional<DatumShift> own = named.filter(s -> DatumShiftRegistry.applies(s, side));
    return Optional.of(shifts.select(side, own, src.code(), tgt.code()));
  }

  /** A strict (no default datum shift) GeoTools transform between two EPSG/CRS:84 codes. */
  MathTransform mathTransform(String from, String to) {
    try {
      return CRS.findMathTransform(decode(from), decode(to), false);
    } catch (FactoryException e) {
      throw new TransformFailedException(from, to, e.getMessage(), e);
    }
  }

  CoordinateReferenceSystem decode(String canonical) {
    return cached(
        decoded,
        canonical,
        c -> {
          try {
            return CRS.decode(c, true);
          } catch (FactoryException e) {
            throw new UnknownCrsException(c, "not in the EPSG database (" + e.getMessage() + ")");
          }
        });
  }

  private CrsInfo buildInfo(String c) {
    switch (c) {
      case "GCJ-02":
        return offsetInfo(c, "GCJ-02 (AMap/Tencent offset of WGS 84)", DatumFamily.GCJ02);
      case "BD-09":
        return offsetInfo(c, "BD-09 (Baidu offset of GCJ-02)", DatumFamily.BD09);
      case "CRS:84":
        return new CrsInfo(
            c,
            "WGS 84 longitude-latitude (OGC CRS84)",
            CrsKind.GEOGRAPHIC,
            DatumFamily.WGS84,
            Optional.empty(),
            false,
            "degree",
            LonLatEnvelope.WORLD);
      default:
        break;
    }
    SupportedCrs.Entry entry =
        SupportedCrs.lookup(Integer.parseInt(c.substring(5)))
            .orElseThrow(
                () -> new UnknownCrsException(c, "not one of the systems One Map supports"));
    CoordinateReferenceSystem crs = decode(c);
    GeographicBoundingBox box = CRS.getGeographicBoundingBox(crs);
    LonLatEnvelope area =
        box == null
            ? LonLatEnvelope.WORLD
            : new LonLatEnvelope(
                box.getWestBoundLongitude(),
                box.getEastBoundLongitude(),
                box.getSouthBoundLatitude(),
                box.getNorthBoundLatitude());
    return new CrsInfo(
        c,
        crs.getName().getCode(),
        entry.kind(),
        entry.datum(),
        entry.zone(),
        entry.zonePrefixed(),
        entry.kind() == CrsKind.GEOGRAPHIC ? "degree" : "metre",
        area);
  }

  private static CrsInfo offsetInfo(String code, String name, DatumFamily datum) {
    // The box of the public GCJ-02 formula: outside it the offset is zero, so data there is WGS 84.
    LonLatEnvelope china = new LonLatEnvelope(72.004, 137.8347, 0.8293, 55.8271);
    return new CrsInfo(
        code, name, CrsKind.GEOGRAPHIC, datum, Optional.empty(), false, "degree", china);
  }

  /**
   * {@code computeIfAbsent}, so each entry is computed exactly once even when threads race on a
   * cold cache (a racing thread waits for the first). Safe here because no computation touches the
   * map it is filling: decoding fills {@code decoded} only, metadata and areas read {@code
   * decoded}, transforms read the other three.
   */
  private static <K, V> V cached(Map<K, V> map, K key, Function<K, V> compute) {
    return map.computeIfAbsent(key, compute);
  }
}
