package cn.onemap.loaders.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WktCrsTest {
  /** As ArcGIS and ogr2ogr write it for EPSG:4548. */
  static final String ESRI_4548 =
      "PROJCS[\"CGCS2000_3_Degree_GK_CM_117E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
          + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
          + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
          + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",117.0],PARAMETER[\"Scale_Factor\",1.0],"
          + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

  @Test
  void esriNamesOfChineseSystems() {
    assertThat(WktCrs.epsgCode(ESRI_4548)).contains("EPSG:4548");
    assertThat(WktCrs.epsgCode(ESRI_4548.replace("CM_117E", "Zone_39"))).contains("EPSG:4527");
    assertThat(
            WktCrs.epsgCode(
                ESRI_4548
                    .replace("CGCS2000_3_Degree_GK_CM_117E", "Xian_1980_3_Degree_GK_CM_117E")
                    .replace("China_Geodetic_Coordinate_System_2000", "Xian_1980")
                    .replace("China_2000", "Xian_1980")))
        .contains("EPSG:2384");
    assertThat(
            WktCrs.epsgCode(
                "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"))
        .contains("EPSG:4490");
    assertThat(WktCrs.name(ESRI_4548)).isEqualTo("CGCS2000_3_Degree_GK_CM_117E");
  }

  @Test
  void otherWktGoesThroughGeoTools() {
    String utm50 =
        "PROJCS[\"WGS 84 / UTM zone 50N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",0.9996],"
            + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"32650\"]]";
    assertThat(WktCrs.epsgCode(utm50)).isEmpty(); // a real CRS, but not one One Map supports
    assertThat(WktCrs.epsgCode("not wkt")).isEmpty();
  }
}
