package cn.onemap.ogc.wfs;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * GetPropertyValue (WFS 2.0, KVP): a {@code wfs:ValueCollection} with one {@code wfs:member} per
 * feature holding the value of VALUEREFERENCE (a plain property name checked against the schema;
 * {@code geom} gives GML 3.2). Features without a value are skipped, as the standard says.
 */
final class GetPropertyValueHandler implements OperationHandler {
  private final WfsContext ctx;

  GetPropertyValueHandler(WfsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    if (call.isPost()) {
      throw new ServiceException(
          ServiceException.OPTION_NOT_SUPPORTED, "GetPropertyValue", "use the KVP encoding");
    }
    GetFeatureRequest req =
        new GetFeatureKvpReader(ctx).read(call.request(), call.policy(), call.version(), true);
    String property = req.valueReference().orElseThrow();
    GetFeatureRequest.Query query = req.single();
    long matched = ctx.store().count(query.countQuery());
    return OgcResponse.ok(
        WfsNames.GML32_FORMAT,
        out -> {
          XmlOut x = XmlOut.open(out);
          x.root(
              "wfs",
              "ValueCollection",
              "wfs",
              WfsNames.WFS20,
              "gml",
              GmlGeometryWriter.GML32,
              "onemap",
              ctx.config().namespaceUri());
          x.attr("timeStamp", java.time.Instant.now().toString());
          x.attr("numberMatched", String.valueOf(matched));
          long returned =
              req.hits() ? 0 : Math.max(0, Math.min(req.count(), matched - req.startIndex()));
          x.attr("numberReturned", String.valueOf(returned));
          if (!req.hits()) {
            try (FeatureCursor cursor =
                ctx.store().query(query.pageQuery(req.startIndex(), req.count()))) {
              var gw = new GmlGeometryWriter(x.stax(), true, query.crs());
              while (cursor.hasNext()) {
                member(x, gw, cursor.next(), property, query);
              }
            }
          }
          x.end().finish();
        });
  }

  private static void member(
      XmlOut x, GmlGeometryWriter gw, Feature f, String property, GetFeatureRequest.Query req)
      throws IOException {
    if (property.equals("geom") || property.equals("geometry")) {
      if (f.geometry().isEmpty()) {
        return;
      }
      x.start("wfs", "member");
      try {
        gw.write(
            req.crs().fromStorage(f.geometry().get()), ResourceIds.gmlId(req.layer().id(), f.id()));
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
      x.end();
      return;
    }
    Object v =
        switch (property) {
          case "fid" -> f.id();
          case "version" -> f.version().number();
          case "valid_from" -> f.version().validFrom();
          case "valid_to" -> f.version().validTo().orElse(null);
          case "author" -> f.version().author();
          default -> f.attribute(property);
        };
    if (v != null) {
      x.element("wfs", "member", String.valueOf(v));
    }
  }
}
