package cn.onemap.core.store.h2gis;

import cn.onemap.core.crs.Measurements;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2gis.functions.factory.H2GISFunctions;
import org.locationtech.jts.geom.Geometry;

/** Installs H2GIS's spatial functions and our own into an H2 database. */
public final class H2gisFunctions {
  static final String DWITHIN_METERS = "OM_DWITHIN_METERS";

  private H2gisFunctions() {}

  static void install(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        var rs =
            st.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_MAKEENVELOPE'")) {
      rs.next();
      if (rs.getInt(1) == 0) {
        H2GISFunctions.load(connection);
      }
    }
    try (Statement st = connection.createStatement()) {
      st.execute(
          "CREATE ALIAS IF NOT EXISTS "
              + DWITHIN_METERS
              + " DETERMINISTIC FOR \""
              + H2gisFunctions.class.getName()
              + ".dwithinMeters\"");
    }
  }

  /**
   * Whether two CGCS2000 geometries lie within {@code metres} of each other, measured in the
   * Gauss-Krüger zone of the first one, the same plane the city's surveys use. Called by H2 for
   * {@code DWITHIN(…, meters)} filters.
   */
  public static boolean dwithinMeters(Geometry a, Geometry b, double metres) {
    if (a == null || b == null) {
      return false;
    }
    return Measurements.distance(a, b) <= metres;
  }
}
