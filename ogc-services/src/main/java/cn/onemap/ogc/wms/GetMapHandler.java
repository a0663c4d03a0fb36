package cn.onemap.ogc.wms;

import cn.onemap.core.GisException;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.GisErrors;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.render.RenderLimitException;
import cn.onemap.tiles.render.RenderRequest;
import cn.onemap.tiles.render.RenderTimeoutException;
import java.awt.image.BufferedImage;

/**
 * GetMap: parses the request ({@link GetMapReader}; an XML POST is first turned into the same KVP
 * by {@link GetMapXmlReader}), renders it with the tile-service {@code MapRenderer} within the
 * configured limits, and encodes PNG, 8-bit PNG or JPEG. The image is rendered before the response
 * is committed, so every error still becomes an exception: a ServiceExceptionReport by default, the
 * message drawn into the image for EXCEPTIONS=INIMAGE, an empty image for EXCEPTIONS=BLANK (both
 * with status 200, as clients expect an image).
 */
final class GetMapHandler implements OperationHandler {
  private final WmsContext ctx;

  GetMapHandler(WmsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall post) {
    OwsCall call = post.isPost() ? GetMapXmlReader.toKvp(post) : post;
    ImageFrame frame = GetMapReader.frame(call.request(), ctx.config(), true);
    BufferedImage image;
    try {
      GetMapRequest req =
          GetMapReader.read(call.request(), call.version(), ctx, frame, call.policy());
      image = render(ctx, req);
    } catch (ServiceException | GisException e) {
      ServiceException se = toServiceException(e);
      if (frame.exceptions() == ExceptionMode.XML) {
        throw se;
      }
      image =
          frame.exceptions() == ExceptionMode.INIMAGE
              ? ExceptionImage.inImage(frame, se)
              : ExceptionImage.blank(frame);
    }
    return image(frame, image);
  }

  static BufferedImage render(WmsContext ctx, GetMapRequest req) {
    ImageFrame f = req.frame();
    RenderRequest rr =
        RenderRequest.of(f.width(), f.height(), req.bbox(), req.layers())
            .withCrs(req.crs().renderCode())
            .withTransparent(f.transparent())
            .withBackground(f.background())
            .withLimits(ctx.config().renderLimits());
    return ctx.renderer().render(rr);
  }

  static OgcResponse image(ImageFrame frame, BufferedImage image) {
    return OgcResponse.ok(
            frame.contentType(),
            out -> ImageEncoder.encode(image, frame.format(), frame.background(), out))
        .withHeader("Cache-Control", "no-cache");
  }

  /** Render limits and timeouts are explicit 400 / 503 errors; gis-core errors as elsewhere. */
  static ServiceException toServiceException(RuntimeException e) {
    if (e instanceof ServiceException se) {
      return se;
    }
    if (e instanceof RenderTimeoutException t) {
      return new ServiceException(
          ServiceException.OPERATION_PROCESSING_FAILED,
          null,
          503,
          "rendering took too long: " + t.getMessage());
    }
    if (e instanceof RenderLimitException l) {
      return ServiceException.invalid(null, "render limit exceeded: " + l.getMessage());
    }
    return GisErrors.toServiceException((GisException) e);
  }
}
