package cn.onemap.portal.layers;

import cn.onemap.core.GisException;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerStyle;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import cn.onemap.tiles.cache.TileInvalidator;
import cn.onemap.tiles.sld.SldWriter;
import cn.onemap.tiles.style.UserStyle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Named styles of a layer (保存为样式; {@code /api/admin/**} is ADMIN only). A saved style is an SLD
 * document, parsed by the renderer's parser and checked against the layer's schema before it is
 * kept in the catalog; WMS (STYLES), WMTS (STYLE), XYZ tiles and prints draw it on every node, and
 * {@code PATCH /api/admin/layers/{id}} with {@code defaultStyle} makes it the layer's default.
 * Saving or removing a style truncates the layer's cached tiles and is audited. Styles from the
 * deployment's styles directory are listed but cannot be changed here.
 */
@RestController
@Tag(name = "管理 Administration")
class LayerStyleController {
  static final String SLD_TYPE = "application/vnd.ogc.sld+xml";

  private final FeatureStore store;
  private final StyleCatalog styles;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Optional<TileInvalidator> tiles;

  LayerStyleController(
      FeatureStore store,
      StyleCatalog styles,
      AuditLog audit,
      ObjectMapper json,
      ObjectProvider<TileInvalidator> tiles) {
    this.store = store;
    this.styles = styles;
    this.audit = audit;
    this.json = json;
    this.tiles = Optional.ofNullable(tiles.getIfAvailable());
  }

  @Schema(description = "A named style of a layer")
  record StyleInfo(
      @Schema(example = "by_material") String name,
      @Schema(example = "按管材") String title,
      @Schema(description = "saved through this API; false: from the deployment's styles directory")
          boolean saved,
      @com.fasterxml.jackson.annotation.JsonProperty("default")
          @Schema(description = "the layer's default style (drawn when a request names none)")
          boolean isDefault,
      @Schema(description = "when it was last saved; absent for directory styles")
          Instant updatedAt,
      @Schema(description = "who saved it last") String updatedBy) {}

  @Schema(description = "A style to save: its title and SLD 1.0 / SE 1.1 document")
  record StyleBody(
      @Schema(description = "what users read; the name when empty", example = "按管材") String title,
      @Schema(description = "the SLD document; its first UserStyle is the style") String sld) {}

  @GetMapping("/api/admin/layers/{layerId}/styles")
  @Operation(summary = "A layer's named styles, saved and from the styles directory")
  List<StyleInfo> list(@PathVariable String layerId) {
    LayerDefinition layer = store.requireLayer(layerId);
    Map<String, LayerStyle> saved = savedStyles(layerId);
    return styles.styles(layerId).stream()
        .map(
            s -> {
              LayerStyle stored = s.saved() ? saved.get(s.name()) : null;
              return new StyleInfo(
                  s.name(),
                  s.title(),
                  s.saved(),
                  s.name().equals(layer.defaultStyle()),
                  stored == null ? null : stored.updatedAt(),
                  stored == null ? null : stored.updatedBy());
            })
        .toList();
  }

  @GetMapping(
      value = "/api/admin/layers/{layerId}/styles/{name}",
      produces = {SLD_TYPE, MediaType.APPLICATION_XML_VALUE})
  @Operation(
      summary =
          "A named style's SLD document: as saved, or (directory styles) written from the parsed"
              + " style")
  ResponseEntity<String> document(@PathVariable String layerId, @PathVariable String name) {
    store.requireLayer(layerId);
    StyleCatalog.NamedStyle style = requireStyle(layerId, name);
    String sld =
        style.saved()
            ? Optional.ofNullable(savedStyles(layerId).get(name))
                .map(LayerStyle::sld)
                .orElseGet(() -> SldWriter.write(layerId, style.style()))
            : SldWriter.write(layerId, style.style());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(SLD_TYPE + ";charset=UTF-8"))
        .body(sld);
  }

  @PutMapping(
      value = "/api/admin/layers/{layerId}/styles/{name}",
      consumes = {
        MediaType.APPLICATION_JSON_VALUE,
        SLD_TYPE,
        MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE
      })
  @Operation(
      summary =
          "Save a named style (create or replace): JSON {title, sld}, or the SLD document itself"
              + " (its UserStyle Title is the title). Checked by our SLD parser (errors with line and"
              + " column) and against the layer's attributes; the layer's tiles are truncated",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = StyleBody.class)),
                @Content(mediaType = SLD_TYPE, schema = @Schema(type = "string"))
              }))
  ResponseEntity<StyleInfo> put(
      @PathVariable String layerId,
      @Parameter(description = "1-48 ASCII letters, digits, '_' or '-'; not 'default'")
          @PathVariable
          String name,
      HttpServletRequest request)
      throws IOException {
    LayerDefinition layer = store.requireLayer(layerId);
    LayerStyle.requireName(name);
    if (styles.isFromDirectory(layerId, name)) {
      throw new GisException(
          "STYLE_READ_ONLY",
          "style '" + name + "' of layer '" + layerId + "' comes from the styles directory",
          Map.of("layer", layerId, "style", name),
          null);
    }
    StyleBody body = body(request);
    if (body.sld() == null || body.sld().isBlank()) {
      throw new IllegalArgumentException("the style needs an SLD document (sld)");
    }
    UserStyle parsed = StyleCatalog.parse(body.sld(), layer);
    String title =
        body.title() != null && !body.title().isBlank()
            ? body.title()
            : parsed.title() == null || parsed.title().isBlank() ? name : parsed.title();
    boolean existed = styles.style(layerId, name).isPresent();
    LayerStyle style =
        new LayerStyle(layerId, name, title, body.sld(), Instant.now(), Callers.actor());
    store.putLayerStyle(style);
    styles.refresh();
    tiles.ifPresent(t -> t.styleChanged(layerId, name));
    audit.record(
        Callers.actor(),
        existed ? "LAYER_STYLE_REPLACED" : "LAYER_STYLE_SAVED",
        layerId + "/" + name,
        style.title() + " (" + body.sld().length() + " characters)",
        request.getRemoteAddr());
    var info =
        new StyleInfo(
            name,
            style.title(),
            true,
            name.equals(layer.defaultStyle()),
            style.updatedAt(),
            style.updatedBy());
    return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED).body(info);
  }

  @DeleteMapping("/api/admin/layers/{layerId}/styles/{name}")
  @Operation(
      summary =
          "Remove a saved style (409 while it is the layer's default or when it comes from the"
              + " styles directory); the layer's tiles in it are truncated")
  ResponseEntity<Void> delete(
      @PathVariable String layerId, @PathVariable String name, HttpServletRequest request) {
    store.requireLayer(layerId);
    if (styles.isFromDirectory(layerId, name)) {
      throw new GisException(
          "STYLE_READ_ONLY",
          "style '" + name + "' of layer '" + layerId + "' comes from the styles directory",
          Map.of("layer", layerId, "style", name),
          null);
    }
    if (!store.removeLayerStyle(layerId, name)) {
      throw notFound(layerId, name);
    }
    styles.refresh();
    tiles.ifPresent(t -> t.styleChanged(layerId, name));
    audit.record(
        Callers.actor(),
        "LAYER_STYLE_REMOVED",
        layerId + "/" + name,
        null,
        request.getRemoteAddr());
    return ResponseEntity.noContent().build();
  }

  private StyleCatalog.NamedStyle requireStyle(String layerId, String name) {
    return styles.style(layerId, name).orElseThrow(() -> notFound(layerId, name));
  }

  private static GisException notFound(String layerId, String name) {
    return new GisException(
        "STYLE_NOT_FOUND",
        "layer '" + layerId + "' has no style '" + name + "'",
        Map.of("layer", layerId, "style", name),
        null);
  }

  private Map<String, LayerStyle> savedStyles(String layerId) {
    var out = new java.util.TreeMap<String, LayerStyle>();
    store.layerStyles().stream()
        .filter(s -> s.layerId().equals(layerId))
        .forEach(s -> out.put(s.name(), s));
    return out;
  }

  /** The body, read up to the SLD size limit: JSON {title, sld} or the document itself. */
  private StyleBody body(HttpServletRequest request) throws IOException {
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(LayerStyle.MAX_SLD_CHARS + 4096 + 1);
    }
    if (bytes.length > LayerStyle.MAX_SLD_CHARS + 4096) {
      throw new GisException(
          "UPLOAD_TOO_LARGE",
          "a style document has at most " + LayerStyle.MAX_SLD_CHARS + " characters",
          Map.of("limit", LayerStyle.MAX_SLD_CHARS),
          null);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String type = Optional.ofNullable(request.getContentType()).orElse("");
    if (!type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
      return new StyleBody(null, text);
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object {title, sld}");
    }
    return new StyleBody(
        node.path("title").isTextual() ? node.get("title").asText() : null,
        node.path("sld").isTextual() ? node.get("sld").asText() : null);
  }
}
