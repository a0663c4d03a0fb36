package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.gml.WireCrs;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * A parsed GetFeature (or GetPropertyValue) query, whatever its encoding.
 *
 * @param layer the one (readable) feature type queried
 * @param bbox storage-CRS box (BBOX parameter)
 * @param filter FILTER / CQL_FILTER / RESOURCEID, already schema-checked
 * @param sortBy SORTBY keys
 * @param startIndex STARTINDEX (0-based)
 * @param count COUNT / MAXFEATURES, capped at the configured maximum
 * @param hits RESULTTYPE=hits
 * @param crs SRSNAME, the CRS of the output geometries
 * @param format the output format
 * @param asOf TIME vendor parameter on versioned layers
 * @param valueReference GetPropertyValue's VALUEREFERENCE, empty for GetFeature
 */
public record GetFeatureRequest(
    LayerDefinition layer,
    Optional<Envelope> bbox,
    Optional<Filter> filter,
    List<SortKey> sortBy,
    long startIndex,
    int count,
    boolean hits,
    WireCrs crs,
    OutputFormat format,
    Optional<Instant> asOf,
    Optional<String> valueReference) {

  /** The output formats of GetFeature. */
  public enum OutputFormat {
    GML32,
    GML31,
    GEOJSON
  }

  /** The store query of the requested page (limit = count). */
  public FeatureQuery pageQuery() {
    FeatureQuery.Builder b = base();
    b.offset(startIndex).limit(count);
    return b.build();
  }

  /** The store query without paging (for numberMatched). */
  public FeatureQuery countQuery() {
    return base().build();
  }

  private FeatureQuery.Builder base() {
    FeatureQuery.Builder b = FeatureQuery.layer(layer.id());
    bbox.ifPresent(b::bbox);
    filter.ifPresent(b::filter);
    asOf.ifPresent(b::asOf);
    sortBy.forEach(b::sortBy);
    return b;
  }
}
