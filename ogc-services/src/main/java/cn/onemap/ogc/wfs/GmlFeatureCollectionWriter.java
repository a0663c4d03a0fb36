package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.ows.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Streams a feature collection (members of one or several feature types, in query order) as GML 3.2
 * ({@code wfs:FeatureCollection} of WFS 2.0 with {@code wfs:member}, numberMatched/numberReturned
 * and a {@code next} link) or GML 3.1.1 (WFS 1.1 with {@code gml:featureMember} and
 * numberOfFeatures), one feature at a time from the cursor.
 */
final class GmlFeatureCollectionWriter {
  private final WfsContext ctx;
  private final GetFeatureRequest req;

  GmlFeatureCollectionWriter(WfsContext ctx, GetFeatureRequest req) {
    this.ctx = ctx;
    this.req = req;
  }

  /**
   * @param page the slices of the page, one per query with features in it; empty for hits
   */
  void write(
      OutputStream out,
      long matched,
      long returned,
      Optional<String> next,
      java.util.List<GetFeatureRequest.Slice> page)
      throws IOException {
    boolean gml32 = req.format() == GetFeatureRequest.OutputFormat.GML32;
    String gmlNs = gml32 ? GmlGeometryWriter.GML32 : GmlGeometryWriter.GML31;
    XmlOut x = XmlOut.open(out);
    x.root(
        "wfs",
        "FeatureCollection",
        "wfs",
        gml32 ? WfsNames.WFS20 : WfsNames.WFS11,
        "gml",
        gmlNs,
        "onemap",
        ctx.config().namespaceUri());
    x.attr("timeStamp", Instant.now().toString());
    if (gml32) {
      x.attr("numberMatched", String.valueOf(matched));
      x.attr("numberReturned", String.valueOf(returned));
      if (next.isPresent()) {
        x.attr("next", next.get());
      }
    } else {
      x.attr("numberOfFeatures", String.valueOf(req.hits() ? matched : returned));
    }
    for (GetFeatureRequest.Slice slice : page) {
      GetFeatureRequest.Query q = slice.query();
      var geometryWriter = new GmlGeometryWriter(x.stax(), gml32, q.crs());
      try (FeatureCursor cursor = ctx.store().query(slice.pageQuery())) {
        while (cursor.hasNext()) {
          Feature f = q.project(cursor.next());
          x.start(gml32 ? "wfs" : "gml", gml32 ? "member" : "featureMember");
          feature(x, q, f, geometryWriter);
          x.end();
        }
      }
    }
    x.end().finish();
  }

  private static void feature(XmlOut x, GetFeatureRequest.Query q, Feature f, GmlGeometryWriter gw)
      throws IOException {
    String gmlId = ResourceIds.gmlId(q.layer().id(), f.id());
    x.start("onemap", q.layer().id()).attr("gml:id", gmlId);
    if (f.geometry().isPresent()) {
      x.start("onemap", "geom");
      try {
        gw.write(q.crs().fromStorage(f.geometry().get()), gmlId);
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
      x.end();
    }
    for (AttributeDefinition a : q.layer().attributes()) {
      Object v = f.attribute(a.name());
      if (v != null) {
        x.element("onemap", a.name(), String.valueOf(v));
      }
    }
    x.end();
  }
}
