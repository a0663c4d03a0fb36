package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.image.ImageFormat;
import cn.onemap.tiles.style.UserStyle;
import java.awt.image.BufferedImage;

/**
 * GetLegendGraphic (SLD 1.1 profile of WMS, as GeoServer offers it): LAYER, optional STYLE (or
 * SLD_BODY), FORMAT (image/png default, PNG8, JPEG), WIDTH/HEIGHT of each rule's swatch (default
 * 20, at most 256), TRANSPARENT. Unreadable layers are LayerNotDefined.
 */
final class GetLegendGraphicHandler implements OperationHandler {
  static final int MAX_SWATCH = 256;
  private final WmsContext ctx;

  GetLegendGraphicHandler(WmsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    var r = call.request();
    LayerDefinition layer =
        ctx.layer(
            r.param("LAYER").orElseThrow(() -> ServiceException.missing("layer")),
            call.policy(),
            "layer");
    ImageFormat format =
        r.param("FORMAT")
            .map(
                f ->
                    ImageFormat.forMimeType(f)
                        .orElseThrow(
                            () ->
                                WmsErrors.invalidFormat("format", f, WmsCapabilities.MAP_FORMATS)))
            .orElse(ImageFormat.PNG);
    int w = r.param("WIDTH").isPresent() ? GetMapReader.size(r, "WIDTH", MAX_SWATCH) : 20;
    int h = r.param("HEIGHT").isPresent() ? GetMapReader.size(r, "HEIGHT", MAX_SWATCH) : 20;
    boolean transparent = r.param("TRANSPARENT").map("true"::equalsIgnoreCase).orElse(false);
    UserStyle style = StyleResolver.of(r, ctx).style(layer, r.param("STYLE").orElse(""));
    BufferedImage img =
        LegendPainter.paint(
            style,
            layer.title(),
            cn.onemap.core.catalog.CodeNames.of(layer, ctx.store()::codeList),
            w,
            h,
            transparent);
    return OgcResponse.ok(
        format == ImageFormat.JPEG ? "image/jpeg" : "image/png",
        out -> ImageEncoder.encode(img, format, out));
  }
}
