package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.fes.FesFilterParser;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.gml.GmlGeometryReader;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.identity.Identifier;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads a KVP GetFeature / GetPropertyValue: TYPENAMES (TYPENAME in 1.1), RESOURCEID (FEATUREID),
 * STOREDQUERY_ID=urn:ogc:def:query:OGC-WFS::GetFeatureById with ID, BBOX (with optional CRS
 * suffix), FILTER (FES XML), CQL_FILTER (ECQL vendor parameter), SORTBY, COUNT (MAXFEATURES),
 * STARTINDEX, RESULTTYPE, SRSNAME, OUTPUTFORMAT, TIME (as-of instant, vendor). One parser method
 * per parameter; each reports its own locator.
 */
final class GetFeatureKvpReader {
  static final String GET_FEATURE_BY_ID = "urn:ogc:def:query:OGC-WFS::GetFeatureById";
  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private final WfsContext ctx;

  GetFeatureKvpReader(WfsContext ctx) {
    this.ctx = ctx;
  }

  GetFeatureRequest read(OgcRequest req, AccessPolicy policy, String version, boolean valueRef) {
    boolean v2 = WfsNames.isWfs2(version);
    List<Filter> filters = new ArrayList<>();
    Optional<String> storedId = req.param("STOREDQUERY_ID");
    String typeNames;
    if (storedId.isPresent()) {
      if (!storedId.get().equals(GET_FEATURE_BY_ID)) {
        throw ServiceException.invalid("STOREDQUERY_ID", "unknown stored query " + storedId.get());
      }
      String id = req.param("ID").orElseThrow(() -> ServiceException.missing("ID"));
      int dot = id.lastIndexOf('.');
      if (dot <= 0) {
        throw ServiceException.invalid("ID", "expected <layer>.<fid>, got '" + id + "'");
      }
      typeNames = id.substring(0, dot);
    } else {
      typeNames =
          req.param(v2 ? "TYPENAMES" : "TYPENAME")
              .or(() -> req.param(v2 ? "TYPENAME" : "TYPENAMES"))
              .orElse(null);
    }
    Optional<String> resourceIds = req.param(v2 ? "RESOURCEID" : "FEATUREID");
    if (typeNames == null && resourceIds.isPresent()) {
      String first = resourceIds.get().split(",")[0];
      typeNames = first.contains(".") ? first.substring(0, first.lastIndexOf('.')) : null;
    }
    if (typeNames == null) {
      throw ServiceException.missing(v2 ? "typeNames" : "typeName");
    }
    if (typeNames.contains(",")) {
      throw new ServiceException(
          ServiceException.OPTION_NOT_SUPPORTED,
          "typeNames",
          "one feature type per GetFeature; send one request per type");
    }
    LayerDefinition layer = ctx.layer(typeNames, policy, "typeNames");
    WireCrs defaultCrs = WireCrs.storage();
    storedId.ifPresent(
        s -> filters.add(FF.id(java.util.Set.of(FF.featureId(fid(layer, req.param("ID").get()))))));
    resourceIds.ifPresent(ids -> filters.add(ids(layer, ids)));
    Optional<Envelope> bbox = req.param("BBOX").map(b -> bbox(b, version));
    req.param("FILTER").ifPresent(f -> filters.add(fes(layer, f, version)));
    req.param("CQL_FILTER").ifPresent(f -> filters.add(cql(layer, f)));
    WireCrs crs =
        req.param("SRSNAME").map(s -> WfsContext.crs(s, version, "srsName")).orElse(defaultCrs);
    Optional<String> valueReference =
        valueRef
            ? Optional.of(
                req.param("VALUEREFERENCE")
                    .map(v -> cn.onemap.ogc.fes.PropertyNames.check(layer, v, "valueReference"))
                    .orElseThrow(() -> ServiceException.missing("valueReference")))
            : Optional.empty();
    return new GetFeatureRequest(
        layer,
        bbox,
        filters.isEmpty()
            ? Optional.empty()
            : Optional.of(filters.size() == 1 ? filters.get(0) : FF.and(filters)),
        sortBy(layer, req.param("SORTBY")),
        Params.nonNegative(req.param("STARTINDEX"), "startIndex", 0),
        Params.count(req.param(v2 ? "COUNT" : "MAXFEATURES").or(() -> req.param("COUNT")), ctx),
        Params.resultType(req.param("RESULTTYPE")),
        crs,
        Params.format(req.param("OUTPUTFORMAT"), version),
        Params.time(req.param("TIME").or(() -> req.param("ASOF")), layer),
        valueReference);
  }

  static String fid(LayerDefinition layer, String rid) {
    return ResourceIds.featureId(layer, rid);
  }

  private static Filter ids(LayerDefinition layer, String list) {
    var ids = new HashSet<Identifier>();
    for (String rid : list.split(",")) {
      if (!rid.startsWith(layer.id() + ".")) {
        throw ServiceException.invalid(
            "resourceId", "'" + rid + "' is not a " + layer.id() + " id");
      }
      ids.add(FF.featureId(fid(layer, rid.strip())));
    }
    return FF.id(ids);
  }

  /** minx,miny,maxx,maxy[,crs] in the axis order of the CRS (default: storage, lat first). */
  static Envelope bbox(String text, String version) {
    String[] p = text.split(",");
    if (p.length != 4 && p.length != 5) {
      throw ServiceException.invalid("bbox", "expected 4 numbers and an optional CRS: " + text);
    }
    WireCrs crs = p.length == 5 ? WfsContext.crs(p[4], version, "bbox") : WireCrs.storage();
    double[] n = new double[4];
    try {
      for (int i = 0; i < 4; i++) {
        n[i] = Double.parseDouble(p[i].strip());
      }
    } catch (NumberFormatException e) {
      throw ServiceException.invalid("bbox", "not a number in '" + text + "'");
    }
    Envelope e =
        crs.yx() ? new Envelope(n[1], n[3], n[0], n[2]) : new Envelope(n[0], n[2], n[1], n[3]);
    if ((crs.yx() ? n[0] > n[2] || n[1] > n[3] : n[0] > n[2] || n[1] > n[3])) {
      throw ServiceException.invalid("bbox", "minimum exceeds maximum in '" + text + "'");
    }
    return crs.toStorage(e);
  }

  private static Filter fes(LayerDefinition layer, String xml, String version) {
    var gml = new GmlGeometryReader(s -> WfsContext.crs(s, version, "filter"), WireCrs.storage());
    return new FesFilterParser(layer, gml, "filter").parseDocument(xml);
  }

  /** ECQL: parsed by gis-core, property names checked here so the locator is right. */
  static Filter cql(LayerDefinition layer, String ecql) {
    Filter f;
    try {
      f = Filters.parseEcql(ecql);
    } catch (cn.onemap.core.GisException e) {
      throw ServiceException.invalid("CQL_FILTER", e.getMessage());
    }
    FilterNames.check(layer, f, "CQL_FILTER");
    return f;
  }

  static List<SortKey> sortBy(LayerDefinition layer, Optional<String> text) {
    List<SortKey> keys = new ArrayList<>();
    if (text.isEmpty()) {
      return keys;
    }
    for (String part : text.get().split(",")) {
      String[] t = part.strip().split("\\s+");
      if (t.length > 2) {
        throw ServiceException.invalid("sortBy", "expected 'name [ASC|DESC]', got '" + part + "'");
      }
      String name = cn.onemap.ogc.fes.PropertyNames.check(layer, t[0], "sortBy");
      String dir = t.length == 2 ? t[1].toUpperCase(java.util.Locale.ROOT) : "ASC";
      if (!List.of("ASC", "DESC", "A", "D").contains(dir)) {
        throw ServiceException.invalid("sortBy", "sort order must be ASC or DESC, got " + t[1]);
      }
      keys.add(new SortKey(name, dir.startsWith("A")));
    }
    return keys;
  }
}
