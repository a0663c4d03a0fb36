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
 * Reads an XML GetFeature ({@code wfs:GetFeature} with one {@code wfs:Query}: typeNames / typeName
 * and srsName attributes, a {@code fes:Filter} or {@code ogc:Filter}, a {@code fes:SortBy}); the
 * root's count / maxFeatures, startIndex, resultType and outputFormat attributes.
 */
final class GetFeatureXmlReader {
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
    String time = attr(r, "time");
    LayerDefinition layer = null;
    WireCrs crs = WireCrs.storage();
    Filter filter = null;
    List<SortKey> sort = new ArrayList<>();
    while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
      if (!r.getLocalName().equals("Query")) {
        throw ServiceException.parsing(r.getLocalName(), "expected wfs:Query");
      }
      if (layer != null) {
        throw new ServiceException(
            ServiceException.OPTION_NOT_SUPPORTED, "Query", "one wfs:Query per GetFeature");
      }
      String typeNames = attr(r, v2 ? "typeNames" : "typeName");
      if (typeNames == null) {
        throw ServiceException.missing("typeNames");
      }
      layer = ctx.layer(typeNames, policy, "typeNames");
      String srs = attr(r, "srsName");
      if (srs != null) {
        crs = WfsContext.crs(srs, version, "srsName");
      }
      while (SafeXml.nextTag(r) == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "Filter" -> {
            var gml =
                new GmlGeometryReader(s -> WfsContext.crs(s, version, "Filter"), WireCrs.storage());
            filter = new FesFilterParser(layer, gml, "Filter").parseFilter(r);
          }
          case "SortBy" -> sort.addAll(sortBy(r, layer));
          default -> SafeXml.skip(r);
        }
      }
    }
    if (layer == null) {
      throw ServiceException.missing("Query");
    }
    return new GetFeatureRequest(
        layer,
        Optional.empty(),
        Optional.ofNullable(filter),
        sort,
        Params.nonNegative(Optional.ofNullable(start), "startIndex", 0),
        Params.count(Optional.ofNullable(count), ctx),
        Params.resultType(Optional.ofNullable(resultType)),
        crs,
        Params.format(Optional.ofNullable(format), version),
        Params.time(Optional.ofNullable(time), layer),
        Optional.empty());
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
