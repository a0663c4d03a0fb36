package cn.onemap.core.crs;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Parser of the datum-shift properties file (java.util.Properties syntax, so comments take whole
 * lines). Example (values are illustrative, not Meizhou's):
 *
 * <pre>
 * # 7-parameter set, Xian 1980 -> CGCS2000. rx/ry/rz in arc-seconds, scale in ppm.
 * # convention (position-vector or coordinate-frame) is required.
 * shift.meizhou-x80.type = seven-parameter
 * shift.meizhou-x80.source = XIAN80
 * shift.meizhou-x80.convention = position-vector
 * shift.meizhou-x80.tx = 38.2
 * shift.meizhou-x80.ty = -112.5
 * shift.meizhou-x80.tz = -57.9
 * shift.meizhou-x80.rx = 0.7
 * shift.meizhou-x80.ry = -1.9
 * shift.meizhou-x80.rz = 2.2
 * shift.meizhou-x80.scale = -1.6
 *
 * # 4-parameter set, Xian 1980 GK CM 117E -> CGCS2000 GK CM 117E.
 * # rotation in arc-seconds, counter-clockwise from east; scale in ppm.
 * shift.meizhou-x80-plane.type = four-parameter
 * shift.meizhou-x80-plane.source = EPSG:2384
 * shift.meizhou-x80-plane.target = EPSG:4548
 * shift.meizhou-x80-plane.dx = -93.4
 * shift.meizhou-x80-plane.dy = 21.7
 * shift.meizhou-x80-plane.rotation = 1.3
 * shift.meizhou-x80-plane.scale = 4.1
 *
 * # which set to use when several start from the same datum or grid
 * default.XIAN80 = meizhou-x80
 * </pre>
 */
final class DatumShiftProperties {

  record Parsed(List<DatumShift> shifts, Map<String, String> defaults) {}

  private DatumShiftProperties() {}

  static Parsed parse(Reader reader, String origin) {
    Properties p = new Properties();
    try {
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new DatumShiftConfigException(origin, "cannot read: " + e.getMessage(), e);
    }
    TreeSet<String> names = new TreeSet<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("shift.") && key.indexOf('.', 6) > 6) {
        names.add(key.substring(6, key.indexOf('.', 6)));
      } else if (key.startsWith("default.")) {
        defaults.put(key.substring(8), p.getProperty(key).trim());
      } else {
        throw new DatumShiftConfigException(
            origin,
            "unexpected key '" + key + "' (expected shift.<name>.<field> or default.<source>)");
      }
    }
    List<DatumShift> shifts = new ArrayList<>();
    for (String name : names) {
      shifts.add(shift(p, name));
    }
    return new Parsed(shifts, defaults);
  }

  private static DatumShift shift(Properties p, String name) {
    String type = text(p, name, "type").toLowerCase(Locale.ROOT);
    switch (type) {
      case "seven-parameter", "seven", "7", "bursa-wolf" -> {
        DatumFamily source;
        try {
          source = DatumFamily.valueOf(text(p, name, "source").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new DatumShiftConfigException(name, "source must be XIAN80 or BEIJING54", e);
        }
        SevenParameters sp =
            new SevenParameters(
                number(p, name, "tx"),
                number(p, name, "ty"),
                number(p, name, "tz"),
                number(p, name, "rx"),
                number(p, name, "ry"),
                number(p, name, "rz"),
                number(p, name, "scale"),
                convention(p, name));
        return new DatumShift.SevenParameter(name, source, sp);
      }
      case "four-parameter", "four", "4" -> {
        FourParameters fp =
            new FourParameters(
                number(p, name, "dx"),
                number(p, name, "dy"),
                number(p, name, "rotation"),
                number(p, name, "scale"));
        return new DatumShift.FourParameter(
            name, text(p, name, "source"), text(p, name, "target"), fp);
      }
      default ->
          throw new DatumShiftConfigException(
              name, "type must be seven-parameter or four-parameter, not '" + type + "'");
    }
  }

  private static RotationConvention convention(Properties p, String name) {
    String v = text(p, name, "convention").toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (v) {
      case "position-vector", "pv" -> RotationConvention.POSITION_VECTOR;
      case "coordinate-frame", "cf" -> RotationConvention.COORDINATE_FRAME;
      default ->
          throw new DatumShiftConfigException(
              name, "convention must be position-vector or coordinate-frame, not '" + v + "'");
    };
  }

  private static String text(Properties p, String name, String field) {
    String v = p.getProperty("shift." + name + "." + field);
    if (v == null || v.isBlank()) {
      throw new DatumShiftConfigException(name, "missing shift." + name + "." + field);
    }
    return v.trim();
  }

  private static double number(Properties p, String name, String field) {
    String v = text(p, name, field);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new DatumShiftConfigException(
          name, "shift." + name + "." + field + " = '" + v + "' is not a number", e);
    }
  }
}
