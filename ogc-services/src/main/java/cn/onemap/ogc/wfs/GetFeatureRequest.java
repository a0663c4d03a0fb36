package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.filter.LayerProperties;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.SortKey;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.ows.ServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * A parsed GetFeature (or GetPropertyValue), whatever its encoding: one or more queries (one per
 * feature type, {@code TYPENAMES=(a)(b)} or several {@code wfs:Query}) whose results are
 * concatenated in order; STARTINDEX and COUNT page through the concatenation, as WFS 2.0 §7.7.3
 * says.
 *
 * @param queries the queries, at least one
 * @param startIndex STARTINDEX (0-based) into the concatenated result
 * @param count COUNT / MAXFEATURES, capped at the configured maximum
 * @param hits RESULTTYPE=hits
 * @param format the output format
 * @param valueReference GetPropertyValue's VALUEREFERENCE, empty for GetFeature
 */
public record GetFeatureRequest(
    List<Query> queries,
    long startIndex,
    int count,
    boolean hits,
    OutputFormat format,
    Optional<String> valueReference) {

  public GetFeatureRequest {
    queries = List.copyOf(queries);
    if (queries.isEmpty()) {
      throw ServiceException.missing("typeNames");
    }
  }

  /**
   * The output formats of GetFeature: GML, the paged GeoJSON collection, and the downloads of
   * {@link cn.onemap.ogc.export.ExportFormat} (one feature type, the whole result or refused).
   */
  public enum OutputFormat {
    GML32,
    GML31,
    GEOJSON,
    CSV,
    KML,
    GPKG,
    SHAPE_ZIP;

    /** The download format, for the formats that are files rather than WFS collections. */
    public Optional<cn.onemap.ogc.export.ExportFormat> export() {
      return switch (this) {
        case CSV -> Optional.of(cn.onemap.ogc.export.ExportFormat.CSV);
        case KML -> Optional.of(cn.onemap.ogc.export.ExportFormat.KML);
        case GPKG -> Optional.of(cn.onemap.ogc.export.ExportFormat.GPKG);
        case SHAPE_ZIP -> Optional.of(cn.onemap.ogc.export.ExportFormat.SHAPEFILE);
        default -> Optional.empty();
      };
    }
  }

  /**
   * One query.
   *
   * @param layer the (readable) feature type queried
   * @param bbox storage-CRS box (BBOX parameter)
   * @param filter FILTER / CQL_FILTER / RESOURCEID, already schema-checked
   * @param filterXml the FES text of {@code filter} when it came as XML (repeated in next links)
   * @param sortBy SORTBY keys
   * @param crs SRSNAME, the CRS of the output geometries
   * @param asOf TIME vendor parameter on versioned layers
   * @param propertyNames PROPERTYNAME / wfs:PropertyName: the schema names of the properties to
   *     return (attributes and possibly the geometry); empty for all
   */
  public record Query(
      LayerDefinition layer,
      Optional<Envelope> bbox,
      Optional<Filter> filter,
      Optional<String> filterXml,
      List<SortKey> sortBy,
      WireCrs crs,
      Optional<Instant> asOf,
      Optional<List<String>> propertyNames) {

    public Query {
      propertyNames = propertyNames.map(List::copyOf);
    }

    /**
     * The feature as this query returns it: without its geometry when PROPERTYNAME leaves the
     * geometry out (the store already read only the named attributes).
     */
    public Feature project(Feature f) {
      boolean dropGeometry =
          propertyNames.isPresent()
              && !propertyNames.get().contains(LayerProperties.GEOMETRY_COLUMN)
              && f.geometry().isPresent();
      return dropGeometry ? new Feature(f.id(), Optional.empty(), f.attributes(), f.version()) : f;
    }

    /** The store query without paging (numberMatched). */
    public FeatureQuery countQuery() {
      return base().build();
    }

    /** The store query of a slice of this query's result. */
    public FeatureQuery pageQuery(long offset, int limit) {
      return base().offset(offset).limit(limit).build();
    }

    private FeatureQuery.Builder base() {
      FeatureQuery.Builder b = FeatureQuery.layer(layer.id());
      bbox.ifPresent(b::bbox);
      filter.ifPresent(b::filter);
      asOf.ifPresent(b::asOf);
      sortBy.forEach(b::sortBy);
      propertyNames.ifPresent(
          names ->
              b.properties(
                  names.stream().filter(n -> !n.equals(LayerProperties.GEOMETRY_COLUMN)).toList()));
      return b;
    }
  }

  /** The part of one query's result that falls in the requested page. */
  public record Slice(Query query, long offset, int limit) {
    public FeatureQuery pageQuery() {
      return query.pageQuery(offset, limit);
    }
  }

  /** The only query (GetPropertyValue takes one feature type). */
  public Query single() {
    if (queries.size() != 1) {
      throw new ServiceException(
          ServiceException.OPTION_NOT_SUPPORTED,
          "typeNames",
          "this operation takes one feature type, got " + queries.size());
    }
    return queries.get(0);
  }

  /** The first query's layer and CRS decide collection-level choices (GML namespaces). */
  public Query first() {
    return queries.get(0);
  }

  /**
   * The slices of the page [startIndex, startIndex + count) over the concatenated results.
   *
   * @param matched numberMatched of each query, in order
   */
  public List<Slice> page(long[] matched) {
    List<Slice> out = new ArrayList<>();
    if (hits) {
      return out;
    }
    long skip = startIndex;
    long remaining = count;
    for (int i = 0; i < queries.size() && remaining > 0; i++) {
      if (skip >= matched[i]) {
        skip -= matched[i];
        continue;
      }
      long take = Math.min(remaining, matched[i] - skip);
      out.add(new Slice(queries.get(i), skip, (int) take));
      remaining -= take;
      skip = 0;
    }
    return out;
  }
}
