package cn.onemap.ogc.wmts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.ogc.Xml;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wms.SchemaCatalog;
import cn.onemap.tiles.grid.TileMatrix;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.grid.TileRange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WmtsTest {
  static WmtsFixture f;

  @BeforeAll
  static void open() {
    f = new WmtsFixture();
  }

  @AfterAll
  static void close() {
    f.close();
  }

  /** The c tile at level 16 holding a point, and the pixel of the point in it. */
  record Hit(TileMatrix m, long row, long col, long i, long j) {}

  static Hit hit(String set, String level, double lon, double lat) {
    TileMatrix m = TileMatrixSets.standard().find(set).orElseThrow().matrix(level).orElseThrow();
    TileRange t = m.tileAt(lon, lat);
    long i = (long) Math.floor((lon - m.edgeX(t.minCol())) / m.cellSize());
    long j = (long) Math.floor((m.edgeY(t.minRow()) - lat) / m.cellSize());
    return new Hit(m, t.minRow(), t.minCol(), i, j);
  }

  @Test
  void capabilitiesAreValidAgainstTheWmtsSchema() throws Exception {
    String xml = WmtsFixture.text(f.kvp("SERVICE", "WMTS", "REQUEST", "GetCapabilities"));
    // Erratum of the 1.0.0 schema copy: Min/MaxTileRow/Col are typed positiveInteger although
    // their own documentation (and WMTS 1.0.0 Table 13) say "from 0"; row 0 is a real row.
    SchemaCatalog.ogcPatched(
            "wmts/1.0/wmtsGetCapabilities_response.xsd",
            xsd ->
                xsd.replaceAll(
                    "(name=\"(?:Min|Max)Tile(?:Row|Col)\" type=\")positiveInteger",
                    "$1nonNegativeInteger"))
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void capabilitiesListReadableTilesetsAndEverySetInItsAxisOrder() {
    Document caps = Xml.parse(WmtsFixture.text(f.rest("/1.0.0/WMTSCapabilities.xml")));
    List<String> layers = new ArrayList<>();
    NodeList ls = Xml.all(caps, "Layer");
    for (int i = 0; i < ls.getLength(); i++) {
      layers.add(directChild((Element) ls.item(i), "Identifier").getTextContent());
    }
    assertThat(layers).contains("poi").doesNotContain("secret");

    Element c = set(caps, "c");
    assertThat(directChild(c, "SupportedCRS").getTextContent())
        .isEqualTo("urn:ogc:def:crs:EPSG::4490");
    Element level1 = (Element) c.getElementsByTagNameNS("*", "TileMatrix").item(0);
    assertThat(directChild(level1, "Identifier").getTextContent()).isEqualTo("1");
    assertThat(Double.parseDouble(directChild(level1, "ScaleDenominator").getTextContent()))
        .isEqualTo(2.958293554545656E8);
    assertThat(directChild(level1, "TopLeftCorner").getTextContent()).isEqualTo("90 -180");
    assertThat(directChild(level1, "MatrixWidth").getTextContent()).isEqualTo("2");
    assertThat(directChild(level1, "MatrixHeight").getTextContent()).isEqualTo("1");
    assertThat(c.getElementsByTagNameNS("*", "TileMatrix").getLength()).isEqualTo(20);

    Element quad = set(caps, "WorldCRS84Quad");
    assertThat(directChild(quad, "SupportedCRS").getTextContent())
        .isEqualTo("urn:ogc:def:crs:OGC:1.3:CRS84");
    assertThat(directChild(quad, "WellKnownScaleSet").getTextContent())
        .isEqualTo("urn:ogc:def:wkss:OGC:1.0:GoogleCRS84Quad");
    Element q0 = (Element) quad.getElementsByTagNameNS("*", "TileMatrix").item(0);
    assertThat(directChild(q0, "TopLeftCorner").getTextContent()).isEqualTo("-180 90");
    Element gk = set(caps, "MeizhouGK");
    Element gk0 = (Element) gk.getElementsByTagNameNS("*", "TileMatrix").item(0);
    assertThat(directChild(gk0, "TopLeftCorner").getTextContent()).isEqualTo("2780000 300000");
    Element w = set(caps, "w");
    assertThat(directChild(w, "SupportedCRS").getTextContent())
        .isEqualTo("urn:ogc:def:crs:EPSG::3857");

    Element poi = layer(caps, "poi");
    String poiXml = poi.getTextContent();
    assertThat(Xml.all(caps, "Dimension").getLength()).isGreaterThan(0);
    Element dim = (Element) poi.getElementsByTagNameNS("*", "Dimension").item(0);
    assertThat(directChild(dim, "Identifier").getTextContent()).isEqualTo("time");
    assertThat(directChild(dim, "Default").getTextContent()).isEqualTo("current");
    assertThat(directChild(dim, "Value").getTextContent()).endsWith("/current/PT1S");
    assertThat(poiXml).isNotNull();
    NodeList urls = poi.getElementsByTagNameNS("*", "ResourceURL");
    List<String> templates = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element u = (Element) urls.item(i);
      templates.add(u.getAttribute("resourceType") + " " + u.getAttribute("template"));
    }
    assertThat(templates)
        .contains(
            "tile http://test/wmts/poi/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png",
            "FeatureInfo http://test/wmts/poi/{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}/{J}/{I}.json");
    // Limits: level 1 of c holds the city in the east tile (col 1, row 0).
    Element link = null;
    NodeList links = poi.getElementsByTagNameNS("*", "TileMatrixSetLink");
    for (int i = 0; i < links.getLength(); i++) {
      Element l = (Element) links.item(i);
      if (directChild(l, "TileMatrixSet").getTextContent().equals("c")) {
        link = l;
      }
    }
    Element lim1 = (Element) link.getElementsByTagNameNS("*", "TileMatrixLimits").item(0);
    assertThat(directChild(lim1, "TileMatrix").getTextContent()).isEqualTo("1");
    assertThat(directChild(lim1, "MinTileCol").getTextContent()).isEqualTo("1");
    assertThat(directChild(lim1, "MaxTileRow").getTextContent()).isEqualTo("0");
    assertThat(Xml.all(caps, "Operation").getLength()).isEqualTo(3);
    assertThat(((Element) Xml.all(caps, "Get").item(0)).getAttributeNS(CapsWriter.XLINK, "href"))
        .isEqualTo("http://test/wmts?");
  }

  @Test
  void aUrlKeyRidesOnEveryAdvertisedUrl() {
    var request =
        cn.onemap.ogc.http.OgcRequest.get(
                WmtsFixture.BASE, "/", java.util.Map.of("REQUEST", "GetCapabilities"))
            .withLinkParams(java.util.Map.of("apikey", "k1"));
    String caps = WmtsFixture.text(f.wmts.handle(request, WmtsFixture.READER));
    assertThat(caps)
        .contains("xlink:href=\"http://test/wmts?apikey=k1&amp;\"")
        .contains("{TileCol}.png?apikey=k1\"")
        .contains("{J}/{I}.json?apikey=k1\"")
        .contains("http://test/wmts/1.0.0/WMTSCapabilities.xml?apikey=k1");
  }

  @Test
  void tiandituSpellingsGiveTheSameTileAsRestAndXyz() throws Exception {
    Hit h = hit("c", "16", 116.10, 24.28);
    OgcResponse kvp = f.tianditu("poi", "c", "16", h.row(), h.col());
    assertThat(kvp.status()).isEqualTo(200);
    assertThat(kvp.contentType()).isEqualTo("image/png");
    assertThat(kvp.headers().get("ETag")).startsWith("\"").endsWith("\"");
    assertThat(kvp.headers().get("Cache-Control")).isEqualTo("public, max-age=60");
    byte[] png = WmtsFixture.bytes(kvp);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isEqualTo(256);
    assertThat(img.getHeight()).isEqualTo(256);
    assertThat(opaquePixels(img)).as("the station's symbol is drawn").isGreaterThan(10);

    byte[] rest =
        WmtsFixture.bytes(f.rest("/poi/default/c/16/" + h.row() + "/" + h.col() + ".png"));
    assertThat(rest).isEqualTo(png);
    // Upper-case values and a GeoWebCache-style level name are the same request.
    byte[] upper =
        WmtsFixture.bytes(
            f.kvp(
                "SERVICE",
                "WMTS",
                "REQUEST",
                "GetTile",
                "VERSION",
                "1.0.0",
                "LAYER",
                "poi",
                "STYLE",
                "",
                "TILEMATRIXSET",
                "C",
                "FORMAT",
                "image/png",
                "TILEMATRIX",
                "c:16",
                "TILEROW",
                Long.toString(h.row()),
                "TILECOL",
                Long.toString(h.col())));
    assertThat(upper).isEqualTo(png);
  }

  @Test
  void epsg900913NamesTheWSet() {
    Hit h = hit("w", "14", 116.10, 24.28);
    // Tianditu's w and EPSG:900913 share a numbering; compare against the w tile.
    TileMatrix m = TileMatrixSets.standard().w().matrix("14").orElseThrow();
    double[] xy =
        cn.onemap.core.crs.Transforms.get("EPSG:4490", "EPSG:3857").transform(116.10, 24.28);
    TileRange t = m.tileAt(xy[0], xy[1]);
    byte[] w = WmtsFixture.bytes(f.tianditu("poi", "w", "14", t.minRow(), t.minCol()));
    byte[] google =
        WmtsFixture.bytes(f.tianditu("poi", "EPSG:900913", "14", t.minRow(), t.minCol()));
    assertThat(google).isEqualTo(w);
    assertThat(h).isNotNull();
  }

  @Test
  void errorsAreOwsExceptionReports() {
    Hit h = hit("c", "16", 116.10, 24.28);
    OgcResponse out = f.tianditu("poi", "c", "3", 99, 0);
    assertThat(out.status()).isEqualTo(400);
    assertThat(WmtsFixture.text(out))
        .contains("http://www.opengis.net/ows/1.1")
        .contains("exceptionCode=\"TileOutOfRange\"")
        .contains("locator=\"tilerow\"");

    OgcResponse missing =
        f.kvp("SERVICE", "WMTS", "REQUEST", "GetTile", "LAYER", "poi", "FORMAT", "image/png");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(WmtsFixture.text(missing)).contains("MissingParameterValue");

    OgcResponse secret = f.tianditu("secret", "c", "16", h.row(), h.col());
    OgcResponse unknown = f.tianditu("nosuch", "c", "16", h.row(), h.col());
    assertThat(secret.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(WmtsFixture.text(secret))
        .contains("InvalidParameterValue")
        .contains("locator=\"layer\"")
        .doesNotContain("保密");
    OgcResponse restSecret = f.rest("/secret/default/c/16/" + h.row() + "/" + h.col() + ".png");
    assertThat(restSecret.status()).isEqualTo(404);

    OgcResponse level = f.tianditu("poi", "c", "0", 0, 0);
    assertThat(level.status()).isEqualTo(404);
    assertThat(WmtsFixture.text(level)).contains("locator=\"tilematrix\"");

    OgcResponse format =
        f.kvp(
            "SERVICE",
            "WMTS",
            "REQUEST",
            "GetTile",
            "LAYER",
            "poi",
            "STYLE",
            "default",
            "TILEMATRIXSET",
            "c",
            "FORMAT",
            "image/gif",
            "TILEMATRIX",
            "3",
            "TILEROW",
            "0",
            "TILECOL",
            "0");
    assertThat(WmtsFixture.text(format)).contains("InvalidParameterValue").contains("format");

    OgcResponse style = f.rest("/poi/fancy/c/16/" + h.row() + "/" + h.col() + ".png");
    assertThat(style.status()).isEqualTo(400);
    assertThat(WmtsFixture.text(style)).contains("locator=\"style\"");
  }

  @Test
  void timeGivesThePastMap() throws Exception {
    // 客都大道 stood at 116.12 24.30 before the move; its tile is empty now.
    Hit h = hit("c", "16", 116.12, 24.30);
    String path = "/poi/default/c/16/" + h.row() + "/" + h.col() + ".png";
    BufferedImage now = ImageIO.read(new ByteArrayInputStream(WmtsFixture.bytes(f.rest(path))));
    BufferedImage past =
        ImageIO.read(
            new ByteArrayInputStream(
                WmtsFixture.bytes(f.rest(path, "time", f.beforeMove.toString()))));
    assertThat(opaquePixels(now)).isZero();
    assertThat(opaquePixels(past)).isGreaterThan(10);
    // The same in KVP.
    OgcResponse kvp =
        f.kvp(
            "SERVICE",
            "WMTS",
            "REQUEST",
            "GetTile",
            "LAYER",
            "poi",
            "STYLE",
            "default",
            "TILEMATRIXSET",
            "c",
            "FORMAT",
            "image/png",
            "TILEMATRIX",
            "16",
            "TILEROW",
            Long.toString(h.row()),
            "TILECOL",
            Long.toString(h.col()),
            "TIME",
            f.beforeMove.toString());
    assertThat(opaquePixels(ImageIO.read(new ByteArrayInputStream(WmtsFixture.bytes(kvp)))))
        .isGreaterThan(10);
  }

  @Test
  void featureInfoFindsWhatTheWmsFinds() {
    Hit h = hit("c", "16", 116.10, 24.28);
    OgcResponse json =
        f.kvp(
            "SERVICE",
            "WMTS",
            "REQUEST",
            "GetFeatureInfo",
            "VERSION",
            "1.0.0",
            "LAYER",
            "poi",
            "STYLE",
            "default",
            "TILEMATRIXSET",
            "c",
            "FORMAT",
            "image/png",
            "TILEMATRIX",
            "16",
            "TILEROW",
            Long.toString(h.row()),
            "TILECOL",
            Long.toString(h.col()),
            "I",
            Long.toString(h.i()),
            "J",
            Long.toString(h.j()),
            "INFOFORMAT",
            "application/json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(WmtsFixture.text(json)).contains("梅州站").doesNotContain("客都大道");
    // RESTful, HTML, and a pixel far from it finds nothing.
    String rest =
        "/poi/default/c/16/" + h.row() + "/" + h.col() + "/" + h.j() + "/" + h.i() + ".html";
    assertThat(WmtsFixture.text(f.rest(rest))).contains("梅州站");
    long farI = h.i() > 128 ? 0 : 255;
    String far =
        "/poi/default/c/16/" + h.row() + "/" + h.col() + "/" + h.j() + "/" + farI + ".json";
    assertThat(WmtsFixture.text(f.rest(far))).doesNotContain("梅州站");
    OgcResponse outside = f.rest("/poi/default/c/16/" + h.row() + "/" + h.col() + "/300/0.json");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(WmtsFixture.text(outside)).contains("PointIJOutOfRange");
  }

  @Test
  void theGaussKrugerSetDrawsAndIdentifiesInNorthingEasting() throws Exception {
    double[] xy =
        cn.onemap.core.crs.Transforms.get("EPSG:4490", "EPSG:4548").transform(116.10, 24.28);
    TileMatrix m = TileMatrixSets.standard().meizhouGk().matrix("5").orElseThrow();
    TileRange t = m.tileAt(xy[0], xy[1]);
    long i = (long) Math.floor((xy[0] - m.edgeX(t.minCol())) / m.cellSize());
    long j = (long) Math.floor((m.edgeY(t.minRow()) - xy[1]) / m.cellSize());
    String tile = "/poi/default/MeizhouGK/5/" + t.minRow() + "/" + t.minCol();
    BufferedImage img =
        ImageIO.read(new ByteArrayInputStream(WmtsFixture.bytes(f.rest(tile + ".png"))));
    assertThat(opaquePixels(img)).isGreaterThan(10);
    assertThat(WmtsFixture.text(f.rest(tile + "/" + j + "/" + i + ".json"))).contains("梅州站");
  }

  private static Element set(Document caps, String id) {
    NodeList sets = Xml.all(caps, "TileMatrixSet");
    for (int i = 0; i < sets.getLength(); i++) {
      Element s = (Element) sets.item(i);
      Element ident = directChild(s, "Identifier");
      if (ident != null && ident.getTextContent().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no TileMatrixSet " + id);
  }

  private static Element layer(Document caps, String id) {
    NodeList ls = Xml.all(caps, "Layer");
    for (int i = 0; i < ls.getLength(); i++) {
      Element l = (Element) ls.item(i);
      if (directChild(l, "Identifier").getTextContent().equals(id)) {
        return l;
      }
    }
    throw new AssertionError("no Layer " + id);
  }

  static Element directChild(Element e, String local) {
    for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getLocalName().equals(local)) {
        return c;
      }
    }
    return null;
  }

  static int opaquePixels(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) >>> 24) > 0) {
          n++;
        }
      }
    }
    return n;
  }
}
