package cn.onemap.core.crs;

import java.util.Map;

/**
 * A transform between a legacy datum (Beijing 1954, Xian 1980, a local city grid) and CGCS2000 was
 * requested but no parameter set is configured, or several are and none was chosen. One Map never
 * falls back to a library default: published defaults for these datums are off by tens of metres in
 * any given city. Code {@code DATUM_SHIFT_NOT_CONFIGURED}.
 */
public class DatumShiftNotConfiguredException extends CrsException {

  public DatumShiftNotConfiguredException(String from, String to, String message) {
    super("DATUM_SHIFT_NOT_CONFIGURED", message, Map.of("from", from, "to", to), null);
  }
}
