package cn.onemap.core.crs;

import java.util.Map;

/**
 * A longitude for which EPSG defines no Chinese Gauss-Krüger zone (3° zones exist for central
 * meridians 75..135°E, 6° zones 13..23 for 72..138°E). Code {@code GK_ZONE_OUT_OF_RANGE}.
 */
public class GkZoneOutOfRangeException extends CrsException {

  public GkZoneOutOfRangeException(double longitude, int width, String message) {
    super("GK_ZONE_OUT_OF_RANGE", message, Map.of("longitude", longitude, "width", width), null);
  }
}
