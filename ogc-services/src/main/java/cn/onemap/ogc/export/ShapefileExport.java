package cn.onemap.ogc.export;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A zipped ESRI Shapefile: {@code .shp .shx .dbf .prj .cpg} per shape type ({@code <layer>.shp}
 * when the layer has one type; {@code <layer>_point.shp}, {@code _line}, {@code _polygon}, {@code
 * _multipoint} when it mixes them, since a Shapefile holds one type), the {@code .prj} in the ESRI
 * WKT ArcGIS writes ({@link PrjText#esriWkt}), the {@code .cpg} naming the DBF encoding (UTF-8, or
 * GBK for old ArcGIS and SuperMap), and {@code export-notes.txt} listing the DBF field names as
 * written against the attribute names and labels, and what the format's limits changed (text cut at
 * 254 bytes, timestamps as text, geometry collections left out).
 */
final class ShapefileExport implements ExportWriter {

  @Override
  public void write(
      LayerDefinition layer,
      List<AttributeDefinition> attributes,
      Iterator<Feature> features,
      ExportOptions options,
      OutputStream out)
      throws IOException {
    DbfTable dbf = new DbfTable(attributes, options.dbfCharset());
    Map<ShapeGroup.Kind, ShapeGroup> groups = new EnumMap<>(ShapeGroup.Kind.class);
    int skipped = 0;
    try {
      while (features.hasNext()) {
        Feature f = features.next();
        Geometry g = f.geometry().map(options.crs()::fromStorage).orElse(null);
        ShapeGroup.Kind kind = g == null || g.isEmpty() ? nullKind(layer, groups) : kind(g);
        if (kind == null) {
          skipped++;
          continue;
        }
        ShapeGroup group = groups.get(kind);
        if (group == null) {
          group = new ShapeGroup(kind);
          groups.put(kind, group);
        }
        group.add(g);
        dbf.spool(group.rows, f.id(), f.attributes());
      }
      if (groups.isEmpty()) {
        ShapeGroup.Kind k = nullKind(layer, groups);
        groups.put(k, new ShapeGroup(k));
      }
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      String prj = PrjText.esriWkt(options.srid());
      String cpg = options.dbfCharset().equals(StandardCharsets.UTF_8) ? "UTF-8" : "GBK";
      for (ShapeGroup group : groups.values()) {
        group.finish();
        String base = groups.size() == 1 ? layer.id() : layer.id() + "_" + group.kind.suffix;
        zip.putNextEntry(new ZipEntry(base + ".shp"));
        group.writeShp(zip);
        zip.putNextEntry(new ZipEntry(base + ".shx"));
        group.writeShx(zip);
        zip.putNextEntry(new ZipEntry(base + ".dbf"));
        dbf.write(zip, group.dbfRows, group.count);
        zip.putNextEntry(new ZipEntry(base + ".prj"));
        zip.write(prj.getBytes(StandardCharsets.US_ASCII));
        zip.putNextEntry(new ZipEntry(base + ".cpg"));
        zip.write(cpg.getBytes(StandardCharsets.US_ASCII));
      }
      zip.putNextEntry(new ZipEntry("export-notes.txt"));
      zip.write(notes(layer, options, cpg, dbf, groups, skipped).getBytes(StandardCharsets.UTF_8));
      zip.finish();
    } finally {
      for (ShapeGroup g : groups.values()) {
        g.close();
      }
    }
  }

  private static String notes(
      LayerDefinition layer,
      ExportOptions options,
      String cpg,
      DbfTable dbf,
      Map<ShapeGroup.Kind, ShapeGroup> groups,
      int skipped) {
    List<String> lines = new ArrayList<>();
    lines.add("图层 (layer): " + layer.title() + " (" + layer.id() + ")");
    lines.add("坐标系 (CRS): " + options.crs().code());
    lines.add("DBF 编码 (encoding): " + cpg);
    for (ShapeGroup g : groups.values()) {
      lines.add("几何类型 " + g.kind.suffix + ": " + g.count + " 个要素 (features)");
    }
    if (skipped > 0) {
      lines.add(skipped + " 个几何集合要素无法写入 Shapefile，已略去 (geometry collections left out)");
    }
    lines.add("");
    lines.add("DBF 字段\t属性名 (attribute)\t中文名 (label)\t说明 (notes)");
    lines.add("id\t(要素编号 feature id)\t编号");
    lines.addAll(dbf.notes());
    return String.join("\r\n", lines) + "\r\n";
  }

  static ShapeGroup.Kind kind(Geometry g) {
    if (g instanceof Point) {
      return ShapeGroup.Kind.POINT;
    }
    if (g instanceof MultiPoint) {
      return ShapeGroup.Kind.MULTIPOINT;
    }
    if (g instanceof LineString || g instanceof MultiLineString) {
      return ShapeGroup.Kind.POLYLINE;
    }
    if (g instanceof Polygon || g instanceof MultiPolygon) {
      return ShapeGroup.Kind.POLYGON;
    }
    if (g instanceof GeometryCollection) {
      return null;
    }
    return null;
  }

  /** Where a feature without geometry goes: the layer's declared type, else any group. */
  private static ShapeGroup.Kind nullKind(
      LayerDefinition layer, Map<ShapeGroup.Kind, ShapeGroup> groups) {
    GeometryType t = layer.geometryType();
    return switch (t) {
      case POINT -> ShapeGroup.Kind.POINT;
      case MULTIPOINT -> ShapeGroup.Kind.MULTIPOINT;
      case LINESTRING, MULTILINESTRING -> ShapeGroup.Kind.POLYLINE;
      case POLYGON, MULTIPOLYGON -> ShapeGroup.Kind.POLYGON;
      case GEOMETRY -> groups.isEmpty() ? ShapeGroup.Kind.POINT : groups.keySet().iterator().next();
    };
  }
}
