package cn.onemap.portal.ogc;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.OgcApiFeatures;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.ows.ServiceDescriptor;
import cn.onemap.ogc.tiles.OgcApiTiles;
import cn.onemap.ogc.tiles.XyzTiles;
import cn.onemap.ogc.wfs.WfsConfig;
import cn.onemap.ogc.wfs.WfsService;
import cn.onemap.ogc.wms.WmsConfig;
import cn.onemap.ogc.wms.WmsService;
import cn.onemap.ogc.wmts.Wmts;
import cn.onemap.ogc.wmts.WmtsConfig;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.portal.security.UrlApiKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** HTTP adapter for the OGC services: translates the servlet request, streams the response. */
@Controller
@Tag(name = "OGC 服务 OGC services")
class OgcController {
  private final OwsDispatcher ows;
  private final OgcApiFeatures ogcApi;
  private final Wmts wmts;
  private final XyzTiles xyz;
  private final LayerAccess access;

  OgcController(
      FeatureStore store,
      LayerAccess access,
      PortalProperties properties,
      OgcTiles tiles,
      cn.onemap.portal.vectortiles.VectorTileService vectorTiles) {
    int max = properties.limits().maxFeatures();
    WfsConfig defaults = WfsConfig.defaults();
    var wfs =
        new WfsConfig(
            defaults.namespaceUri(),
            defaults.title(),
            max,
            properties.limits().unpagedMaxFeatures());
    ServiceDescriptor wms = WmsService.descriptor(store, wmsConfig(properties), tiles.styles());
    this.wmts =
        new Wmts(
            store,
            tiles.tiles(),
            tiles.tilesets(),
            tiles.styles(),
            wms,
            WmtsConfig.defaults().withMaxAge(tiles.maxAge()));
    // WMTS stays off /ows: GetCapabilities and GetFeatureInfo without SERVICE would no longer
    // name one service there.
    this.ows = new OwsDispatcher(List.of(WfsService.descriptor(store, wfs), wms));
    this.ogcApi =
        new OgcApiFeatures(
            store,
            max,
            List.of(
                new OgcApiTiles(store, tiles.tiles(), tiles.tilesets(), tiles.maxAge()),
                new cn.onemap.ogc.vectortiles.OgcApiVectorTiles(
                    vectorTiles.tiles(),
                    vectorTiles.tilesets(),
                    cn.onemap.tiles.grid.TileMatrixSets.standard(),
                    vectorTiles.maxAgeSeconds())));
    this.xyz = new XyzTiles(store, tiles.tiles(), tiles.tilesets(), tiles.maxAge());
    this.access = access;
  }

  private static WmsConfig wmsConfig(PortalProperties properties) {
    PortalProperties.Wms wms = properties.wms();
    // The named styles come from the portal's one StyleCatalog, not from WmsConfig.stylesDir.
    return WmsConfig.defaults()
        .withMaxSize(wms.maxSize(), wms.maxSize())
        .withSldAllowedHosts(java.util.Set.copyOf(wms.sldAllowedHosts()))
        .withMetadata(WmsSettings.metadata(wms))
        .withRendering(wms.anonymousMaxSize(), WmsSettings.budget(wms));
  }

  @RequestMapping({"/ows", "/ows/**"})
  @Operation(summary = "OGC web services (WMS 1.3.0/1.1.1, WFS 2.0.0/1.1.0), KVP GET or XML POST")
  void ows(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/ows", Optional.empty());
    send(request, ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/wfs", "/wfs/**"})
  @Operation(summary = "WFS endpoint (SERVICE=WFS implied)")
  void wfs(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/wfs", Optional.of("WFS"));
    send(request, ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/wms", "/wms/**"})
  @Operation(summary = "WMS endpoint (SERVICE=WMS implied)")
  void wms(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/wms", Optional.of("WMS"));
    send(request, ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/wmts", "/wmts/**"})
  @Operation(summary = "WMTS 1.0.0 endpoint: KVP at /wmts, RESTful templates below it")
  void wmts(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/wmts", Optional.of("WMTS"));
    send(request, ogc, wmts.handle(ogc, policy()), response);
  }

  /**
   * Tianditu's own service paths ({@code /vec_c/wmts?…&LAYER=vec}, {@code /cva_w/wmts?…}), so a
   * Tianditu client configuration works when only the host changes; its {@code tk} key is ignored.
   */
  @RequestMapping({
    "/vec_c/wmts",
    "/cva_c/wmts",
    "/vec_w/wmts",
    "/cva_w/wmts",
    "/vec_c/wmts/**",
    "/cva_c/wmts/**",
    "/vec_w/wmts/**",
    "/cva_w/wmts/**"
  })
  @Operation(summary = "WMTS under Tianditu's paths (vec = basemap, cva = basemap_labels)")
  void tianditu(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String service = path.substring(1, path.indexOf('/', 1));
    OgcRequest ogc = toOgc(request, "/" + service + "/wmts", Optional.of("WMTS"));
    send(request, ogc, wmts.handleTianditu(service, ogc, policy()), response);
  }

  @RequestMapping(
      value = {"/tiles/**"},
      method = {RequestMethod.GET, RequestMethod.HEAD})
  @Operation(summary = "XYZ tiles /tiles/{tileset}/{tms}/{z}/{x}/{y}.png and TileJSON")
  void tiles(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/tiles", Optional.empty());
    send(request, ogc, xyz.handle(ogc, policy()), response);
  }

  @RequestMapping({"/ogcapi", "/ogcapi/**"})
  @Operation(summary = "OGC API - Features (Part 1 core, Part 2 CRS, Part 3 CQL2 text filters)")
  void ogcApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/ogcapi", Optional.empty());
    send(request, ogc, ogcApi.handle(ogc, policy()), response);
  }

  private PortalAccessPolicy policy() {
    return new PortalAccessPolicy(Callers.current(), access);
  }

  static OgcRequest toOgc(HttpServletRequest request, String mount, Optional<String> service)
      throws IOException {
    String contextPath = request.getContextPath();
    String path = request.getRequestURI().substring(contextPath.length() + mount.length());
    Map<String, String> kvp = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.getParameterMap().forEach((k, v) -> kvp.put(k, v.length == 0 ? "" : v[0]));
    // The key is the portal's business, not a protocol parameter: the services see it only as a
    // link parameter, and only when the client authenticated with it in the URL (never from the
    // X-API-Key header, which a client that can set headers keeps sending by itself).
    kvp.remove(UrlApiKey.PARAMETER);
    service.ifPresent(s -> kvp.putIfAbsent("SERVICE", s));
    boolean hasBody =
        "POST".equalsIgnoreCase(request.getMethod()) || "PUT".equalsIgnoreCase(request.getMethod());
    String base = baseUrl(request) + mount;
    return new OgcRequest(
        request.getMethod(),
        path.indexOf('%') < 0 && path.indexOf('+') < 0
            ? path
            : java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8),
        kvp,
        hasBody ? Optional.of(request.getInputStream()) : Optional.empty(),
        Optional.ofNullable(request.getContentType()),
        Optional.ofNullable(request.getHeader("Accept")),
        base,
        UrlApiKey.of(request).map(key -> Map.of(UrlApiKey.PARAMETER, key)).orElse(Map.of()));
  }

  /**
   * The absolute URL of the context path, as {@code ServletUriComponentsBuilder.fromContextPath}
   * gives it (scheme, host, port unless the scheme's default; Tomcat's RemoteIpValve has applied
   * trusted proxies' headers), without its per-request builder: tiles ask for it thousands of times
   * a second.
   */
  static String baseUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    String host = request.getServerName();
    int port = request.getServerPort();
    var url = new StringBuilder(64).append(scheme).append("://");
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      url.append('[').append(host).append(']');
    } else {
      url.append(host);
    }
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    if (port > 0 && !defaultPort) {
      url.append(':').append(port);
    }
    return url.append(request.getContextPath()).toString();
  }

  /**
   * Writes the response. A response with an ETag that the request's {@code If-None-Match} names (or
   * {@code *}) is answered {@code 304 Not Modified} with its validators and no body.
   */
  static void send(
      HttpServletRequest http, OgcRequest request, OgcResponse ogc, HttpServletResponse response)
      throws IOException {
    String etag = ogc.headers().get("ETag");
    if (ogc.status() == 200 && etag != null && matches(http.getHeaders("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      response.setHeader("ETag", etag);
      String cache = ogc.headers().get("Cache-Control");
      if (cache != null) {
        response.setHeader("Cache-Control", cache);
      }
      if (!request.linkParams().isEmpty()) {
        response.setHeader("Cache-Control", "private, no-store");
      }
      return;
    }
    response.setStatus(ogc.status());
    response.setContentType(ogc.contentType());
    ogc.headers().forEach(response::setHeader);
    if (!request.linkParams().isEmpty()) {
      // The body carries the caller's key: no shared cache may keep it.
      response.setHeader("Cache-Control", "private, no-store");
    }
    if ("HEAD".equalsIgnoreCase(http.getMethod())) {
      return;
    }
    try (OutputStream out = response.getOutputStream()) {
      ogc.body().writeTo(out);
    }
  }

  /** RFC 9110 §13.1.2: weak comparison, any listed tag or {@code *}. */
  static boolean matches(java.util.Enumeration<String> headers, String etag) {
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    while (headers != null && headers.hasMoreElements()) {
      for (String candidate : headers.nextElement().split(",")) {
        String c = candidate.strip();
        if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
          return true;
        }
      }
    }
    return false;
  }
}
