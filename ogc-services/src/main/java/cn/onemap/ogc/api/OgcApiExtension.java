package cn.onemap.ogc.api;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcRequest;
import cn.onemap.ogc.http.OgcResponse;
import java.util.List;
import java.util.Optional;

/**
 * A further OGC API part served under the same {@code /ogcapi} (Tiles, Maps): it answers the paths
 * the Features routes do not, adds its conformance classes and its links to the landing page and to
 * each collection. Errors it throws ({@link ApiException}, {@code ServiceException}) become the
 * API's JSON errors. A collection path reaches it only after the collection was found readable.
 */
public interface OgcApiExtension {
  /** A link of the landing page or of a collection. */
  record Link(String href, String rel, String type, String title) {}

  /**
   * The response for {@code segments} (the path below the mount, split at '/'), or empty when the
   * path is not this extension's.
   */
  Optional<OgcResponse> handle(OgcRequest request, AccessPolicy policy, List<String> segments);

  default List<String> conformance() {
    return List.of();
  }

  default List<Link> landingLinks(OgcRequest request, AccessPolicy policy) {
    return List.of();
  }

  default List<Link> collectionLinks(OgcRequest request, LayerDefinition layer) {
    return List.of();
  }
}
