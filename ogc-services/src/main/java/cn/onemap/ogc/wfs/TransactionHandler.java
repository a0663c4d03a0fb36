package cn.onemap.ogc.wfs;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.GisErrors;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.ows.XmlOut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Transaction (XML POST): the whole request — whatever feature types it touches — becomes ONE
 * {@code store.applyAll} call, so it is atomic and every edited feature gets exactly one new
 * version authored by the policy's {@code author()}; the response reports totals and the ids of
 * inserted features in document order. A WFS 1.0.0 Transaction (what QGIS sends) is answered with a
 * {@code WFS_TransactionResponse}, SUCCESS or FAILED with the message.
 */
final class TransactionHandler implements OperationHandler {
  private final WfsContext ctx;

  TransactionHandler(WfsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    if (!call.isPost()) {
      throw new ServiceException(
          ServiceException.OPERATION_NOT_SUPPORTED, "request", "Transaction needs an XML POST");
    }
    if (WfsNames.isWfs10(call.version())) {
      // 1.0.0 clients read the outcome from the response document, failures included.
      try {
        Outcome done = apply(call);
        return Wfs10TransactionResponse.success(done.insertedRids());
      } catch (ServiceException e) {
        return Wfs10TransactionResponse.failed(e);
      } catch (cn.onemap.core.GisException e) {
        return Wfs10TransactionResponse.failed(GisErrors.toServiceException(e));
      }
    }
    Outcome done = apply(call);
    List<String> insertedRids = done.insertedRids();
    long updated = done.updated();
    long deleted = done.deleted();
    boolean v2 = WfsNames.isWfs2(call.version());
    String fes = v2 ? WfsNames.FES20 : WfsNames.OGC;
    return OgcResponse.ok(
        "application/xml; charset=UTF-8",
        out -> {
          XmlOut x = XmlOut.open(out);
          x.root(
              "wfs",
              "TransactionResponse",
              "wfs",
              v2 ? WfsNames.WFS20 : WfsNames.WFS11,
              v2 ? "fes" : "ogc",
              fes);
          x.attr("version", call.version());
          x.start("wfs", "TransactionSummary");
          x.element("wfs", "totalInserted", String.valueOf(insertedRids.size()));
          x.element("wfs", "totalUpdated", String.valueOf(updated));
          if (v2) {
            x.element("wfs", "totalReplaced", "0");
          }
          x.element("wfs", "totalDeleted", String.valueOf(deleted));
          x.end();
          if (!insertedRids.isEmpty()) {
            x.start("wfs", "InsertResults");
            for (String rid : insertedRids) {
              x.start("wfs", "Feature");
              if (v2) {
                x.start("fes", "ResourceId").attr("rid", rid).end();
              } else {
                x.start("ogc", "FeatureId").attr("fid", rid).end();
              }
              x.end();
            }
            x.end();
          }
          x.end().finish();
        });
  }

  /** What one applied transaction did: inserted ids in document order and totals. */
  private record Outcome(List<String> insertedRids, long updated, long deleted) {}

  private Outcome apply(OwsCall call) {
    var parsed =
        new TransactionReader(ctx, call.policy(), call.version()).read(call.xmlBody().get());
    List<EditResult> results =
        ctx.store().applyAll(parsed.batches(), EditContext.by(call.policy().author(), "WFS-T"));
    Map<String, EditResult> byLayer = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      byLayer.put(parsed.batches().get(i).layerId(), results.get(i));
    }
    List<String> insertedRids = new ArrayList<>();
    for (TransactionReader.InsertRef ref : parsed.inserts()) {
      String fid = byLayer.get(ref.layerId()).insertedIds().get(ref.index());
      insertedRids.add(ResourceIds.gmlId(ref.layerId(), fid));
    }
    long deleted = results.stream().mapToLong(EditResult::deleted).sum();
    return new Outcome(insertedRids, parsed.updates(), deleted);
  }
}
