package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.filter.Filters;
import cn.onemap.ogc.gml.BboxText;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.image.ImageFormat;
import cn.onemap.tiles.render.LayerRender;
import cn.onemap.tiles.style.Style;
import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads the KVP parameters of a GetMap, one small parser per parameter: FORMAT, WIDTH, HEIGHT,
 * TRANSPARENT, BGCOLOR, EXCEPTIONS ({@link #frame}); then CRS (1.3.0) / SRS (1.1.1), BBOX in the
 * version's axis order, LAYERS, STYLES, SLD_BODY, the vendor CQL_FILTER (ECQL, one per layer
 * separated by ';', or one for all), TIME and the vendor dpi ({@link DpiParam}) ({@link #read}).
 */
final class GetMapReader {
  private GetMapReader() {}

  /**
   * The image part; FORMAT is required only for GetMap. WIDTH and HEIGHT are bounded by the caller
   * class's maximum ({@link WmsConfig#maxWidth(boolean)}).
   */
  static ImageFrame frame(OgcRequest r, WmsConfig config, boolean requireFormat, boolean signedIn) {
    ExceptionMode exceptions = ExceptionMode.parse(r.param("EXCEPTIONS"));
    ImageFormat format = ImageFormat.PNG;
    Optional<String> f = r.param("FORMAT");
    if (f.isPresent()) {
      format =
          ImageFormat.forMimeType(f.get())
              .orElseThrow(
                  () -> WmsErrors.invalidFormat("format", f.get(), WmsCapabilities.MAP_FORMATS));
    } else if (requireFormat) {
      throw ServiceException.missing("format");
    }
    int width = size(r, "WIDTH", config.maxWidth(signedIn));
    int height = size(r, "HEIGHT", config.maxHeight(signedIn));
    boolean transparent = r.param("TRANSPARENT").map("true"::equalsIgnoreCase).orElse(false);
    Color bg = Color.WHITE;
    Optional<String> bgcolor = r.param("BGCOLOR");
    if (bgcolor.isPresent()) {
      try {
        bg = Style.color(bgcolor.get());
      } catch (IllegalArgumentException e) {
        throw ServiceException.invalid("bgcolor", "BGCOLOR must be 0xRRGGBB: " + e.getMessage());
      }
    }
    return new ImageFrame(width, height, format, transparent, bg, exceptions);
  }

  static GetMapRequest read(
      OgcRequest r,
      String version,
      WmsContext ctx,
      ImageFrame frame,
      cn.onemap.ogc.http.AccessPolicy policy) {
    return read(r, version, ctx, frame, policy, "LAYERS");
  }

  /**
   * @param layersKey the parameter naming the layers: LAYERS for GetMap, QUERY_LAYERS for
   *     GetFeatureInfo (its STYLES do not matter, its CQL_FILTER and TIME do)
   */
  static GetMapRequest read(
      OgcRequest r,
      String version,
      WmsContext ctx,
      ImageFrame frame,
      cn.onemap.ogc.http.AccessPolicy policy,
      String layersKey) {
    boolean v13 = WmsCrs.isV13(version);
    String crsKey = v13 ? "CRS" : "SRS";
    String crsText =
        r.param(crsKey)
            .or(() -> r.param(v13 ? "SRS" : "CRS"))
            .orElseThrow(() -> ServiceException.missing(crsKey.toLowerCase(Locale.ROOT)));
    WmsCrs crs = WmsCrs.parse(crsText, version);
    Envelope bbox = crs.fromWire(bbox(r));

    StyleResolver styles = StyleResolver.of(r, ctx);
    String layerList =
        r.param(layersKey)
            .or(
                () ->
                    styles.sldLayerNames().isEmpty()
                        ? Optional.empty()
                        : Optional.of(String.join(",", styles.sldLayerNames())))
            .orElseThrow(() -> ServiceException.missing(layersKey.toLowerCase(Locale.ROOT)));
    List<LayerDefinition> layers =
        ctx.layers(layerList, policy, layersKey.toLowerCase(Locale.ROOT));
    List<String> styleNames =
        layersKey.equals("LAYERS")
            ? list(r.param("STYLES"), layers.size(), "styles", ",")
            : java.util.Collections.nCopies(layers.size(), "");
    List<String> filters = list(r.param("CQL_FILTER"), layers.size(), "cql_filter", ";");
    Optional<Instant> time = TimeParam.parse(r.param("TIME"));
    double dpi = DpiParam.parse(r);

    List<LayerRender> renders = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      LayerDefinition layer = layers.get(i);
      Optional<Filter> filter =
          filters.get(i).isBlank()
              ? Optional.empty()
              : Optional.of(Filters.parseEcql(filters.get(i)));
      renders.add(
          new LayerRender(
              layer,
              styles.style(layer, styleNames.get(i)),
              filter,
              layer.versioned() ? time : Optional.empty()));
    }
    return new GetMapRequest(version, frame, crs, bbox, renders, dpi);
  }

  static double[] bbox(OgcRequest r) {
    String text = r.param("BBOX").orElseThrow(() -> ServiceException.missing("bbox"));
    try {
      return BboxText.parse(text, BboxText.Rules.WMS).numbers();
    } catch (BboxText.Invalid e) {
      throw ServiceException.invalid("bbox", e.getMessage());
    }
  }

  static int size(OgcRequest r, String key, int max) {
    String locator = key.toLowerCase(Locale.ROOT);
    String text = r.param(key).orElseThrow(() -> ServiceException.missing(locator));
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(locator, key + " must be an integer, was '" + text + "'");
    }
    if (v < 1 || v > max) {
      throw ServiceException.invalid(
          locator, key + " must be between 1 and " + max + " pixels, was " + v);
    }
    return v;
  }

  /**
   * A per-layer list (STYLES, CQL_FILTER): absent → all empty; one value → the same for every
   * layer; otherwise exactly one value per layer. CQL_FILTER splits on ';' outside quotes.
   */
  static List<String> list(Optional<String> value, int n, String locator, String sep) {
    if (value.isEmpty()) {
      return java.util.Collections.nCopies(n, "");
    }
    List<String> parts = split(value.get(), sep.charAt(0));
    if (parts.size() == 1) {
      return java.util.Collections.nCopies(n, parts.get(0).strip());
    }
    if (parts.size() != n) {
      throw ServiceException.invalid(
          locator,
          locator.toUpperCase(Locale.ROOT)
              + " has "
              + parts.size()
              + " values for "
              + n
              + " layers");
    }
    return parts.stream().map(String::strip).toList();
  }

  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : s.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == sep && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
