package cn.onemap.ogc.wms;

import cn.onemap.core.crs.Transforms;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.style.PointSymbolizer;
import cn.onemap.tiles.style.PolygonSymbolizer;
import cn.onemap.tiles.style.UserStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * GetFeatureInfo: the map part (CRS/SRS, BBOX, WIDTH, HEIGHT, CQL_FILTER, TIME) as in GetMap, then
 * QUERY_LAYERS, I/J (1.3.0) or X/Y (1.1.1) counted from the top-left pixel, INFO_FORMAT (text/html
 * default, application/json, application/vnd.ogc.gml) and FEATURE_COUNT (default 1, at most the
 * configured maximum). The clicked pixel's centre is buffered by {@code featureInfoBufferPx} pixels
 * in map units; each query layer is read with that box (taken to CGCS2000, so the spatial index is
 * used) and each candidate is kept when its geometry, in the map CRS, lies within the buffer
 * distance. Polygons of a layer whose style fills none (unit grids, admin outlines) are hit only
 * near their outline, as they are drawn. Hits are ordered by query layer, then distance.
 */
final class GetFeatureInfoHandler implements OperationHandler {
  /** Candidates read per layer at most (a click box holds few features). */
  static final int MAX_CANDIDATES = 5_000;

  private static final GeometryFactory GF = new GeometryFactory();
  private final WmsContext ctx;

  GetFeatureInfoHandler(WmsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    OgcRequest r = call.request();
    boolean v13 = WmsCrs.isV13(call.version());
    String format =
        FeatureInfoFormat.canonical(r.param("INFO_FORMAT").orElse(FeatureInfoFormat.HTML));
    // No image is drawn: WIDTH/HEIGHT only place the pixel, so every caller gets the full maximum.
    ImageFrame frame = GetMapReader.frame(r, ctx.config(), false, true);
    GetMapRequest map =
        GetMapReader.read(r, call.version(), ctx, frame, call.policy(), "QUERY_LAYERS");
    int i = pixel(r, v13 ? "I" : "X", frame.width());
    int j = pixel(r, v13 ? "J" : "Y", frame.height());
    int count = featureCount(r);

    Envelope b = map.bbox();
    double resX = b.getWidth() / frame.width();
    double resY = b.getHeight() / frame.height();
    Point click =
        GF.createPoint(
            new Coordinate(b.getMinX() + (i + 0.5) * resX, b.getMaxY() - (j + 0.5) * resY));
    double buffer = ctx.config().featureInfoBufferPx() * Math.max(resX, resY);
    buffer = Math.max(buffer, 0.5 * Math.max(resX, resY));
    List<FeatureHit> hits = new ArrayList<>();
    for (LayerRender layer : map.layers()) {
      hits.addAll(find(layer, map.crs(), click, buffer, count));
      if (hits.size() >= count) {
        break;
      }
    }
    List<FeatureHit> result = hits.subList(0, Math.min(count, hits.size()));
    return FeatureInfoFormat.write(format, result, v13, ctx.store()::codeList);
  }

  private List<FeatureHit> find(
      LayerRender layer, WmsCrs crs, Point click, double buffer, int count) {
    Envelope search = new Envelope(click.getCoordinate());
    search.expandBy(buffer);
    String code = crs.renderCode();
    boolean storage = code.equals("EPSG:4490") || code.equals("EPSG:4326");
    Envelope storageBox =
        storage
            ? search
            : Transforms.get(code, "EPSG:4490")
                .transform(GF.toGeometry(search))
                .getEnvelopeInternal();
    FeatureQuery.Builder q =
        FeatureQuery.layer(layer.layer().id()).bbox(storageBox).limit(MAX_CANDIDATES);
    layer.filter().ifPresent(q::filter);
    layer.asOf().ifPresent(q::asOf);
    boolean filled = fillsPolygons(layer.style());
    List<FeatureHit> found = new ArrayList<>();
    try (FeatureCursor cursor = ctx.store().query(q.build())) {
      while (cursor.hasNext()) {
        Feature f = cursor.next();
        if (f.geometry().isEmpty()) {
          continue;
        }
        Geometry g =
            storage
                ? f.geometry().get()
                : Transforms.get("EPSG:4490", code).transform(f.geometry().get());
        boolean outlineOnly = !filled && g.getDimension() == 2;
        double d = (outlineOnly ? g.getBoundary() : g).distance(click);
        if (d <= buffer) {
          found.add(new FeatureHit(layer.layer(), f, d));
        }
      }
    }
    found.sort(Comparator.comparingDouble(FeatureHit::distance));
    return found.size() > count ? found.subList(0, count) : found;
  }

  /** Whether any rule fills polygons (otherwise a click inside one is not on what is drawn). */
  static boolean fillsPolygons(UserStyle style) {
    return style.rules().stream()
        .flatMap(r -> r.symbolizers().stream())
        .anyMatch(
            s ->
                s instanceof PolygonSymbolizer p && p.fill().isPresent()
                    || s instanceof PointSymbolizer);
  }

  private static int pixel(OgcRequest r, String key, int size) {
    String locator = key.toLowerCase(Locale.ROOT);
    String text = r.param(key).orElseThrow(() -> ServiceException.missing(locator));
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw WmsErrors.of(
          WmsErrors.INVALID_POINT,
          locator,
          key + " must be an integer, was '" + WmsErrors.abbreviate(text) + "'");
    }
    if (v < 0 || v >= size) {
      throw WmsErrors.of(
          WmsErrors.INVALID_POINT,
          locator,
          key + " = " + v + " is outside the map of " + size + " pixels");
    }
    return v;
  }

  private int featureCount(OgcRequest r) {
    String text = r.param("FEATURE_COUNT").orElse("1");
    try {
      int n = Integer.parseInt(text);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return Math.min(n, ctx.config().maxFeatureCount());
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(
          "feature_count", "FEATURE_COUNT must be a positive integer, was '" + text + "'");
    }
  }
}
