package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK
 * mojibake), RFC 4180 quoting and CRLF line ends, a header of attribute names (or Chinese labels),
 * the feature id first, {@code x}/{@code y} columns for point layers and the geometry as WKT last.
 * A text value starting with {@code = + - @} gets a leading apostrophe so Excel does not run it as
 * a formula (CSV injection); numbers are written as they are.
 */
final class CsvExport implements ExportWriter {
  static final char BOM = '\uFEFF';

  @Override
  public void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    boolean points = layer.geometryType() == cn.onemap.core.catalog.GeometryType.POINT;
    w.write(BOM);
    List<String> header = new ArrayList<>();
    header.add(options.labelHeaders() ? "编号" : "id");
    for (AttributeDefinition a : attributes) {
      header.add(options.labelHeaders() ? a.label() : a.name());
    }
    if (points) {
      header.add("x");
      header.add("y");
    }
    header.add("wkt");
    record(w, header, false);
    WKTWriter wkt = new WKTWriter(2);
    List<String> row = new ArrayList<>();
    while (features.hasNext()) {
      Feature f = features.next();
      row.clear();
      row.add(f.id());
      for (AttributeDefinition a : attributes) {
        Object v = f.attributes().get(a.name());
        row.add(v == null ? "" : Values.text(v));
      }
      Geometry g = f.geometry().map(options.crs()::fromStorage).orElse(null);
      if (points) {
        Point p = g instanceof Point pt && !pt.isEmpty() ? pt : null;
        row.add(p == null ? "" : Values.number(p.getX()));
        row.add(p == null ? "" : Values.number(p.getY()));
      }
      row.add(g == null ? "" : wkt.write(g));
      record(w, row, true);
    }
    w.flush();
  }

  private static void record(Writer w, List<String> fields, boolean protect) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      field(w, fields.get(i), protect);
    }
    w.write("\r\n");
  }

  static void field(Writer w, String s, boolean protect) throws IOException {
    String v = s;
    if (protect && !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      w.write('"');
      w.write(v.replace("\"", "\"\""));
      w.write('"');
    } else {
      w.write(v);
    }
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
