package cn.onemap.core.store;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeValueException;
import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.catalog.CodeList;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.UnknownPropertyException;
import cn.onemap.core.crs.CrsRegistry;
import cn.onemap.core.geom.GeometryValidator;
import cn.onemap.core.geom.InvalidGeometryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks applied to every value before it is written: known attribute names, values of the right
 * type, required attributes present, geometry of the layer's type, valid, in CGCS2000 and inside
 * its area of use.
 *
 * <p>Attributes naming a code list take only its codes; a code outside it is an {@link
 * AttributeValueException} naming the list and a few allowed codes. On an update only the changed
 * attributes are checked against their lists, so a feature whose old value left a replaced list can
 * still be edited otherwise.
 *
 * <p>Public so that loaders can check a row before streaming it into a batch, and report it instead
 * of failing the whole import; the store applies the same rules again on write.
 */
public final class FeatureRules {
  private final LayerDefinition layer;
  private final Map<String, CodeList> codeLists = new java.util.HashMap<>();
  private static final String STORAGE_CRS = "EPSG:" + LayerDefinition.STORAGE_SRID;

  /**
   * Rules without code-list checks: for geometry checks and layers naming no code list. Writes use
   * {@link FeatureStore#rules} (or the two-argument constructor), which check codes too.
   */
  public FeatureRules(LayerDefinition layer) {
    this.layer = layer;
  }

  /** Rules with the code lists the layer's attributes name, resolved once here. */
  public FeatureRules(LayerDefinition layer, Function<String, Optional<CodeList>> codeLists) {
    this.layer = layer;
    for (AttributeDefinition a : layer.attributes()) {
      if (a.codeList() != null) {
        CodeList list =
            codeLists
                .apply(a.codeList())
                .orElseThrow(
                    () ->
                        new cn.onemap.core.catalog.SchemaException(
                            "attribute '"
                                + a.name()
                                + "' of layer '"
                                + layer.id()
                                + "' names the unknown code list '"
                                + a.codeList()
                                + "'",
                            Map.of("attribute", a.name(), "codeList", a.codeList())));
        this.codeLists.put(a.name(), list);
      }
    }
  }

  /** The code list of an attribute, if it has one. */
  public Optional<CodeList> codeList(String attribute) {
    return Optional.ofNullable(codeLists.get(attribute));
  }

  /** Values in schema order, converted to their types; unknown names are refused. */
  public List<Object> values(Map<String, Object> attributes) {
    return values(attributes, attributes.keySet());
  }

  private List<Object> values(Map<String, Object> attributes, java.util.Set<String> coded) {
    for (String name : attributes.keySet()) {
      if (layer.attribute(name).isEmpty()) {
        throw new UnknownPropertyException(
            layer.id(), name, layer.attributes().stream().map(AttributeDefinition::name).toList());
      }
    }
    var values = new ArrayList<Object>(layer.attributes().size());
    for (AttributeDefinition a : layer.attributes()) {
      Object value = AttributeValues.coerce(a, attributes.get(a.name()));
      if (value == null && a.required()) {
        throw new AttributeValueException(
            a.name(),
            "attribute '"
                + a.name()
                + "' ("
                + a.label()
                + ") is required in layer '"
                + layer.id()
                + "'");
      }
      CodeList list = codeLists.get(a.name());
      if (value != null && list != null && coded.contains(a.name()) && !list.contains(value)) {
        throw new cn.onemap.core.catalog.CodeValueException(
            a.name(),
            list.id(),
            "attribute '"
                + a.name()
                + "' ("
                + a.label()
                + ") cannot take the code '"
                + abbreviate(value)
                + "': it is not in code list '"
                + list.id()
                + "' ("
                + list.title()
                + "); allowed: "
                + allowed(list));
      }
      values.add(value);
    }
    return values;
  }

  /**
   * Merges changed attributes into the values of the current version, then checks them like {@link
   * #values}.
   */
  List<Object> merged(List<Object> current, Map<String, Object> changes) {
    var merged = new java.util.LinkedHashMap<String, Object>();
    for (int i = 0; i < layer.attributes().size(); i++) {
      merged.put(layer.attributes().get(i).name(), current.get(i));
    }
    merged.putAll(changes);
    for (String name : changes.keySet()) {
      if (layer.attribute(name).isEmpty()) {
        throw new UnknownPropertyException(
            layer.id(), name, layer.attributes().stream().map(AttributeDefinition::name).toList());
      }
    }
    return values(merged, changes.keySet());
  }

  private static String allowed(CodeList list) {
    var shown = list.entries().stream().limit(12).map(e -> e.code() + " " + e.name()).toList();
    return String.join(", ", shown) + (list.entries().size() > 12 ? ", …" : "");
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  public Geometry geometry(Geometry g) {
    if (g == null) {
      throw new InvalidGeometryException("a geometry is required", "missing", null);
    }
    if (!layer.geometryType().accepts(g.getGeometryType())) {
      throw new InvalidGeometryException(
          "layer '"
              + layer.id()
              + "' stores "
              + layer.geometryType()
              + " geometries, not "
              + g.getGeometryType(),
          "wrong geometry type",
          g.getCoordinate());
    }
    if (g.getSRID() != 0 && g.getSRID() != LayerDefinition.STORAGE_SRID) {
      throw new InvalidGeometryException(
          "geometry is in EPSG:"
              + g.getSRID()
              + "; the store holds CGCS2000 (EPSG:4490): transform it first",
          "wrong CRS",
          g.getCoordinate());
    }
    GeometryValidator.requireValid(g);
    // Catches swapped lat/lon, projected metres passed as degrees and data from another country.
    CrsRegistry.defaultRegistry().assertWithinAreaOfUse(STORAGE_CRS, g);
    Geometry checked = g;
    Geometry stored =
        layer.geometryType().isMulti() && !checked.getGeometryType().startsWith("Multi")
            ? promote(checked)
            : checked;
    stored.setSRID(LayerDefinition.STORAGE_SRID);
    return stored;
  }

  private static Geometry promote(Geometry g) {
    var f = g.getFactory();
    return switch (g.getGeometryType()) {
      case Geometry.TYPENAME_POINT ->
          f.createMultiPoint(
              new org.locationtech.jts.geom.Point[] {(org.locationtech.jts.geom.Point) g});
      case Geometry.TYPENAME_LINESTRING ->
          f.createMultiLineString(
              new org.locationtech.jts.geom.LineString[] {
                (org.locationtech.jts.geom.LineString) g
              });
      case Geometry.TYPENAME_POLYGON ->
          f.createMultiPolygon(
              new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) g});
      default -> g;
    };
  }
}
