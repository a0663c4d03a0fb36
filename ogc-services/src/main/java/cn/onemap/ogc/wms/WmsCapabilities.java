package cn.onemap.ogc.wms;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.gml.GmlGeometryWriter;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OperationHandler;
import cn.onemap.ogc.ows.OwsCall;
import java.io.IOException;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * GetCapabilities for WMS 1.3.0 ({@code WMS_Capabilities}, namespace {@code
 * http://www.opengis.net/wms}) and 1.1.1 ({@code WMT_MS_Capabilities}, no namespace): only the
 * layers the caller may read, named by layer id with their Chinese titles; every layer is
 * queryable, offers the {@link WmsCrs#ADVERTISED} systems (inherited from the root layer), a
 * geographic box from the store's extent, a BoundingBox per system in that system's wire axis
 * order, a {@code default} style and the layer's named styles ({@link StyleCatalog}) each with a
 * legend URL, and a {@code time} dimension when versioned (one value per map: multipleValues=0).
 * Online resources end in '?'. The updateSequence is the catalog's change counter ({@link
 * cn.onemap.core.store.FeatureStore#catalogSequence()}); a client's UPDATESEQUENCE is compared with
 * it as a number (WMS 1.3.0 7.2.3.5): equal → CurrentUpdateSequence, higher (or not a number) →
 * InvalidUpdateSequence, lower → the document. Service keywords and contact, and per-layer keywords
 * and MetadataURL come from {@link WmsMetadata}, in the order the schema requires.
 */
final class WmsCapabilities implements OperationHandler {
  static final List<String> MAP_FORMATS =
      List.of("image/png", "image/png; mode=8bit", "image/jpeg");
  static final List<String> INFO_FORMATS =
      List.of(FeatureInfoFormat.HTML, FeatureInfoFormat.JSON, FeatureInfoFormat.GML);

  private final WmsContext ctx;

  WmsCapabilities(WmsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public OgcResponse handle(OwsCall call) {
    List<LayerDefinition> layers = ctx.readableLayers(call.policy());
    long sequence = ctx.store().catalogSequence();
    call.request().param("UPDATESEQUENCE").ifPresent(asked -> checkSequence(asked, sequence));
    boolean v13 = WmsCrs.isV13(call.version());
    String url = call.request().operationUrl();
    List<LayerExtents> extents = layers.stream().map(l -> LayerExtents.of(ctx.store(), l)).toList();
    return OgcResponse.ok(
        v13 ? "text/xml; charset=UTF-8" : "application/vnd.ogc.wms_xml; charset=UTF-8",
        out -> {
          CapsXml x = CapsXml.open(out, v13 ? "WMS_Capabilities" : "WMT_MS_Capabilities", v13);
          x.attr("version", call.version()).attr("updateSequence", Long.toString(sequence));
          service(x, url, v13);
          x.start("Capability");
          request(x, url, v13);
          x.start("Exception");
          for (String f :
              v13
                  ? List.of("XML", "INIMAGE", "BLANK")
                  : List.of(
                      "application/vnd.ogc.se_xml",
                      "application/vnd.ogc.se_inimage",
                      "application/vnd.ogc.se_blank")) {
            x.el("Format", f);
          }
          x.end();
          rootLayer(x, extents, url, call.version());
          x.end().end().finish();
        });
  }

  private static void checkSequence(String asked, long current) {
    long value;
    try {
      value = Long.parseLong(asked.strip());
    } catch (NumberFormatException e) {
      throw WmsErrors.of(
          WmsErrors.INVALID_UPDATE_SEQUENCE,
          "updatesequence",
          "UPDATESEQUENCE must be a number (this service's is "
              + current
              + "), was '"
              + WmsErrors.abbreviate(asked)
              + "'");
    }
    if (value == current) {
      throw WmsErrors.of(
          WmsErrors.CURRENT_UPDATE_SEQUENCE,
          "updatesequence",
          "the capabilities have not changed since update sequence " + current);
    }
    if (value > current) {
      throw WmsErrors.of(
          WmsErrors.INVALID_UPDATE_SEQUENCE,
          "updatesequence",
          "update sequence " + value + " is newer than the service's, " + current);
    }
  }

  private void service(CapsXml x, String url, boolean v13) throws IOException {
    WmsMetadata meta = ctx.config().metadata();
    x.start("Service");
    x.el("Name", v13 ? "WMS" : "OGC:WMS");
    x.el("Title", ctx.config().title());
    x.el("Abstract", "梅州市时空信息云平台地图服务 (WMS)");
    keywords(x, meta.keywords());
    x.link("OnlineResource", url);
    contact(x, meta.contact());
    x.el("Fees", "none").el("AccessConstraints", "none");
    if (v13) {
      x.el("MaxWidth", String.valueOf(ctx.config().maxWidth()));
      x.el("MaxHeight", String.valueOf(ctx.config().maxHeight()));
    }
    x.end();
  }

  private static void keywords(CapsXml x, List<String> words) throws IOException {
    if (words.isEmpty()) {
      return;
    }
    x.start("KeywordList");
    for (String w : words) {
      x.el("Keyword", w);
    }
    x.end();
  }

  /** ContactInformation (same elements in 1.3.0 and 1.1.1); blank parts are left out. */
  private static void contact(CapsXml x, WmsMetadata.Contact c) throws IOException {
    if (c.isEmpty()) {
      return;
    }
    x.start("ContactInformation");
    if (!c.person().isEmpty() || !c.organization().isEmpty()) {
      // Both children are required by the schema when the group is present.
      x.start("ContactPersonPrimary");
      x.el("ContactPerson", c.person()).el("ContactOrganization", c.organization());
      x.end();
    }
    optional(x, "ContactPosition", c.position());
    if (!c.address().isEmpty()) {
      x.start("ContactAddress");
      x.el("AddressType", "postal").el("Address", c.address()).el("City", c.city());
      x.el("StateOrProvince", c.province()).el("PostCode", c.postCode());
      x.el("Country", c.country());
      x.end();
    }
    optional(x, "ContactVoiceTelephone", c.phone());
    optional(x, "ContactElectronicMailAddress", c.email());
    x.end();
  }

  private static void optional(CapsXml x, String element, String text) throws IOException {
    if (!text.isEmpty()) {
      x.el(element, text);
    }
  }

  private void request(CapsXml x, String url, boolean v13) throws IOException {
    x.start("Request");
    operation(x, "GetCapabilities", List.of(v13 ? "text/xml" : "application/vnd.ogc.wms_xml"), url);
    operation(x, "GetMap", MAP_FORMATS, url);
    operation(x, "GetFeatureInfo", INFO_FORMATS, url);
    if (v13) {
      x.startSld("GetLegendGraphic");
      dcp(x, List.of("image/png", "image/jpeg"), url);
      x.end();
    } else {
      operation(x, "GetLegendGraphic", List.of("image/png", "image/jpeg"), url);
    }
    x.end();
  }

  private static void operation(CapsXml x, String name, List<String> formats, String url)
      throws IOException {
    x.start(name);
    dcp(x, formats, url);
    x.end();
  }

  private static void dcp(CapsXml x, List<String> formats, String url) throws IOException {
    for (String f : formats) {
      x.el("Format", f);
    }
    x.start("DCPType").start("HTTP");
    x.start("Get").link("OnlineResource", url).end();
    x.start("Post").link("OnlineResource", url).end();
    x.end().end();
  }

  private void rootLayer(CapsXml x, List<LayerExtents> layers, String url, String version)
      throws IOException {
    boolean v13 = WmsCrs.isV13(version);
    x.start("Layer");
    x.el("Title", "梅州市一张图");
    x.el("Abstract", "梅州市时空信息云平台的图层；坐标系 CGCS2000 (EPSG:4490)");
    for (String crs : WmsCrs.ADVERTISED) {
      x.el(v13 ? "CRS" : "SRS", crs);
    }
    Envelope all = new Envelope();
    layers.forEach(l -> all.expandToInclude(l.lonLat()));
    extents(x, LayerExtents.of(all.isNull() ? LayerExtents.CHINA : all), v13, version);
    for (LayerExtents l : layers) {
      layer(x, l, url, version);
    }
    x.end();
  }

  private void layer(CapsXml x, LayerExtents e, String url, String version) throws IOException {
    boolean v13 = WmsCrs.isV13(version);
    LayerDefinition layer = e.layer();
    x.start("Layer").attr("queryable", "1").attr("opaque", "0");
    x.el("Name", layer.id());
    x.el("Title", layer.title());
    String kind = layer.kind().name().toLowerCase(java.util.Locale.ROOT);
    x.el("Abstract", layer.title() + "（" + kind + "）");
    List<String> words = new java.util.ArrayList<>(List.of(layer.title(), kind));
    words.addAll(ctx.config().metadata().keywordsOf(layer.id()));
    keywords(x, words.stream().distinct().toList());
    extents(x, e, v13, version);
    if (layer.versioned()) {
      x.start("Dimension").attr("name", "time").attr("units", "ISO8601");
      if (v13) {
        x.attr("default", "current").attr("current", "1").attr("nearestValue", "0");
        x.attr("multipleValues", "0");
        x.text("2000-01-01T00:00:00Z/current/PT1S").end();
      } else {
        x.end();
        x.start("Extent").attr("name", "time").attr("default", "current").attr("current", "1");
        x.text("2000-01-01T00:00:00Z/current/PT1S").end();
      }
    }
    var metadataUrl = ctx.config().metadata().metadataUrlOf(layer.id());
    if (metadataUrl.isPresent()) {
      x.start("MetadataURL").attr("type", "ISO19115:2003");
      x.el("Format", "text/html").link("OnlineResource", metadataUrl.get().toString());
      x.end();
    }
    CodeNames names = CodeNames.of(layer, ctx.store()::codeList);
    style(
        x,
        layer,
        names,
        StyleResolver.DEFAULT,
        "默认样式",
        ctx.styles().defaultStyle(layer),
        url,
        version);
    for (StyleCatalog.NamedStyle named : ctx.styles().styles(layer.id())) {
      style(x, layer, names, named.name(), named.title(), named.style(), url, version);
    }
    x.end();
  }

  /** A Style with its LegendURL (a GetLegendGraphic of that style). */
  private static void style(
      CapsXml x,
      LayerDefinition layer,
      CodeNames names,
      String name,
      String title,
      cn.onemap.tiles.style.UserStyle style,
      String url,
      String version)
      throws IOException {
    java.awt.Dimension size = LegendPainter.size(style, layer.title(), names, 20, 20);
    x.start("Style");
    x.el("Name", name);
    x.el("Title", title);
    x.start("LegendURL")
        .attr("width", String.valueOf(size.width))
        .attr("height", String.valueOf(size.height));
    x.el("Format", "image/png");
    x.link(
        "OnlineResource",
        url
            + "SERVICE=WMS&REQUEST=GetLegendGraphic&VERSION="
            + version
            + "&FORMAT=image%2Fpng&LAYER="
            + layer.id()
            + "&STYLE="
            + name);
    x.end().end();
  }

  private static void extents(CapsXml x, LayerExtents e, boolean v13, String version)
      throws IOException {
    Envelope g = e.lonLat();
    if (v13) {
      x.start("EX_GeographicBoundingBox");
      x.el("westBoundLongitude", num(g.getMinX())).el("eastBoundLongitude", num(g.getMaxX()));
      x.el("southBoundLatitude", num(g.getMinY())).el("northBoundLatitude", num(g.getMaxY()));
      x.end();
    } else {
      box(
          x,
          "LatLonBoundingBox",
          null,
          null,
          new double[] {g.getMinX(), g.getMinY(), g.getMaxX(), g.getMaxY()});
    }
    for (String code : WmsCrs.ADVERTISED) {
      WmsCrs crs = WmsCrs.parse(code, version);
      var box = e.in(crs);
      if (box.isPresent()) {
        box(x, "BoundingBox", v13 ? "CRS" : "SRS", code, crs.toWire(box.get()));
      }
    }
  }

  private static void box(CapsXml x, String element, String crsAttr, String crs, double[] b)
      throws IOException {
    x.start(element);
    if (crsAttr != null) {
      x.attr(crsAttr, crs);
    }
    x.attr("minx", num(b[0])).attr("miny", num(b[1]));
    x.attr("maxx", num(b[2])).attr("maxy", num(b[3]));
    x.end();
  }

  static String num(double d) {
    return GmlGeometryWriter.number(d);
  }
}
