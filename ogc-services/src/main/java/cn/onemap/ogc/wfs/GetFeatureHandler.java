package cn.onemap.ogc.wfs;

import cn.onemap.core.store.FeatureCursor;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.util.List;
import java.util.Optional;

/**
 * GetFeature (KVP and XML, one or several queries): counts the matches of each query
 * (numberMatched, needed before the first feature for the {@code next} link), then streams the page
 * — a run over the concatenated results — from the store cursors in the requested format.
 * RESULTTYPE=hits writes an empty collection with numberMatched only. The {@code next} link is a
 * KVP GET URL in both encodings (for a POST, the equivalent of its queries, as GeoServer does).
 */
final class GetFeatureHandler implements OperationHandler {
  private static final JsonFactory JSON = new JsonFactory();
  private final WfsContext ctx;

  GetFeatureHandler(WfsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    GetFeatureRequest req =
        call.isPost()
            ? new GetFeatureXmlReader(ctx).read(call.xmlBody().get(), call.policy(), call.version())
            : new GetFeatureKvpReader(ctx)
                .read(call.request(), call.policy(), call.version(), false);
    long[] counts = new long[req.queries().size()];
    long matched = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = ctx.store().count(req.queries().get(i).countQuery());
      matched += counts[i];
    }
    List<GetFeatureRequest.Slice> page = req.page(counts);
    long returned = page.stream().mapToLong(GetFeatureRequest.Slice::limit).sum();
    long nextStart = req.startIndex() + returned;
    int limit = Params.limit(ctx, call.version());
    if (!WfsNames.isWfs2(call.version())
        && !req.hits()
        && nextStart < matched
        && req.count() == limit) {
      // WFS 1.1 clients (QGIS, GDAL) do not page: cutting the result at the limit would hand them
      // a layer with features silently missing.
      throw new ServiceException(
          ServiceException.OPERATION_PROCESSING_FAILED,
          "maxFeatures",
          "结果共 "
              + (matched - req.startIndex())
              + " 个要素，超过 WFS "
              + call.version()
              + " 单次上限 "
              + limit
              + "；请用 WFS 2.0.0 分页，或以 STARTINDEX 和 MAXFEATURES 分段获取"
              + " (result exceeds the per-request limit of WFS 1.1.0)");
    }
    Optional<String> next =
        !req.hits() && nextStart < matched
            ? Optional.of(
                call.isPost()
                    ? NextLinks.fromQueries(call.request(), call.version(), req, nextStart)
                    : NextLinks.fromKvp(call.request(), nextStart, req.count()))
            : Optional.empty();
    long total = matched;
    if (req.format() == GetFeatureRequest.OutputFormat.GEOJSON) {
      return OgcResponse.ok(
          WfsNames.JSON_FORMAT,
          out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
              g.writeStartObject();
              g.writeStringField("type", "FeatureCollection");
              g.writeArrayFieldStart("features");
              for (GetFeatureRequest.Slice slice : page) {
                var fw = new GeoJsonFeatureWriter(slice.query().layer(), slice.query().crs());
                try (FeatureCursor cursor = ctx.store().query(slice.pageQuery())) {
                  while (cursor.hasNext()) {
                    fw.write(g, slice.query().project(cursor.next()));
                  }
                }
              }
              g.writeEndArray();
              g.writeNumberField("numberMatched", total);
              g.writeNumberField("numberReturned", returned);
              if (next.isPresent()) {
                g.writeArrayFieldStart("links");
                g.writeStartObject();
                g.writeStringField("rel", "next");
                g.writeStringField("href", next.get());
                g.writeEndObject();
                g.writeEndArray();
              }
              g.writeEndObject();
            }
          });
    }
    String type =
        req.format() == GetFeatureRequest.OutputFormat.GML32
            ? WfsNames.GML32_FORMAT
            : WfsNames.GML31_FORMAT;
    return OgcResponse.ok(
        type,
        out -> new GmlFeatureCollectionWriter(ctx, req).write(out, total, returned, next, page));
  }

  static ServiceException unsupported(String what) {
    return new ServiceException(
        ServiceException.OPTION_NOT_SUPPORTED, what, what + " is not supported");
  }
}
