package cn.onemap.ogc.wfs;

import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.ows.XmlOut;
import java.util.List;

/**
 * The WFS 1.0.0 answer to a Transaction, {@code wfs:WFS_TransactionResponse}: one {@code
 * wfs:InsertResult} with an {@code ogc:FeatureId} per inserted feature, then {@code
 * wfs:TransactionResult/wfs:Status} SUCCESS, or FAILED with {@code wfs:Locator} and {@code
 * wfs:Message} (the transaction is atomic, so a failure applied nothing). QGIS reads exactly these
 * elements.
 */
final class Wfs10TransactionResponse {
  private static final String TYPE = "application/xml; charset=UTF-8";

  private Wfs10TransactionResponse() {}

  static OgcResponse success(List<String> insertedRids) {
    return OgcResponse.ok(
        TYPE,
        out -> {
          XmlOut x = open(out);
          if (!insertedRids.isEmpty()) {
            x.start("wfs", "InsertResult");
            for (String rid : insertedRids) {
              x.start("ogc", "FeatureId").attr("fid", rid).end();
            }
            x.end();
          }
          x.start("wfs", "TransactionResult").start("wfs", "Status");
          x.start("wfs", "SUCCESS").end();
          x.end().end();
          x.end().finish();
        });
  }

  static OgcResponse failed(ServiceException e) {
    return new OgcResponse(
        e.status(),
        TYPE,
        java.util.Map.of(),
        out -> {
          XmlOut x = open(out);
          x.start("wfs", "TransactionResult");
          x.start("wfs", "Status").start("wfs", "FAILED").end().end();
          if (e.locator().isPresent()) {
            x.element("wfs", "Locator", e.locator().get());
          }
          x.element("wfs", "Message", e.code() + ": " + e.getMessage());
          x.end();
          x.end().finish();
        });
  }

  private static XmlOut open(java.io.OutputStream out) throws java.io.IOException {
    XmlOut x = XmlOut.open(out);
    x.root("wfs", "WFS_TransactionResponse", "wfs", WfsNames.WFS11, "ogc", WfsNames.OGC);
    x.attr("version", WfsNames.WFS10_VERSION);
    return x;
  }
}
