package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.LayerEdits;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.ogc.fes.FesFilterParser;
import cn.onemap.ogc.fes.PropertyNames;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.gml.GmlGeometryReader;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a {@code wfs:Transaction} (2.0, 1.1 or 1.0.0 with GML 2 geometries, x/y) into the edits of
 * each layer it touches: Insert (GML features; the gml:id, if any, becomes the fid), Update
 * (wfs:Property with ValueReference / Name and Value, plus a filter resolved to feature ids) and
 * Delete (filter resolved to ids). Every property name is checked; the caller must be allowed to
 * edit every layer. Update and Delete filters are resolved against the store as it was before the
 * transaction (not against its own earlier inserts).
 */
final class TransactionReader {
  /**
   * The edits grouped by layer (in order of first appearance) and, for each Insert in document
   * order, its layer and its position among that layer's inserts (for InsertResults).
   */
  record Parsed(List<LayerEdits> batches, List<InsertRef> inserts) {
    long updates() {
      return batches.stream()
          .flatMap(b -> b.edits().stream())
          .filter(e -> e instanceof FeatureEdit.Update)
          .count();
    }
  }

  /** The n-th insert of a layer. */
  record InsertRef(String layerId, int index) {}

  private final WfsContext ctx;
  private final AccessPolicy policy;
  private final String version;
  private final Map<String, List<FeatureEdit>> edits = new LinkedHashMap<>();
  private final List<InsertRef> inserts = new ArrayList<>();

  TransactionReader(WfsContext ctx, AccessPolicy policy, String version) {
    this.ctx = ctx;
    this.policy = policy;
    this.version = version;
  }

  Parsed read(byte[] xml) {
    XMLStreamReader r = SafeXml.open(xml);
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "Insert" -> {
          while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            insert(r);
          }
        }
        case "Update" -> update(r);
        case "Delete" -> delete(r);
        default ->
            throw new ServiceException(
                ServiceException.OPERATION_NOT_SUPPORTED,
                r.getLocalName(),
                "transaction action " + r.getLocalName() + " is not supported");
      }
    }
    if (edits.isEmpty()) {
      throw ServiceException.parsing("Transaction", "the transaction holds no action");
    }
    List<LayerEdits> batches = new ArrayList<>();
    edits.forEach((id, list) -> batches.add(new LayerEdits(id, list)));
    return new Parsed(batches, inserts);
  }

  private LayerDefinition target(String typeName, String locator) {
    LayerDefinition l = ctx.layer(typeName, policy, locator);
    if (!policy.canEdit(l)) {
      throw ServiceException.forbidden(locator, "not allowed to edit " + ctx.typeName(l));
    }
    edits.computeIfAbsent(l.id(), k -> new ArrayList<>());
    return l;
  }

  private void add(LayerDefinition l, FeatureEdit edit) {
    List<FeatureEdit> list = edits.get(l.id());
    if (edit instanceof FeatureEdit.Insert) {
      long before = list.stream().filter(e -> e instanceof FeatureEdit.Insert).count();
      inserts.add(new InsertRef(l.id(), (int) before));
    }
    list.add(edit);
  }

  private void insert(XMLStreamReader r) {
    LayerDefinition l = target(r.getLocalName(), "Insert");
    String gmlId = r.getAttributeValue(GmlNs.GML32, "id");
    if (gmlId == null) {
      gmlId = r.getAttributeValue(GmlNs.GML31, "id");
    }
    Geometry geometry = null;
    Map<String, Object> attributes = new LinkedHashMap<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String name = PropertyNames.check(l, r.getLocalName(), "Insert");
      if (name.equals("geom")) {
        geometry = geometryValue(r);
      } else {
        attributes.put(name, value(l, name, SafeXml.text(r)));
      }
    }
    if (geometry == null) {
      throw ServiceException.parsing("Insert", "inserted feature without geom");
    }
    Optional<String> id = Optional.ofNullable(gmlId).map(g -> ResourceIds.featureId(l, g));
    add(l, new FeatureEdit.Insert(id, geometry, attributes));
  }

  private void update(XMLStreamReader r) {
    LayerDefinition l = target(typeName(r), "Update");
    Map<String, Object> attributes = new LinkedHashMap<>();
    Geometry geometry = null;
    Filter filter = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (r.getLocalName().equals("Filter")) {
        filter = filter(r, l);
        continue;
      }
      String name = null;
      Object value = null;
      Geometry g = null;
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        String child = r.getLocalName();
        if (child.equals("ValueReference") || child.equals("Name")) {
          name = PropertyNames.check(l, SafeXml.text(r), "ValueReference");
        } else if (child.equals("Value")) {
          if (name != null && name.equals("geom")) {
            g = geometryValue(r);
          } else {
            value = name == null ? null : value(l, name, SafeXml.text(r));
          }
        } else {
          SafeXml.skip(r);
        }
      }
      if (name == null) {
        throw ServiceException.parsing("Property", "wfs:Property without ValueReference");
      }
      if (name.equals("geom")) {
        geometry = g;
      } else {
        attributes.put(name, value);
      }
    }
    for (String fid : ids(l, filter, "Update")) {
      add(
          l,
          new FeatureEdit.Update(
              fid, Optional.ofNullable(geometry), attributes, OptionalInt.empty()));
    }
  }

  private void delete(XMLStreamReader r) {
    LayerDefinition l = target(typeName(r), "Delete");
    Filter filter = null;
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (r.getLocalName().equals("Filter")) {
        filter = filter(r, l);
      } else {
        SafeXml.skip(r);
      }
    }
    for (String fid : ids(l, filter, "Delete")) {
      add(l, FeatureEdit.delete(fid));
    }
  }

  private Geometry geometryValue(XMLStreamReader r) {
    if (SafeXml.nextTag(r) != XMLStreamConstants.START_ELEMENT) {
      throw ServiceException.parsing("geom", "empty geometry property");
    }
    Geometry g = gml().read(r);
    SafeXml.nextTag(r); // end of the property element
    return g;
  }

  private Filter filter(XMLStreamReader r, LayerDefinition l) {
    return new FesFilterParser(l, gml(), "Filter").parseFilter(r);
  }

  private GmlGeometryReader gml() {
    WireCrs dflt = WfsNames.isWfs10(version) ? WireCrs.storage().eastFirst() : WireCrs.storage();
    return new GmlGeometryReader(s -> WfsContext.crs(s, version, "srsName"), dflt);
  }

  /** The current features matching the filter; a missing filter is refused (no mass edits). */
  private List<String> ids(LayerDefinition l, Filter filter, String locator) {
    if (filter == null) {
      throw ServiceException.missing(locator + "/Filter");
    }
    List<String> ids = new ArrayList<>();
    try (FeatureCursor c = ctx.store().query(FeatureQuery.layer(l.id()).filter(filter).build())) {
      c.forEachRemaining(f -> ids.add(f.id()));
    }
    return ids;
  }

  private static Object value(LayerDefinition l, String name, String text) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<AttributeDefinition> a = l.attribute(name);
    if (a.isEmpty()) {
      throw ServiceException.invalid(name, "property " + name + " cannot be edited");
    }
    return AttributeValues.coerce(a.get(), text);
  }

  private static String typeName(XMLStreamReader r) {
    String t = r.getAttributeValue(null, "typeName");
    if (t == null) {
      t = r.getAttributeValue(null, "typeNames");
    }
    if (t == null) {
      throw ServiceException.missing("typeName");
    }
    return t;
  }

  private static final class GmlNs {
    static final String GML32 = "http://www.opengis.net/gml/3.2";
    static final String GML31 = "http://www.opengis.net/gml";
  }
}
