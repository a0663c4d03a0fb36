package cn.onemap.ogc.wms;

import cn.onemap.core.GisException;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.GisErrors;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.image.ImageEncoder;
import cn.onemap.tiles.image.ImageFormat;
import cn.onemap.tiles.image.PngEncoder;
import cn.onemap.tiles.render.RenderBudget;
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
 * with status 200, as clients expect an image). Every image is admitted by the {@link RenderBudget}
 * first (memory for the canvas and its encoding, a render slot), so concurrent big maps queue
 * briefly and then get 503 with Retry-After instead of running the heap out; big 32-bit PNGs are
 * drawn in strips streamed into the encoder ({@link #inStrips}), so they never hold the canvas.
 */
final class GetMapHandler implements OperationHandler {
  private final WmsContext ctx;

  GetMapHandler(WmsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall post) {
    OwsCall call = post.isPost() ? GetMapXmlReader.toKvp(post) : post;
    ImageFrame frame =
        GetMapReader.frame(call.request(), ctx.config(), true, call.policy().signedIn());
    boolean strips = inStrips(frame);
    try (RenderBudget.Permit permit = admit(frame, strips)) {
      BufferedImage image;
      try {
        GetMapRequest req =
            GetMapReader.read(call.request(), call.version(), ctx, frame, call.policy());
        if (strips) {
          return encodedInStrips(ctx, req);
        }
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
      return encoded(frame, image);
    }
  }

  /**
   * Waits for render budget for the whole life of this image (drawing and encoding); a busy server
   * answers 503 with Retry-After in every EXCEPTIONS mode, since an error image would be just as
   * large.
   */
  private RenderBudget.Permit admit(ImageFrame frame, boolean strips) {
    try {
      return ctx.config().renderBudget().acquire(strips ? stripBytes(frame) : imageBytes(frame));
    } catch (RenderBudget.RenderBusyException e) {
      throw ServiceException.busy(e.getMessage(), e.retryAfterSeconds());
    }
  }

  /**
   * Heap one image of this frame holds at its peak: the ARGB canvas (4 B/px) plus what encoding
   * copies (JPEG flattens to RGB, 4 B/px; 8-bit PNG builds an index, ~2 B/px; 32-bit PNG streams
   * rows), plus 1 MiB for the renderer's own state.
   */
  static long imageBytes(ImageFrame frame) {
    long pixels = (long) frame.width() * frame.height();
    long perPixel =
        switch (frame.format()) {
          case PNG -> 4;
          case PNG8 -> 6;
          case JPEG -> 8;
        };
    return pixels * perPixel + (1L << 20);
  }

  /**
   * Whether the image is drawn in {@link #STRIP_ROWS}-row strips streamed into the PNG encoder:
   * 32-bit PNG larger than {@link #STRIP_THRESHOLD_PIXELS} with XML exceptions (an in-image error
   * would need the whole canvas after all). 8-bit PNG (quantized over the whole image) and JPEG are
   * drawn whole, admitted for their full size.
   */
  static boolean inStrips(ImageFrame frame) {
    return frame.format() == ImageFormat.PNG
        && frame.exceptions() == ExceptionMode.XML
        && (long) frame.width() * frame.height() > STRIP_THRESHOLD_PIXELS;
  }

  /** Above 2048² a PNG is drawn in strips (a 4096² canvas alone would be 64 MiB). */
  static final long STRIP_THRESHOLD_PIXELS = 2048L * 2048;

  /** Rows per strip: 4 MiB of canvas at 4096 px wide. */
  static final int STRIP_ROWS = 256;

  /** Two strips' canvases (the one drawn, the one being collected) and the encoder's state. */
  static long stripBytes(ImageFrame frame) {
    return 2L * frame.width() * STRIP_ROWS * 4 + (1L << 20);
  }

  private static OgcResponse encodedInStrips(WmsContext ctx, GetMapRequest req) {
    ImageFrame f = req.frame();
    var bytes = new java.io.ByteArrayOutputStream(1 << 16);
    try {
      PngEncoder.Rows rows = new PngEncoder.Rows(bytes, f.width(), f.height(), f.transparent());
      ctx.renderer()
          .renderStrips(renderRequest(ctx, req), STRIP_ROWS, (strip, top) -> rows.append(strip));
      rows.finish();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a memory stream does not fail
    }
    return OgcResponse.ok(f.contentType(), bytes::writeTo).withHeader("Cache-Control", "no-cache");
  }

  static BufferedImage render(WmsContext ctx, GetMapRequest req) {
    return ctx.renderer().render(renderRequest(ctx, req));
  }

  private static RenderRequest renderRequest(WmsContext ctx, GetMapRequest req) {
    ImageFrame f = req.frame();
    return RenderRequest.of(f.width(), f.height(), req.bbox(), req.layers())
        .withCrs(req.crs().renderCode())
        .withTransparent(f.transparent())
        .withBackground(f.background())
        .withLimits(ctx.config().renderLimits())
        .withDpi(req.dpi());
  }

  /**
   * Encodes while the render permit is held and answers the bytes: the canvas is garbage before the
   * response is written, so a slow client holds no render budget, and a response that is never
   * written cannot keep budget either. (The compressed image is a small fraction of the canvas.)
   */
  static OgcResponse encoded(ImageFrame frame, BufferedImage image) {
    var bytes = new java.io.ByteArrayOutputStream(1 << 16);
    ImageEncoder.encode(image, frame.format(), frame.background(), bytes);
    return OgcResponse.ok(frame.contentType(), bytes::writeTo)
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
