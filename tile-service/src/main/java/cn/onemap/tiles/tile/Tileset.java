package cn.onemap.tiles.tile;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.LayerDefinition;
import java.util.List;
import java.util.Objects;

/**
 * A set of tiles drawn from one or more catalog layers.
 *
 * @param id the tileset's id in URLs and WMTS LAYER ({@code basemap}, {@code basemap_labels}, a
 *     layer id)
 * @param title Chinese title
 * @param layers drawn bottom first; a caller may read the tileset iff it may read every one
 * @param kind what is drawn of the layers
 */
public record Tileset(String id, String title, List<LayerDefinition> layers, Tileset.Kind kind) {

  /** What a tileset draws of its layers. */
  public enum Kind {
    /** One catalog layer with its full style, on a transparent background. */
    LAYER,
    /**
     * The base map (roads, buildings, water, land use, admin boundaries) without labels, opaque.
     */
    BASEMAP,
    /** The base map in imagery colours (影像 style, {@link ImageryStyle}), opaque, no labels. */
    IMAGERY,
    /** Only the labels (注记) of the base map's layers, transparent: Tianditu's {@code cva}. */
    LABELS
  }

  public Tileset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    layers = List.copyOf(layers);
    Objects.requireNonNull(kind, "kind");
  }

  /** The most restrictive access level of its layers: who may read every layer. */
  public AccessLevel accessLevel() {
    AccessLevel max = AccessLevel.PUBLIC;
    for (LayerDefinition l : layers) {
      if (l.accessLevel().ordinal() > max.ordinal()) {
        max = l.accessLevel();
      }
    }
    return max;
  }

  /**
   * Whether anyone, anonymous callers included, may read it (HTTP {@code Cache-Control: public}).
   */
  public boolean isPublic() {
    return accessLevel() == AccessLevel.PUBLIC;
  }

  /** Whether any of its layers keeps history, so that a TIME dimension makes sense. */
  public boolean versioned() {
    return layers.stream().anyMatch(LayerDefinition::versioned);
  }

  public boolean contains(String layerId) {
    return layers.stream().anyMatch(l -> l.id().equals(layerId));
  }

  /** Whether its tiles are drawn on a transparent background (overlays and labels). */
  public boolean transparent() {
    return kind != Kind.BASEMAP && kind != Kind.IMAGERY;
  }

  /** What an opaque tileset's tiles show where nothing is drawn. */
  public java.awt.Color background() {
    return kind == Kind.IMAGERY ? ImageryStyle.GROUND : java.awt.Color.WHITE;
  }
}
