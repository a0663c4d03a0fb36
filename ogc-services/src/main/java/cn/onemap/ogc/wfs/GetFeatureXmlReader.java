package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.fes.FesFilterParser;
import cn.onemap.ogc.fes.PropertyNames;
import cn.onemap.ogc.gml.GmlGeometryReader;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.ows.SafeXml;
import cn.onemap.ogc.ows.ServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.geotools.api.filter.Filter;

/**
 * Reads an XML GetFeature ({@code wfs:GetFeature} with one or more {@code wfs:Query}: typeNames /
 * typeName and srsName attributes, a {@code fes:Filter} or {@code ogc:Filter}, a {@code
 * fes:SortBy}); the root's count / maxFeatures, startIndex, resultType, outputFormat and vendor
 * time attributes. Each filter's XML is kept so the {@code next} link can repeat the query as KVP.
 */
final class GetFeatureXmlReader {
  /** Most wfs:Query elements one GetFeature may hold. */
  static final int MAX_QUERIES = 20;

  private final WfsContext ctx;

  GetFeatureXmlReader(WfsContext ctx) {
    this.ctx = ctx;
  }

  GetFeatureRequest read(byte[] xml, AccessPolicy policy, String version) {
    XMLStreamReader r = SafeXml.open(xml);
    boolean v2 = WfsNames.isWfs2(version);
    String count = attr(r, v2 ? "count" : "maxFeatures");
    String start = attr(r, "startIndex");
    String resultType = attr(r, "resultType");
    String format = attr(r, "outputFormat");
    Optional<String> time = Optional.ofNullable(attr(r, "time"));
    List<GetFeatureRequest.Query> queries = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (!r.getLocalName().equals("Query")) {
        throw ServiceException.parsing(r.getLocalName(), "expected wfs:Query");
      }
      if (queries.size() >= MAX_QUERIES) {
        throw ServiceException.invalid("Query", "at most " + MAX_QUERIES + " queries per request");
      }
      queries.add(query(r, policy, version, v2, time));
    }
    if (queries.isEmpty()) {
      throw ServiceException.missing("Query");
    }
    return new GetFeatureRequest(
        queries,
        Params.nonNegative(Optional.ofNullable(start), "startIndex", 0),
        Params.count(Optional.ofNullable(count), ctx, version),
        Params.resultType(Optional.ofNullable(resultType)),
        Params.format(Optional.ofNullable(format), version),
        Optional.empty());
  }

  /** One wfs:Query; its filter's XML is kept for the next link. */
  private GetFeatureRequest.Query query(
      XMLStreamReader r, AccessPolicy policy, String version, boolean v2, Optional<String> time) {
    String typeNames = attr(r, v2 ? "typeNames" : "typeName");
    if (typeNames == null) {
      throw ServiceException.missing("typeNames");
    }
    List<String> names = GetFeatureKvpReader.typeNames(typeNames);
    if (names.size() != 1) {
      throw new ServiceException(
          ServiceException.OPTION_NOT_SUPPORTED,
          "typeNames",
          "one feature type per wfs:Query (joins are not supported): " + typeNames);
    }
    LayerDefinition layer = ctx.layer(names.get(0), policy, "typeNames");
    String srs = attr(r, "srsName");
    WireCrs crs = srs == null ? WireCrs.storage() : WfsContext.crs(srs, version, "srsName");
    Filter filter = null;
    String filterXml = null;
    List<SortKey> sort = new ArrayList<>();
    List<String> propertyNames = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      switch (r.getLocalName()) {
        case "PropertyName" -> {
          String name = PropertyNames.check(layer, SafeXml.text(r), "PropertyName");
          if (!propertyNames.contains(name)) {
            propertyNames.add(name);
          }
        }
        case "Filter" -> {
          filterXml = SafeXml.copy(r);
          var gml =
              new GmlGeometryReader(s -> WfsContext.crs(s, version, "Filter"), WireCrs.storage());
          filter = new FesFilterParser(layer, gml, "Filter").parseDocument(filterXml);
        }
        case "SortBy" -> sort.addAll(sortBy(r, layer));
        default -> SafeXml.skip(r);
      }
    }
    return new GetFeatureRequest.Query(
        layer,
        Optional.empty(),
        Optional.ofNullable(filter),
        Optional.ofNullable(filterXml),
        sort,
        crs,
        Params.time(time, layer),
        propertyNames.isEmpty() ? Optional.empty() : Optional.of(propertyNames));
  }

  private static List<SortKey> sortBy(XMLStreamReader r, LayerDefinition layer) {
    List<SortKey> keys = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      String name = null;
      boolean asc = true;
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        String child = r.getLocalName();
        String text = SafeXml.text(r);
        if (child.equals("SortOrder")) {
          asc = !text.toUpperCase(java.util.Locale.ROOT).startsWith("D");
        } else {
          name = PropertyNames.check(layer, text, "SortBy");
        }
      }
      if (name == null) {
        throw ServiceException.parsing("SortBy", "SortProperty without ValueReference");
      }
      keys.add(new SortKey(name, asc));
    }
    return keys;
  }

  private static String attr(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
