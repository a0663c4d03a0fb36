package cn.onemap.ogc.wfs;

import cn.onemap.core.store.FeatureCursor;
import cn.onemap.ogc.export.ExportException;
import cn.onemap.ogc.export.ExportFormat;
import cn.onemap.ogc.export.ExportOptions;
import cn.onemap.ogc.export.Exports;
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
    if (req.format().export().isPresent() && !req.hits()) {
      return export(call, req, req.format().export().get(), matched, nextStart, limit, page);
    }
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

  /**
   * A download (CSV, KML, GeoPackage, zipped Shapefile) of one feature type: the whole result of
   * the query, or a refusal when it is larger than the limit (a file has no next link, so a cut
   * result would silently lack features) unless the client chose COUNT itself. Vendor parameter
   * {@code CHARSET=GBK} (or GeoServer's {@code FORMAT_OPTIONS=charset:GBK}) for the Shapefile's
   * DBF.
   */
  private OgcResponse export(
      OwsCall call,
      GetFeatureRequest req,
      ExportFormat format,
      long matched,
      long nextStart,
      int limit,
      List<GetFeatureRequest.Slice> page) {
    GetFeatureRequest.Query q = req.single();
    boolean chosen =
        call.request().param("COUNT").isPresent()
            || call.request().param("MAXFEATURES").isPresent();
    if (nextStart < matched && req.count() == limit && !chosen) {
      throw new ServiceException(
          ServiceException.OPERATION_PROCESSING_FAILED,
          "count",
          "结果共 "
              + (matched - req.startIndex())
              + " 个要素，超过单次导出上限 "
              + limit
              + "；请用 BBOX 或过滤条件缩小范围，或以 STARTINDEX 和 COUNT 分段导出"
              + " (result exceeds the export limit)");
    }
    ExportOptions options;
    try {
      options =
          ExportOptions.defaults()
              .withCrs(q.crs())
              .withCharset(charset(call).map(ExportOptions::charset));
    } catch (ExportException e) {
      throw ServiceException.invalid(e.locator(), e.getMessage());
    }
    long offset = page.isEmpty() ? 0 : page.get(0).offset();
    int size = page.isEmpty() ? 0 : page.get(0).limit();
    var query = page.isEmpty() ? q.pageQuery(0, 0) : q.pageQuery(offset, size);
    try {
      return Exports.response(
          format,
          q.layer(),
          Exports.attributes(q.layer(), q.propertyNames()),
          ctx.store(),
          query,
          options);
    } catch (ExportException e) {
      throw ServiceException.invalid(e.locator(), e.getMessage());
    }
  }

  private static Optional<String> charset(OwsCall call) {
    Optional<String> direct = call.request().param("CHARSET");
    if (direct.isPresent()) {
      return direct;
    }
    return call.request()
        .param("FORMAT_OPTIONS")
        .flatMap(
            o -> {
              for (String part : o.split(";")) {
                String[] kv = part.split(":", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                  return Optional.of(kv[1].strip());
                }
              }
              return Optional.empty();
            });
  }

  static ServiceException unsupported(String what) {
    return new ServiceException(
        ServiceException.OPTION_NOT_SUPPORTED, what, what + " is not supported");
  }
}
