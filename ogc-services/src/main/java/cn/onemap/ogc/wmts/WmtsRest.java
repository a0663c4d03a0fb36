package cn.onemap.ogc.wmts;

import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.ServiceException;
import cn.onemap.tiles.tile.TileFormat;
import java.util.Locale;

/**
 * The RESTful binding (WMTS 1.0.0 §10): {@code /1.0.0/WMTSCapabilities.xml}, tiles at {@code
 * /{layer}/{style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.{png|png8|jpg}} and feature
 * info at {@code …/{TileCol}/{J}/{I}.{html|json|gml}}; {@code ?time=} selects the dimension (the
 * templates leave it out, so clients that do not know it get the present). Errors are the same
 * ExceptionReports as in KVP.
 */
final class WmtsRest {
  private WmtsRest() {}

  static String extension(TileFormat f) {
    return switch (f) {
      case PNG -> "png";
      case PNG8 -> "png8";
      case JPEG -> "jpg";
      case MVT -> "mvt";
    };
  }

  static String infoExtension(String infoFormat) {
    return switch (infoFormat) {
      case "application/json" -> "json";
      case "application/vnd.ogc.gml" -> "gml";
      default -> "html";
    };
  }

  static boolean isCapabilities(String path) {
    return path.equals("/1.0.0/WMTSCapabilities.xml") || path.equals("/WMTSCapabilities.xml");
  }

  static OgcResponse handle(WmtsContext ctx, OgcRequest r, AccessPolicy policy) {
    String[] seg = r.path().replaceAll("^/+", "").split("/", -1);
    if (seg.length != 6 && seg.length != 8) {
      throw new ServiceException(
          ServiceException.INVALID_PARAMETER_VALUE,
          null,
          404,
          "no WMTS resource at " + WmtsErrors.abbreviate(r.path()));
    }
    String last = seg[seg.length - 1];
    int dot = last.lastIndexOf('.');
    if (dot < 1) {
      throw ServiceException.invalid("format", "the tile path must end in an extension");
    }
    String ext = last.substring(dot + 1).toLowerCase(Locale.ROOT);
    seg[seg.length - 1] = last.substring(0, dot);
    if (seg.length == 6) {
      TileFormat format =
          switch (ext) {
            case "png" -> TileFormat.PNG;
            case "png8" -> TileFormat.PNG8;
            case "jpg", "jpeg" -> TileFormat.JPEG;
            default -> throw ServiceException.invalid("format", "no tile format ." + ext);
          };
      return GetTileHandler.tile(ctx, address(ctx, r, policy, seg, format));
    }
    String info =
        switch (ext) {
          case "html", "htm" -> "text/html";
          case "json" -> "application/json";
          case "gml", "xml" -> "application/vnd.ogc.gml";
          default -> throw ServiceException.invalid("infoformat", "no info format ." + ext);
        };
    TileAddress tile = address(ctx, r, policy, seg, TileFormat.PNG);
    return FeatureInfoHandler.info(
        ctx,
        policy,
        r,
        tile,
        info,
        TileAddress.index(seg[7], "i"),
        TileAddress.index(seg[6], "j"),
        r.param("FEATURE_COUNT"));
  }

  private static TileAddress address(
      WmtsContext ctx, OgcRequest r, AccessPolicy policy, String[] seg, TileFormat format) {
    return TileAddress.read(
        ctx, policy, seg[0], seg[1], seg[2], seg[3], seg[4], seg[5], format, r.param("TIME"));
  }
}
