package cn.onemap.ogc.wmts;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import cn.onemap.ogc.tiles.TileAccess;
import cn.onemap.ogc.tiles.TilesetExtent;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSet;
import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.Tileset;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * GetCapabilities (KVP, and {@code /1.0.0/WMTSCapabilities.xml} RESTful): one Layer per tileset the
 * caller may read ({@code basemap}, {@code basemap_labels} and each readable catalog layer) with
 * its Chinese title, WGS 84 box, styles ({@code default} first), the three raster formats, the
 * feature info formats, a {@code time} Dimension when a layer keeps history (Default {@code
 * current}, Value from the first valid-from to now), a TileMatrixSetLink with limits to every set,
 * and ResourceURL templates for tiles (png, png8, jpg) and feature info (html, json, gml). Every
 * set follows with SupportedCRS as a URN, WellKnownScaleSet for the OGC quads, and TopLeftCorner in
 * the CRS's axis order (latitude first for EPSG:4490, northing first for EPSG:4548). Operation URLs
 * end in {@code ?} (OWSLib and GDAL append parameters to them).
 */
final class WmtsCapabilities implements OperationHandler {
  private final WmtsContext ctx;

  WmtsCapabilities(WmtsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    return document(call.request(), call.policy());
  }

  /**
   * A Tianditu service's own view ({@code vec_c}: layer {@code vec}, set {@code c} only), so a
   * client that reads Tianditu's capabilities finds the same names here.
   */
  record TiandituView(String layer, String tileset, String set) {}

  OgcResponse document(OgcRequest request, AccessPolicy policy) {
    return document(request, policy, java.util.Optional.empty());
  }

  OgcResponse document(
      OgcRequest request, AccessPolicy policy, java.util.Optional<TiandituView> view) {
    List<Tileset> tilesets =
        view.isEmpty()
            ? TileAccess.readable(ctx.tilesets(), policy)
            : TileAccess.find(ctx.tilesets(), view.get().tileset(), policy).stream().toList();
    List<TileMatrixSet> sets =
        view.isEmpty()
            ? ctx.grids().all()
            : List.of(ctx.grids().find(view.get().set()).orElseThrow());
    String name = view.map(TiandituView::layer).orElse(null);
    List<TilesetExtent> extents =
        tilesets.stream().map(t -> TilesetExtent.of(ctx.store(), t)).toList();
    String url = request.operationUrl();
    return OgcResponse.ok(
        "application/xml; charset=UTF-8",
        out -> {
          CapsWriter x = CapsWriter.open(out);
          service(x, url);
          x.start("Contents");
          for (int i = 0; i < tilesets.size(); i++) {
            Tileset t = tilesets.get(i);
            layer(x, request, t, name == null ? t.id() : name, sets, extents.get(i));
          }
          for (TileMatrixSet set : sets) {
            matrixSet(x, set);
          }
          x.end();
          x.start("ServiceMetadataURL").href(request.link("/1.0.0/WMTSCapabilities.xml")).end();
          x.finish();
        });
  }

  private void service(CapsWriter x, String url) throws IOException {
    x.ows("ServiceIdentification");
    x.owsEl("Title", ctx.config().title());
    x.owsEl("Abstract", "梅州市时空信息云平台瓦片地图服务 (WMTS 1.0.0)，兼容天地图 c/w 瓦片矩阵集");
    x.ows("Keywords").owsEl("Keyword", "WMTS").owsEl("Keyword", "天地图").owsEl("Keyword", "一张图");
    x.end();
    x.owsEl("ServiceType", "OGC WMTS").owsEl("ServiceTypeVersion", "1.0.0");
    x.owsEl("Fees", "none").owsEl("AccessConstraints", "none");
    x.end();
    x.ows("ServiceProvider").owsEl("ProviderName", "梅州市自然资源局");
    x.ows("ServiceContact").owsEl("IndividualName", "一张图运维").end();
    x.end();
    x.ows("OperationsMetadata");
    for (String op : List.of("GetCapabilities", "GetTile", "GetFeatureInfo")) {
      x.ows("Operation").attr("name", op).ows("DCP").ows("HTTP").ows("Get").href(url);
      x.ows("Constraint").attr("name", "GetEncoding").ows("AllowedValues").owsEl("Value", "KVP");
      x.end().end().end().end().end().end();
    }
    x.end();
  }

  private void layer(
      CapsWriter x,
      OgcRequest request,
      Tileset tileset,
      String identifier,
      List<TileMatrixSet> sets,
      TilesetExtent extent)
      throws IOException {
    x.start("Layer");
    x.owsEl("Title", tileset.title());
    x.owsEl("Abstract", abstractOf(tileset));
    var b = extent.lonLat();
    x.ows("WGS84BoundingBox")
        .owsEl("LowerCorner", b.getMinX() + " " + b.getMinY())
        .owsEl("UpperCorner", b.getMaxX() + " " + b.getMaxY())
        .end();
    x.owsEl("Identifier", identifier);
    List<String> styles = ctx.styleNames(tileset);
    for (String s : styles) {
      x.start("Style");
      if (s.equals(WmtsContext.DEFAULT_STYLE)) {
        x.attr("isDefault", "true");
      }
      x.owsEl(
          "Title",
          s.equals(WmtsContext.DEFAULT_STYLE)
              ? "默认样式"
              : ctx.styles()
                  .style(tileset.layers().get(0).id(), s)
                  .map(StyleCatalog.NamedStyle::title)
                  .orElse(s));
      x.owsEl("Identifier", s).end();
    }
    for (TileFormat f : TileAddress.FORMATS) {
      x.el("Format", f.mimeType());
    }
    for (String f : FeatureInfoHandler.INFO_FORMATS) {
      x.el("InfoFormat", f);
    }
    if (WmtsContext.versioned(tileset)) {
      x.start("Dimension").owsEl("Identifier", "time").owsEl("UOM", "ISO8601");
      x.el("Default", "current").el("Current", "true");
      x.el(
          "Value",
          firstValidFrom(tileset).map(Instant::toString).orElse("2000-01-01T00:00:00Z")
              + "/current/PT1S");
      x.end();
    }
    for (TileMatrixSet set : sets) {
      x.start("TileMatrixSetLink").el("TileMatrixSet", set.id());
      Map<String, TileRange> limits = extent.limits(set);
      if (!limits.isEmpty()) {
        x.start("TileMatrixSetLimits");
        for (var e : limits.entrySet()) {
          TileRange r = e.getValue();
          x.start("TileMatrixLimits").el("TileMatrix", e.getKey());
          x.el("MinTileRow", Long.toString(r.minRow())).el("MaxTileRow", Long.toString(r.maxRow()));
          x.el("MinTileCol", Long.toString(r.minCol())).el("MaxTileCol", Long.toString(r.maxCol()));
          x.end();
        }
        x.end();
      }
      x.end();
    }
    String base = "/" + identifier + "/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}";
    for (TileFormat f : TileAddress.FORMATS) {
      x.start("ResourceURL").attr("format", f.mimeType()).attr("resourceType", "tile");
      x.attr("template", request.link(base + "." + WmtsRest.extension(f))).end();
    }
    for (String f : FeatureInfoHandler.INFO_FORMATS) {
      x.start("ResourceURL").attr("format", f).attr("resourceType", "FeatureInfo");
      x.attr("template", request.link(base + "/{J}/{I}." + WmtsRest.infoExtension(f))).end();
    }
    x.end();
  }

  private static String abstractOf(Tileset tileset) {
    return switch (tileset.kind()) {
      case BASEMAP -> "底图：道路、建筑、水系、用地、行政区划（不含注记）";
      case IMAGERY -> "影像风格底图：与矢量底图同一数据，深色地面、浅色道路，叠加注记使用";
      case LABELS -> "底图注记：道路、地名等文字标注，透明图层，叠加在底图之上";
      case LAYER ->
          tileset.title()
              + "（"
              + tileset.layers().get(0).kind().name().toLowerCase(Locale.ROOT)
              + "）";
    };
  }

  private Optional<Instant> firstValidFrom(Tileset tileset) {
    Optional<Instant> first = Optional.empty();
    for (LayerDefinition l : tileset.layers()) {
      if (!l.versioned()) {
        continue;
      }
      Optional<Instant> f = ctx.store().firstValidFrom(l.id());
      if (f.isPresent() && (first.isEmpty() || f.get().isBefore(first.get()))) {
        first = f;
      }
    }
    return first;
  }

  private static void matrixSet(CapsWriter x, TileMatrixSet set) throws IOException {
    x.start("TileMatrixSet");
    x.owsEl("Title", set.title());
    x.owsEl("Identifier", set.id());
    x.owsEl("SupportedCRS", urn(set.crsUri()));
    if (set.wellKnownScaleSet().isPresent()) {
      x.el("WellKnownScaleSet", set.wellKnownScaleSet().get());
    }
    for (TileMatrix m : set.matrices()) {
      x.start("TileMatrix");
      x.owsEl("Identifier", m.identifier());
      x.el("ScaleDenominator", Double.toString(m.scaleDenominator()));
      String corner =
          set.northFirst()
              ? plain(m.originY()) + " " + plain(m.originX())
              : plain(m.originX()) + " " + plain(m.originY());
      x.el("TopLeftCorner", corner);
      x.el("TileWidth", Integer.toString(m.tileWidth()));
      x.el("TileHeight", Integer.toString(m.tileHeight()));
      x.el("MatrixWidth", Long.toString(m.matrixWidth()));
      x.el("MatrixHeight", Long.toString(m.matrixHeight()));
      x.end();
    }
    x.end();
  }

  /**
   * The URN of an OGC CRS URI: {@code http://www.opengis.net/def/crs/EPSG/0/4490} → {@code
   * urn:ogc:def:crs:EPSG::4490}, {@code …/OGC/1.3/CRS84} → {@code urn:ogc:def:crs:OGC:1.3:CRS84}
   * (east first, as WorldCRS84Quad's TopLeftCorner is written).
   */
  static String urn(String crsUri) {
    String[] p = crsUri.substring(crsUri.indexOf("/def/crs/") + "/def/crs/".length()).split("/");
    String version = p[1].equals("0") ? "" : p[1];
    return "urn:ogc:def:crs:" + p[0] + ":" + version + ":" + p[2];
  }

  /** A coordinate without an exponent (some clients split TopLeftCorner on spaces only). */
  static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
