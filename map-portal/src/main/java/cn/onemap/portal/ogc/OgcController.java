package cn.onemap.portal.ogc;

import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.api.OgcApiFeatures;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.ows.OwsDispatcher;
import cn.onemap.ogc.wfs.WfsConfig;
import cn.onemap.ogc.wfs.WfsService;
import cn.onemap.ogc.wms.WmsConfig;
import cn.onemap.ogc.wms.WmsService;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** HTTP adapter for the OGC services: translates the servlet request, streams the response. */
@Controller
@Tag(name = "OGC 服务 OGC services")
class OgcController {
  private final OwsDispatcher ows;
  private final OgcApiFeatures ogcApi;
  private final LayerAccess access;

  OgcController(
      FeatureStore store,
      LayerAccess access,
      PortalProperties properties,
      cn.onemap.portal.vectortiles.VectorTileService vectorTiles) {
    int max = properties.limits().maxFeatures();
    WfsConfig defaults = WfsConfig.defaults();
    var wfs =
        new WfsConfig(
            defaults.namespaceUri(),
            defaults.title(),
            max,
            properties.limits().unpagedMaxFeatures());
    this.ows =
        new OwsDispatcher(
            List.of(
                WfsService.descriptor(store, wfs),
                WmsService.descriptor(store, wmsConfig(properties))));
    this.ogcApi =
        new OgcApiFeatures(
            store,
            max,
            List.of(
                new cn.onemap.ogc.vectortiles.OgcApiVectorTiles(
                    vectorTiles.tiles(),
                    vectorTiles.tilesets(),
                    cn.onemap.tiles.grid.TileMatrixSets.standard(),
                    vectorTiles.maxAgeSeconds())));
    this.access = access;
  }

  private static WmsConfig wmsConfig(PortalProperties properties) {
    PortalProperties.Wms wms = properties.wms();
    java.nio.file.Path styles =
        wms.stylesDir().isBlank()
            ? properties.dataDir().resolve("styles")
            : java.nio.file.Path.of(wms.stylesDir());
    return WmsConfig.defaults()
        .withMaxSize(wms.maxSize(), wms.maxSize())
        .withStylesDir(styles)
        .withSldAllowedHosts(java.util.Set.copyOf(wms.sldAllowedHosts()))
        .withMetadata(WmsSettings.metadata(wms))
        .withRendering(wms.anonymousMaxSize(), WmsSettings.budget(wms));
  }

  @RequestMapping({"/ows", "/ows/**"})
  @Operation(summary = "OGC web services (WMS 1.3.0/1.1.1, WFS 2.0.0/1.1.0), KVP GET or XML POST")
  void ows(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/ows", Optional.empty());
    send(ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/wfs", "/wfs/**"})
  @Operation(summary = "WFS endpoint (SERVICE=WFS implied)")
  void wfs(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/wfs", Optional.of("WFS"));
    send(ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/wms", "/wms/**"})
  @Operation(summary = "WMS endpoint (SERVICE=WMS implied)")
  void wms(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/wms", Optional.of("WMS"));
    send(ogc, ows.handle(ogc, policy()), response);
  }

  @RequestMapping({"/ogcapi", "/ogcapi/**"})
  @Operation(summary = "OGC API - Features (Part 1 core, Part 2 CRS, Part 3 CQL2 text filters)")
  void ogcApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OgcRequest ogc = toOgc(request, "/ogcapi", Optional.empty());
    send(ogc, ConditionalGet.apply(request, ogcApi.handle(ogc, policy())), response);
  }

  private PortalAccessPolicy policy() {
    return new PortalAccessPolicy(Callers.current(), access);
  }

  private static OgcRequest toOgc(
      HttpServletRequest request, String mount, Optional<String> service) throws IOException {
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
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(mount).toUriString();
    return new OgcRequest(
        request.getMethod(),
        java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8),
        kvp,
        hasBody ? Optional.of(request.getInputStream()) : Optional.empty(),
        Optional.ofNullable(request.getContentType()),
        Optional.ofNullable(request.getHeader("Accept")),
        base,
        UrlApiKey.of(request).map(key -> Map.of(UrlApiKey.PARAMETER, key)).orElse(Map.of()));
  }

  private static void send(OgcRequest request, OgcResponse ogc, HttpServletResponse response)
      throws IOException {
    response.setStatus(ogc.status());
    response.setContentType(ogc.contentType());
    ogc.headers().forEach(response::setHeader);
    if (!request.linkParams().isEmpty()) {
      // The body carries the caller's key: no shared cache may keep it.
      response.setHeader("Cache-Control", "private, no-store");
    }
    try (OutputStream out = response.getOutputStream()) {
      ogc.body().writeTo(out);
    }
  }
}
