package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.Filters;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.fes.FesFilterParser;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.gml.BboxText;
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
    Optional<String> storedId = req.param("STOREDQUERY_ID");
    Optional<String> resourceIds = req.param(v2 ? "RESOURCEID" : "FEATUREID");
    List<String> typeNames;
    if (storedId.isPresent()) {
      if (!storedId.get().equals(GET_FEATURE_BY_ID)) {
        throw ServiceException.invalid("STOREDQUERY_ID", "unknown stored query " + storedId.get());
      }
      String id = req.param("ID").orElseThrow(() -> ServiceException.missing("ID"));
      int dot = id.lastIndexOf('.');
      if (dot <= 0) {
        throw ServiceException.invalid("ID", "expected <layer>.<fid>, got '" + id + "'");
      }
      typeNames = List.of(id.substring(0, dot));
    } else {
      typeNames =
          req.param(v2 ? "TYPENAMES" : "TYPENAME")
              .or(() -> req.param(v2 ? "TYPENAME" : "TYPENAMES"))
              .map(GetFeatureKvpReader::typeNames)
              .orElseGet(() -> resourceIds.map(GetFeatureKvpReader::ridLayers).orElse(List.of()));
    }
    if (typeNames.isEmpty()) {
      throw ServiceException.missing(v2 ? "typeNames" : "typeName");
    }
    List<LayerDefinition> layers = new ArrayList<>();
    for (String t : typeNames) {
      layers.add(ctx.layer(t, policy, "typeNames"));
    }
    int n = layers.size();
    Optional<Envelope> bbox = req.param("BBOX").map(b -> bbox(b, version));
    List<String> fes = perQuery(req.param("FILTER"), n, "filter", true);
    List<String> cql = perQuery(req.param("CQL_FILTER"), n, "CQL_FILTER", false);
    List<String> sorts = perQuery(req.param("SORTBY"), n, "sortBy", true);
    List<String> propertyNames = perQuery(req.param("PROPERTYNAME"), n, "propertyName", true);
    WireCrs crs =
        req.param("SRSNAME")
            .map(s -> WfsContext.crs(s, version, "srsName"))
            .orElse(WireCrs.storage());
    Optional<String> time = req.param("TIME").or(() -> req.param("ASOF"));
    List<GetFeatureRequest.Query> queries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LayerDefinition layer = layers.get(i);
      List<Filter> filters = new ArrayList<>();
      if (storedId.isPresent()) {
        filters.add(FF.id(java.util.Set.of(FF.featureId(fid(layer, req.param("ID").get())))));
      }
      if (resourceIds.isPresent()) {
        filters.add(ids(layer, resourceIds.get(), n == 1));
      }
      Optional<String> xml = Optional.of(fes.get(i)).filter(f -> !f.isBlank());
      xml.ifPresent(f -> filters.add(fes(layer, f, version)));
      if (!cql.get(i).isBlank()) {
        filters.add(cql(layer, cql.get(i)));
      }
      queries.add(
          new GetFeatureRequest.Query(
              layer,
              bbox,
              filters.isEmpty()
                  ? Optional.empty()
                  : Optional.of(filters.size() == 1 ? filters.get(0) : FF.and(filters)),
              xml,
              sortBy(layer, Optional.of(sorts.get(i)).filter(x -> !x.isBlank())),
              crs,
              Params.time(time, layer),
              propertyNames(layer, propertyNames.get(i))));
    }
    Optional<String> valueReference =
        valueRef
            ? Optional.of(
                req.param("VALUEREFERENCE")
                    .map(
                        v ->
                            cn.onemap.ogc.fes.PropertyNames.check(
                                layers.get(0), v, "valueReference"))
                    .orElseThrow(() -> ServiceException.missing("valueReference")))
            : Optional.empty();
    return new GetFeatureRequest(
        queries,
        Params.nonNegative(req.param("STARTINDEX"), "startIndex", 0),
        Params.count(
            req.param(v2 ? "COUNT" : "MAXFEATURES").or(() -> req.param("COUNT")), ctx, version),
        Params.resultType(req.param("RESULTTYPE")),
        Params.format(req.param("OUTPUTFORMAT"), version),
        valueReference);
  }

  /**
   * TYPENAMES: {@code a}, {@code a,b} or {@code (a)(b)}, each one query. A parenthesis holding
   * several names is a join, which is not offered.
   */
  static List<String> typeNames(String text) {
    List<String> out = new ArrayList<>();
    for (String group : Params.parenList(text)) {
      if (text.strip().startsWith("(") && group.contains(",")) {
        throw new ServiceException(
            ServiceException.OPTION_NOT_SUPPORTED,
            "typeNames",
            "joins (" + group + ") are not supported; list one feature type per query");
      }
      for (String name : group.split(",")) {
        if (!name.isBlank()) {
          out.add(name.strip());
        }
      }
    }
    return out;
  }

  /** The layers named by the prefixes of RESOURCEID values, in order of first appearance. */
  private static List<String> ridLayers(String list) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String rid : list.split(",")) {
      int dot = rid.strip().lastIndexOf('.');
      if (dot > 0) {
        out.add(rid.strip().substring(0, dot));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A per-query parameter: one value for all queries, or a parenthesised list with one entry per
   * query ({@code FILTER=(<Filter>…</Filter>)(<Filter>…</Filter>)}); CQL_FILTER separates its
   * entries with ';' (GeoServer's convention).
   */
  private static List<String> perQuery(
      Optional<String> value, int n, String locator, boolean parens) {
    if (value.isEmpty()) {
      return java.util.Collections.nCopies(n, "");
    }
    // One query takes the value whole (a ';' inside a CQL string literal stays).
    List<String> parts =
        parens
            ? Params.parenList(value.get())
            : n == 1 ? List.of(value.get()) : List.of(value.get().split(";", -1));
    if (parts.size() == 1) {
      return java.util.Collections.nCopies(n, parts.get(0).strip());
    }
    if (parts.size() != n) {
      throw ServiceException.invalid(
          locator, locator + " has " + parts.size() + " entries for " + n + " queries");
    }
    return parts.stream().map(String::strip).toList();
  }

  /**
   * One query's PROPERTYNAME: comma-separated names checked against the schema; empty or {@code *}
   * means every property.
   */
  static Optional<List<String>> propertyNames(LayerDefinition layer, String list) {
    if (list.isBlank() || list.strip().equals("*")) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String raw : list.split(",")) {
      String name = cn.onemap.ogc.fes.PropertyNames.check(layer, raw, "propertyName");
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return Optional.of(names);
  }

  static String fid(LayerDefinition layer, String rid) {
    return ResourceIds.featureId(layer, rid);
  }

  /**
   * The RESOURCEID values of one query's layer. With one query every value must belong to it; with
   * several, each query takes the values prefixed with its layer and must get at least one.
   */
  private static Filter ids(LayerDefinition layer, String list, boolean only) {
    var ids = new HashSet<Identifier>();
    for (String raw : list.split(",")) {
      String rid = raw.strip();
      if (rid.startsWith(layer.id() + ".")) {
        ids.add(FF.featureId(fid(layer, rid)));
      } else if (only) {
        throw ServiceException.invalid(
            "resourceId", "'" + rid + "' is not a " + layer.id() + " id");
      }
    }
    if (ids.isEmpty()) {
      throw ServiceException.invalid("resourceId", "no resource id names a " + layer.id());
    }
    return FF.id(ids);
  }

  /** minx,miny,maxx,maxy[,crs] in the axis order of the CRS (default: storage, lat first). */
  static Envelope bbox(String text, String version) {
    try {
      BboxText box = BboxText.parse(text, BboxText.Rules.WFS);
      WireCrs crs =
          box.crs().map(c -> WfsContext.crs(c, version, "bbox")).orElse(WireCrs.storage());
      return crs.toStorage(box.toEnvelope(crs));
    } catch (BboxText.Invalid e) {
      throw ServiceException.invalid("bbox", e.getMessage());
    }
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
