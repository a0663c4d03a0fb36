package cn.onemap.ogc.wfs;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * GetFeature (KVP and XML): counts the matches (numberMatched, needed before the first feature for
 * the {@code next} link), then streams the page from the store cursor in the requested format.
 * RESULTTYPE=hits writes an empty collection with numberMatched only.
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
    long matched = ctx.store().count(req.countQuery());
    long returned = req.hits() ? 0 : Math.max(0, Math.min(req.count(), matched - req.startIndex()));
    Optional<String> next =
        !req.hits() && req.startIndex() + returned < matched && !call.isPost()
            ? Optional.of(nextUrl(call.request(), req.startIndex() + returned, req.count()))
            : Optional.empty();
    if (req.format() == GetFeatureRequest.OutputFormat.GEOJSON) {
      return OgcResponse.ok(
          WfsNames.JSON_FORMAT,
          out -> {
            try (FeatureCursor cursor = req.hits() ? null : ctx.store().query(req.pageQuery());
                JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
              g.writeStartObject();
              g.writeStringField("type", "FeatureCollection");
              g.writeArrayFieldStart("features");
              var fw = new GeoJsonFeatureWriter(req.layer(), req.crs());
              while (cursor != null && cursor.hasNext()) {
                Feature f = cursor.next();
                fw.write(g, f);
              }
              g.writeEndArray();
              g.writeNumberField("numberMatched", matched);
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
        out -> {
          try (FeatureCursor cursor = req.hits() ? null : ctx.store().query(req.pageQuery())) {
            new GmlFeatureCollectionWriter(ctx, req).write(out, matched, returned, next, cursor);
          }
        });
  }

  /** The same KVP request with STARTINDEX advanced and COUNT set. */
  static String nextUrl(OgcRequest request, long startIndex, int count) {
    Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    kvp.putAll(request.kvp());
    kvp.keySet().removeIf(k -> k.equalsIgnoreCase("STARTINDEX") || k.equalsIgnoreCase("COUNT"));
    var sb = new StringBuilder(request.baseUrl()).append('?');
    kvp.forEach((k, v) -> sb.append(enc(k.toUpperCase())).append('=').append(enc(v)).append('&'));
    sb.append("STARTINDEX=").append(startIndex).append("&COUNT=").append(count);
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static ServiceException unsupported(String what) {
    return new ServiceException(
        ServiceException.OPTION_NOT_SUPPORTED, what, what + " is not supported");
  }
}
