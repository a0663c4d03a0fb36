package cn.onemap.ogc.wfs;

import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.EditResult;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.ogc.fes.ResourceIds;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.ogc.ows.XmlOut;

/**
 * Transaction (XML POST): the whole request becomes ONE {@code store.apply} call, so it is atomic
 * and every edited feature gets exactly one new version authored by the policy's {@code author()};
 * the response reports totals and the ids of inserted features.
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
    var parsed =
        new TransactionReader(ctx, call.policy(), call.version()).read(call.xmlBody().get());
    EditResult result =
        parsed.edits().isEmpty()
            ? new EditResult(java.util.List.of(), 0, 0, 0, java.time.Instant.now())
            : ctx.store()
                .apply(
                    parsed.layer().id(),
                    parsed.edits(),
                    EditContext.by(call.policy().author(), "WFS-T"));
    long updated = parsed.edits().stream().filter(e -> e instanceof FeatureEdit.Update).count();
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
          x.element("wfs", "totalInserted", String.valueOf(result.insertedIds().size()));
          x.element("wfs", "totalUpdated", String.valueOf(updated));
          if (v2) {
            x.element("wfs", "totalReplaced", "0");
          }
          x.element("wfs", "totalDeleted", String.valueOf(result.deleted()));
          x.end();
          if (!result.insertedIds().isEmpty()) {
            x.start("wfs", v2 ? "InsertResults" : "InsertResults");
            for (String id : result.insertedIds()) {
              x.start("wfs", "Feature");
              String rid = ResourceIds.gmlId(parsed.layer().id(), id);
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
}
