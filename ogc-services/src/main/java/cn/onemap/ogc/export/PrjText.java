package cn.onemap.ogc.export;

import cn.onemap.core.crs.CrsInfo;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.crs.DatumFamily;
import cn.onemap.core.crs.GkZone;
import java.util.Locale;

/**
 * The WKT of an output CRS: in the ESRI flavour for a Shapefile's {@code .prj}, as ArcGIS writes it
 * for CGCS2000 (GCS_China_Geodetic_Coordinate_System_2000, D_China_2000, Gauss_Kruger with ArcGIS's
 * zone names), WGS 84 and Web Mercator — ArcGIS and SuperMap recognise those names, and GDAL maps
 * them back to EPSG — and in the OGC flavour (GeoTools' EPSG definition) for the GeoPackage {@code
 * gpkg_spatial_ref_sys}.
 */
final class PrjText {
  private static final String CGCS2000 =
      "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
          + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]]";
  private static final String WGS84 =
      "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
          + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  private PrjText() {}

  /** The ESRI WKT of an EPSG system (the OGC WKT when ArcGIS has no name of its own here). */
  static String esriWkt(int srid) {
    if (srid == 4490) {
      return CGCS2000;
    }
    if (srid == 4326) {
      return WGS84;
    }
    if (srid == 3857) {
      return "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\","
          + WGS84
          + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
          + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
          + "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],"
          + "UNIT[\"Meter\",1.0]]";
    }
    CrsInfo info = CrsRegistry.defaultRegistry().info("EPSG:" + srid);
    if (info.datum() == DatumFamily.CGCS2000 && info.gkZone().isPresent()) {
      GkZone z = info.gkZone().get();
      String cm = String.format(Locale.ROOT, "%.0f", z.centralMeridian());
      String name =
          (z.width() == 3 ? "CGCS2000_3_Degree_GK_" : "CGCS2000_GK_")
              + (info.zonePrefixed() ? "Zone_" + z.number() : "CM_" + cm + "E");
      double falseEasting = info.zonePrefixed() ? z.zonePrefixedFalseEasting() : 500_000.0;
      return "PROJCS[\""
          + name
          + "\","
          + CGCS2000
          + ",PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
          + String.format(Locale.ROOT, "%.1f", falseEasting)
          + "],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\","
          + cm
          + ".0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],"
          + "UNIT[\"Meter\",1.0]]";
    }
    return ogcWkt(srid);
  }

  /** The OGC WKT 1 of an EPSG system, from GeoTools' EPSG database. */
  static String ogcWkt(int srid) {
    try {
      return CrsRegistry.defaultRegistry()
          .geoToolsCrs("EPSG:" + srid)
          .toWKT()
          .replaceAll("\\s*\n\\s*", "");
    } catch (RuntimeException e) {
      throw new ExportException(
          "crs", "EPSG:" + srid + " has no WKT definition: " + e.getMessage());
    }
  }

  /** EPSG's name of the system, e.g. {@code China Geodetic Coordinate System 2000}. */
  static String name(int srid) {
    return CrsRegistry.defaultRegistry().info("EPSG:" + srid).name();
  }
}
