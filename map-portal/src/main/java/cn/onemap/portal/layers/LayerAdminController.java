package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerStyle;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.wms.StyleCatalog;
import cn.onemap.portal.audit.AuditLog;
import cn.onemap.portal.security.Callers;
import cn.onemap.portal.security.Role;
import cn.onemap.tiles.cache.TileInvalidator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layer administration ({@code /api/admin/**} is ADMIN only): title, access level, default style
 * and tree group (图层分组) of a layer, its removal, and per-attribute permissions (an attribute
 * readable only with a role). Every change is audited; a changed default style or level truncates
 * the layer's cached tiles, a changed attribute permission reaches the vector tiles through the
 * change log the tile invalidator reads.
 */
@RestController
@Tag(name = "管理 Administration")
class LayerAdminController {
  private final FeatureStore store;
  private final AuditLog audit;
  private final Optional<TileInvalidator> tiles;
  private final LayerViews views;
  private final StyleCatalog styles;

  LayerAdminController(
      FeatureStore store,
      AuditLog audit,
      org.springframework.beans.factory.ObjectProvider<TileInvalidator> tiles,
      LayerViews views,
      StyleCatalog styles) {
    this.store = store;
    this.audit = audit;
    this.views = views;
    this.styles = styles;
    this.tiles = Optional.ofNullable(tiles.getIfAvailable());
  }

  /** A change of a layer's metadata; absent fields stay. */
  @Schema(description = "A change of a layer's metadata; absent (or null) fields stay as they are")
  record LayerPatch(
      @Schema(description = "Chinese title, 1 to 200 characters", example = "给水管线") String title,
      @Schema(description = "who may read the layer") AccessLevel accessLevel,
      @Schema(
              description =
                  "the style renderers use when a request names none: one of the layer's named"
                      + " styles, or 'default' (or an empty string) for the built-in style of its"
                      + " kind",
              example = "by_material")
          String defaultStyle,
      @Schema(
              description =
                  "layer-tree group (图层分组), trimmed, at most "
                      + LayerDefinition.MAX_GROUP_LENGTH
                      + " characters; an empty string takes the layer out of its group (the tree"
                      + " then lists it under its kind)",
              example = "规划专题",
              maxLength = LayerDefinition.MAX_GROUP_LENGTH)
          String group) {}

  /** Who may read an attribute: a role name, or null for every reader of the layer. */
  record ReadRole(String role) {}

  @PatchMapping("/api/admin/layers/{layerId}")
  @Operation(summary = "Change a layer's title, access level, default style or group (audited)")
  LayerView patch(
      @PathVariable String layerId, @RequestBody LayerPatch patch, HttpServletRequest request) {
    LayerDefinition before = store.requireLayer(layerId);
    if (patch.title() != null && (patch.title().isBlank() || patch.title().length() > 200)) {
      throw new IllegalArgumentException("title must be 1 to 200 characters");
    }
    Optional<String> defaultStyle =
        Optional.ofNullable(patch.defaultStyle()).map(name -> checkedDefault(before, name.strip()));
    if (patch.group() != null
        && patch.group().strip().length() > LayerDefinition.MAX_GROUP_LENGTH) {
      throw new IllegalArgumentException(
          "group must be at most "
              + LayerDefinition.MAX_GROUP_LENGTH
              + " characters, not "
              + patch.group().strip().length());
    }
    LayerDefinition after =
        store.alterLayer(
            layerId,
            new LayerChange(
                Optional.ofNullable(patch.title()).map(String::strip),
                Optional.ofNullable(patch.accessLevel()),
                defaultStyle,
                Optional.ofNullable(patch.group()),
                List.of()));
    if (!after.defaultStyle().equals(before.defaultStyle())
        || after.accessLevel() != before.accessLevel()) {
      tiles.ifPresent(t -> t.layerChanged(layerId));
    }
    audit.record(
        Callers.actor(),
        "LAYER_UPDATED",
        layerId,
        describe("title", before.title(), after.title())
            + describe("accessLevel", before.accessLevel(), after.accessLevel())
            + describe("defaultStyle", before.defaultStyle(), after.defaultStyle())
            + describe("group", before.group().orElse("(none)"), after.group().orElse("(none)")),
        request.getRemoteAddr());
    return views.withoutExtent(after);
  }

  @DeleteMapping("/api/admin/layers/{layerId}")
  @Operation(
      summary =
          "Remove a layer with all its features, history, named styles and cached tiles"
              + " (irreversible; repeat the id as confirm=<layerId>; audited)")
  ResponseEntity<Void> delete(
      @PathVariable String layerId,
      @RequestParam(required = false) String confirm,
      HttpServletRequest request) {
    LayerDefinition layer = store.requireLayer(layerId);
    if (!layerId.equals(confirm)) {
      throw new IllegalArgumentException(
          "removing a layer deletes all its features and their history: repeat its id as confirm="
              + layerId);
    }
    store.dropLayer(layerId);
    styles.refresh();
    audit.record(
        Callers.actor(),
        "LAYER_REMOVED",
        layerId,
        layer.title() + " (" + layer.kind() + ")",
        request.getRemoteAddr());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/api/admin/layers/{layerId}/attributes/{attribute}/read-role")
  @Operation(
      summary =
          "Restrict an attribute to holders of a role (e.g. owner phone numbers for EDITOR);"
              + " null lifts it. Hidden from REST, exports, WFS, OGC API, GetFeatureInfo and vector"
              + " tiles for other callers")
  LayerView readRole(
      @PathVariable String layerId,
      @PathVariable String attribute,
      @RequestBody ReadRole role,
      HttpServletRequest request) {
    String name = role == null || role.role() == null || role.role().isBlank() ? null : role.role();
    if (name != null && Role.named(name).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown role " + name + "; one of " + List.of(Role.values()));
    }
    LayerDefinition after = store.setAttributeReadRole(layerId, attribute, name);
    // Vector tiles are shared by all callers: none may still carry a now restricted attribute.
    tiles.ifPresent(t -> t.layerChanged(layerId));
    audit.record(
        Callers.actor(),
        "LAYER_ATTRIBUTE_READ_ROLE",
        layerId + "." + attribute,
        name == null ? "everyone who reads the layer" : name,
        request.getRemoteAddr());
    return views.withoutExtent(after);
  }

  /**
   * The default style name to store: a named style of the layer, or (for {@code default}, blank or
   * the kind's name) an empty string, which the store turns into the kind's built-in style.
   */
  private String checkedDefault(LayerDefinition layer, String name) {
    String builtIn = layer.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (name.isEmpty() || name.equalsIgnoreCase(LayerStyle.DEFAULT) || name.equals(builtIn)) {
      return "";
    }
    if (name.equals(layer.defaultStyle()) || styles.style(layer.id(), name).isPresent()) {
      return name;
    }
    var offered = new java.util.ArrayList<String>(List.of(LayerStyle.DEFAULT));
    styles.styles(layer.id()).forEach(s -> offered.add(s.name()));
    throw new IllegalArgumentException(
        "defaultStyle '"
            + name
            + "' is not a style of layer '"
            + layer.id()
            + "'; offered: "
            + String.join(", ", offered));
  }

  private static String describe(String field, Object before, Object after) {
    return before.equals(after) ? "" : field + " " + before + " -> " + after + "; ";
  }
}
