package cn.onemap.loaders.crs;

import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.DatumFamily;
import cn.onemap.core.crs.GkZone;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/**
 * Turns the WKT of a .prj file or a GeoPackage srs definition into an EPSG code One Map supports.
 *
 * <p>First GeoTools: {@code CRS.parseWKT} and {@code CRS.lookupEpsgCode(crs, true)} (a full scan of
 * the EPSG database when the WKT carries no AUTHORITY, which takes a moment, once per file). ESRI
 * .prj files, which ArcGIS and ogr2ogr write, often defeat that lookup ("GCS_China_Geodetic…" datum
 * names), so a second step reads the names Chinese software uses: {@code
 * CGCS2000_3_Degree_GK_CM_117E}, {@code CGCS2000_3_Degree_GK_Zone_39}, {@code Xian_1980_…}, {@code
 * Beijing_1954_…}, and the geographic CRSs.
 */
public final class WktCrs {
  private static final Pattern PROJ_NAME = Pattern.compile("PROJCS\\[\\s*\"([^\"]+)\"");
  private static final Pattern GEOG_NAME = Pattern.compile("GEOGCS\\[\\s*\"([^\"]+)\"");
  private static final Pattern GK =
      Pattern.compile(
          "(?i)(3|6)[_-]?degree[_ ](?:gk|gauss-kruger)[_ ](cm[_ ](\\d{2,3})e|zone[_ ](\\d{2}))");

  private WktCrs() {}

  /** The canonical EPSG code, or empty when neither GeoTools nor the name rules know it. */
  public static Optional<String> epsgCode(String wkt) {
    if (wkt == null || wkt.isBlank()) {
      return Optional.empty();
    }
    Optional<String> byName = fromNames(wkt);
    if (byName.isPresent()) {
      return byName; // cheap and exact for the names Chinese software writes
    }
    try {
      CoordinateReferenceSystem crs = CRS.parseWKT(wkt.strip());
      Integer code = CRS.lookupEpsgCode(crs, true);
      if (code != null) {
        String c = "EPSG:" + code;
        return CrsRegistry.defaultRegistry().isSupported(c) ? Optional.of(c) : Optional.empty();
      }
    } catch (FactoryException | RuntimeException e) {
      // unparseable or unknown: the caller asks for --crs
    }
    return Optional.empty();
  }

  /** The PROJCS (or GEOGCS) name of the WKT, for messages. */
  public static String name(String wkt) {
    Matcher m = PROJ_NAME.matcher(wkt);
    if (m.find()) {
      return m.group(1);
    }
    m = GEOG_NAME.matcher(wkt);
    return m.find() ? m.group(1) : "?";
  }

  static Optional<String> fromNames(String wkt) {
    Matcher proj = PROJ_NAME.matcher(wkt);
    Matcher geog = GEOG_NAME.matcher(wkt);
    String geogName = geog.find() ? geog.group(1) : "";
    Optional<DatumFamily> datum = datum(geogName + " " + (proj.find(0) ? proj.group(1) : ""));
    if (datum.isEmpty()) {
      return Optional.empty();
    }
    if (!proj.find(0)) {
      return switch (datum.get()) {
        case CGCS2000 -> Optional.of("EPSG:4490");
        case XIAN80 -> Optional.of("EPSG:4610");
        case BEIJING54 -> Optional.of("EPSG:4214");
        case WGS84 -> Optional.of("EPSG:4326");
        default -> Optional.empty();
      };
    }
    Matcher gk = GK.matcher(proj.group(1));
    if (!gk.find() || datum.get() == DatumFamily.WGS84) {
      return Optional.empty();
    }
    int width = Integer.parseInt(gk.group(1));
    try {
      if (gk.group(3) != null) {
        int cm = Integer.parseInt(gk.group(3));
        GkZone zone = width == 3 ? GkZone.threeDegree(cm) : GkZone.sixDegree(cm);
        return Optional.of(zone.epsgCode(datum.get(), false));
      }
      int number = Integer.parseInt(gk.group(4));
      GkZone zone =
          width == 3
              ? new GkZone(3, number, number * 3.0)
              : new GkZone(6, number, 6.0 * number - 3);
      return Optional.of(zone.epsgCode(datum.get(), true));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<DatumFamily> datum(String names) {
    String n = names.toLowerCase(Locale.ROOT).replace(' ', '_');
    if (n.contains("cgcs") || n.contains("china_geodetic") || n.contains("china_2000")) {
      return Optional.of(DatumFamily.CGCS2000);
    }
    if (n.contains("xian") || n.contains("xi'an")) {
      return Optional.of(DatumFamily.XIAN80);
    }
    if (n.contains("beijing")) {
      return Optional.of(DatumFamily.BEIJING54);
    }
    if (n.contains("wgs_1984") || n.contains("wgs_84") || n.contains("wgs84")) {
      return Optional.of(DatumFamily.WGS84);
    }
    return Optional.empty();
  }
}
