package cn.onemap.ogc.wfs;

import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.XmlOut;

/**
 * ListStoredQueries and DescribeStoredQueries: the one mandatory stored query, GetFeatureById
 * (parameter ID = {@code <layer>.<fid>}), which GetFeature answers.
 */
final class StoredQueriesHandler {
  private StoredQueriesHandler() {}

  static OperationHandler list(WfsContext ctx) {
    return call ->
        OgcResponse.ok(
            "application/xml; charset=UTF-8",
            out -> {
              XmlOut x = XmlOut.open(out);
              x.root("wfs", "ListStoredQueriesResponse", "wfs", WfsNames.WFS20);
              x.start("wfs", "StoredQuery").attr("id", GetFeatureKvpReader.GET_FEATURE_BY_ID);
              x.element("wfs", "Title", "按标识获取要素 (Get feature by identifier)");
              for (var layer : ctx.readableLayers(call.policy())) {
                x.element("wfs", "ReturnFeatureType", ctx.typeName(layer));
              }
              x.end().end().finish();
            });
  }

  static OperationHandler describe(WfsContext ctx) {
    return call ->
        OgcResponse.ok(
            "application/xml; charset=UTF-8",
            out -> {
              XmlOut x = XmlOut.open(out);
              x.root(
                  "wfs",
                  "DescribeStoredQueriesResponse",
                  "wfs",
                  WfsNames.WFS20,
                  "xsd",
                  WfsNames.XSD);
              x.start("wfs", "StoredQueryDescription");
              x.attr("id", GetFeatureKvpReader.GET_FEATURE_BY_ID);
              x.element("wfs", "Title", "按标识获取要素 (Get feature by identifier)");
              x.start("wfs", "Parameter").attr("name", "ID").attr("type", "xsd:string").end();
              x.start("wfs", "QueryExpressionText");
              x.attr("returnFeatureTypes", "")
                  .attr("language", "urn:ogc:def:queryLanguage:OGC-WFS::WFSQueryExpression");
              x.attr("isPrivate", "true").end();
              x.end().end().finish();
            });
  }
}
