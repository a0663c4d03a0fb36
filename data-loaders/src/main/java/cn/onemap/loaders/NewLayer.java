package cn.onemap.loaders;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerKind;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks an import to create its target layer when it does not exist yet, with a schema inferred from
 * the source.
 *
 * @param title Chinese title of the new layer, e.g. "给水阀门"
 * @param kind what it holds (drives default access level and style: PIPELINE is RESTRICTED)
 * @param geometryType the layer's geometry type; empty to take the source's
 * @param accessLevel empty for the kind's default
 */
public record NewLayer(
    String title,
    LayerKind kind,
    Optional<GeometryType> geometryType,
    Optional<AccessLevel> accessLevel) {
  public NewLayer {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
  }

  public static NewLayer of(String title, LayerKind kind) {
    return new NewLayer(title, kind, Optional.empty(), Optional.empty());
  }
}
