package cn.onemap.ogc.wfs;

import static cn.onemap.ogc.wfs.WfsNames.*;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * GetCapabilities for WFS 2.0.0 and 1.1.0: only layers the caller may read, with their Chinese
 * titles and WGS 84 boxes; operation URLs end in '?' (OWSLib appends one otherwise); the filter
 * capabilities list exactly what {@code FesFilterParser} and the store's SQL translation support.
 */
final class CapabilitiesHandler implements OperationHandler {
  /** Used when a layer is empty: the area of use of CGCS2000 over China. */
  private static final Envelope CHINA = new Envelope(73.62, 134.77, 16.7, 53.56);

  private final WfsContext ctx;

  CapabilitiesHandler(WfsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    List<LayerDefinition> layers = ctx.readableLayers(call.policy());
    boolean v2 = isWfs2(call.version());
    String url = call.request().operationUrl();
    return OgcResponse.ok(
        "application/xml; charset=UTF-8",
        out -> {
          XmlOut x = XmlOut.open(out);
          x.root(
              "wfs",
              "WFS_Capabilities",
              "wfs",
              v2 ? WFS20 : WFS11,
              "ows",
              v2 ? OWS11 : OWS10,
              v2 ? "fes" : "ogc",
              v2 ? FES20 : OGC,
              "gml",
              v2 ? GmlGeometryWriter.GML32 : GmlGeometryWriter.GML31,
              "xlink",
              XLINK,
              WfsContext.PREFIX,
              ctx.config().namespaceUri());
          x.attr("version", call.version());
          // The catalog's change counter, the same value the WMS capabilities publish.
          x.attr("updateSequence", Long.toString(ctx.store().catalogSequence()));
          identification(x, call.version());
          operations(x, url, v2);
          featureTypes(x, layers, v2);
          if (v2) {
            new FilterCapabilities20(x).write();
          } else {
            new FilterCapabilities11(x).write();
          }
          x.end().finish();
        });
  }

  private void identification(XmlOut x, String version) throws IOException {
    x.start("ows", "ServiceIdentification");
    x.element("ows", "Title", ctx.config().title());
    x.element("ows", "Abstract", "梅州市时空信息云平台要素服务 (WFS)");
    x.element("ows", "ServiceType", "WFS");
    x.element("ows", "ServiceTypeVersion", "2.0.0");
    x.element("ows", "ServiceTypeVersion", "1.1.0");
    x.element("ows", "Fees", "NONE");
    x.element("ows", "AccessConstraints", "NONE");
    x.end();
    x.start("ows", "ServiceProvider").element("ows", "ProviderName", "梅州市自然资源局").end();
  }

  private void operations(XmlOut x, String url, boolean v2) throws IOException {
    x.start("ows", "OperationsMetadata");
    for (String op : OPERATIONS) {
      if (!v2 && (op.contains("StoredQueries") || op.equals("GetPropertyValue"))) {
        continue;
      }
      x.start("ows", "Operation").attr("name", op);
      x.start("ows", "DCP").start("ows", "HTTP");
      x.start("ows", "Get").attr("xlink:href", url).end();
      x.start("ows", "Post").attr("xlink:href", url).end();
      x.end().end();
      if (op.equals("GetCapabilities")) {
        parameter(x, "AcceptVersions", List.of("2.0.0", "1.1.0"));
      }
      if (op.equals("GetFeature") || op.equals("DescribeFeatureType")) {
        String gml = v2 ? GML32_FORMAT : GML31_FORMAT;
        parameter(
            x,
            "outputFormat",
            op.equals("GetFeature")
                ? java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(gml, JSON_FORMAT),
                        WfsNames.EXPORT_FORMATS.stream())
                    .toList()
                : List.of(v2 ? GML32_FORMAT : GML31_FORMAT));
      }
      if (op.equals("GetFeature")) {
        parameter(x, "resultType", List.of("results", "hits"));
      }
      x.end();
    }
    if (v2) {
      constraint(x, "ImplementsBasicWFS", "TRUE");
      constraint(x, "ImplementsTransactionalWFS", "TRUE");
      constraint(x, "ImplementsLockingWFS", "FALSE");
      constraint(x, "KVPEncoding", "TRUE");
      constraint(x, "XMLEncoding", "TRUE");
      constraint(x, "SOAPEncoding", "FALSE");
      constraint(x, "ImplementsInheritance", "FALSE");
      constraint(x, "ImplementsRemoteResolve", "FALSE");
      constraint(x, "ImplementsResultPaging", "TRUE");
      constraint(x, "ImplementsStandardJoins", "FALSE");
      constraint(x, "ImplementsSpatialJoins", "FALSE");
      constraint(x, "ImplementsTemporalJoins", "FALSE");
      constraint(x, "ImplementsFeatureVersioning", "FALSE");
      constraint(x, "ManageStoredQueries", "FALSE");
      constraint(x, "CountDefault", String.valueOf(ctx.config().maxFeatures()));
    } else {
      // OWS 1.0 DomainType: the value is a plain ows:Value. QGIS reads it as the layer's limit.
      x.start("ows", "Constraint").attr("name", "DefaultMaxFeatures");
      x.element("ows", "Value", String.valueOf(ctx.config().unpagedMaxFeatures()));
      x.end();
    }
    x.end();
  }

  private void featureTypes(XmlOut x, List<LayerDefinition> layers, boolean v2) throws IOException {
    x.start("wfs", "FeatureTypeList");
    if (!v2) {
      x.start("wfs", "Operations");
      for (String op : List.of("Query", "Insert", "Update", "Delete")) {
        x.element("wfs", "Operation", op);
      }
      x.end();
    }
    for (LayerDefinition layer : layers) {
      x.start("wfs", "FeatureType");
      x.element("wfs", "Name", ctx.typeName(layer));
      x.element("wfs", "Title", layer.title());
      x.element("wfs", v2 ? "DefaultCRS" : "DefaultSRS", "urn:ogc:def:crs:EPSG::4490");
      for (int code : OTHER_CRS) {
        x.element("wfs", v2 ? "OtherCRS" : "OtherSRS", "urn:ogc:def:crs:EPSG::" + code);
      }
      x.start("wfs", "OutputFormats");
      x.element("wfs", "Format", v2 ? GML32_FORMAT : GML31_FORMAT);
      x.element("wfs", "Format", JSON_FORMAT);
      for (String f : WfsNames.EXPORT_FORMATS) {
        x.element("wfs", "Format", f);
      }
      x.end();
      Envelope e = ctx.store().extent(layer.id()).orElse(CHINA);
      x.start("ows", "WGS84BoundingBox");
      x.element("ows", "LowerCorner", num(e.getMinX()) + " " + num(e.getMinY()));
      x.element("ows", "UpperCorner", num(e.getMaxX()) + " " + num(e.getMaxY()));
      x.end();
      x.end();
    }
    x.end();
  }

  static void parameter(XmlOut x, String name, List<String> values) throws IOException {
    x.start("ows", "Parameter").attr("name", name).start("ows", "AllowedValues");
    for (String v : values) {
      x.element("ows", "Value", v);
    }
    x.end().end();
  }

  static void constraint(XmlOut x, String name, String value) throws IOException {
    x.start("ows", "Constraint").attr("name", name);
    x.start("ows", "NoValues").end();
    x.element("ows", "DefaultValue", value);
    x.end();
  }

  private static String num(double d) {
    return GmlGeometryWriter.number(d);
  }
}
