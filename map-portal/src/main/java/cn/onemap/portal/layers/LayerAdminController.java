package cn.onemap.portal.layers;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.LayerChange;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Layer administration ({@code /api/admin/**} is ADMIN only): title, access level, default style
 * and tree group (图层分组) of a layer, and per-attribute permissions (an attribute readable only with
 * a role). Every change is audited; a changed default style or level truncates the layer's cached
 * tiles, a changed attribute permission reaches the vector tiles through the change log the tile
 * invalidator reads.
 */
@RestController
@Tag(name = "管理 Administration")
class LayerAdminController {
  private final FeatureStore store;
  private final AuditLog audit;
  private final Optional<TileInvalidator> tiles;

  LayerAdminController(
      FeatureStore store,
      AuditLog audit,
      org.springframework.beans.factory.ObjectProvider<TileInvalidator> tiles) {
    this.store = store;
    this.audit = audit;
    this.tiles = Optional.ofNullable(tiles.getIfAvailable());
  }

  /** A change of a layer's metadata; absent fields stay. */
  @Schema(description = "A change of a layer's metadata; absent (or null) fields stay as they are")
  record LayerPatch(
      @Schema(description = "Chinese title, 1 to 200 characters", example = "给水管线") String title,
      @Schema(description = "who may read the layer") AccessLevel accessLevel,
      @Schema(description = "style name renderers use when a request names none", example = "water")
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
    if (patch.defaultStyle() != null
        && !patch.defaultStyle().matches("[A-Za-z][A-Za-z0-9_-]{0,47}")) {
      throw new IllegalArgumentException("defaultStyle is a style name: " + patch.defaultStyle());
    }
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
                Optional.ofNullable(patch.defaultStyle()),
                Optional.ofNullable(patch.group()),
                List.of()));
    if (!after.defaultStyle().equals(before.defaultStyle())
        || after.accessLevel() != before.accessLevel()) {
      tiles.ifPresent(
          t -> {
            t.styleChanged(layerId, before.defaultStyle());
            t.styleChanged(layerId, after.defaultStyle());
          });
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
    return LayerView.of(after, null, store::codeList);
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
    audit.record(
        Callers.actor(),
        "LAYER_ATTRIBUTE_READ_ROLE",
        layerId + "." + attribute,
        name == null ? "everyone who reads the layer" : name,
        request.getRemoteAddr());
    return LayerView.of(after, null, store::codeList);
  }

  private static String describe(String field, Object before, Object after) {
    return before.equals(after) ? "" : field + " " + before + " -> " + after + "; ";
  }
}
