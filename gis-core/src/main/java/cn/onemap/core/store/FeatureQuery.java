package cn.onemap.core.store;

import cn.onemap.core.filter.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Envelope;

/**
 * What to read from a layer: features whose geometry intersects {@code bbox} (CGCS2000 lon/lat),
 * that match {@code filter}, in the state they had at {@code asOf} (now when empty), sorted and
 * paged. A sorted or paged query is also ordered by feature id, so pages are stable; an unsorted,
 * unpaged one streams in storage order (fastest).
 *
 * @param properties the attributes to read (a projection): features then carry only these, in
 *     schema order; empty reads every attribute. Unknown names fail the query ({@code
 *     UnknownPropertyException}); the geometry, id and version information are always read
 * @param envelopeOnly match the bbox against feature envelopes only (the spatial index test),
 *     skipping the exact intersection: faster, and may return features whose envelope but not
 *     geometry touches the bbox (or, as envelopes are stored in single precision, lies within about
 *     1e-6° of it). For renderers, which clip anyway
 */
public record FeatureQuery(
    String layerId,
    Optional<Envelope> bbox,
    Optional<Filter> filter,
    Optional<Instant> asOf,
    List<SortKey> sortBy,
    long offset,
    OptionalInt limit,
    Optional<List<String>> properties,
    boolean envelopeOnly) {

  public FeatureQuery {
    Objects.requireNonNull(layerId, "layerId");
    sortBy = List.copyOf(sortBy);
    properties = properties.map(List::copyOf);
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (limit.isPresent() && limit.getAsInt() < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit.getAsInt());
    }
  }

  public static Builder layer(String layerId) {
    return new Builder(layerId);
  }

  /**
   * Builds queries; {@link #ecql(String)} parses filter text, so syntax errors surface at build
   * time.
   */
  public static final class Builder {
    private final String layerId;
    private Envelope bbox;
    private Filter filter;
    private Instant asOf;
    private final List<SortKey> sortBy = new ArrayList<>();
    private long offset;
    private Integer limit;
    private List<String> properties;
    private boolean envelopeOnly;

    private Builder(String layerId) {
      this.layerId = layerId;
    }

    /** Refuses a minimum above its maximum (JTS would swap them) and non-finite numbers. */
    public Builder bbox(double minX, double minY, double maxX, double maxY) {
      if (minX > maxX || minY > maxY) {
        throw invalidBbox(minX + "," + minY + "," + maxX + "," + maxY, "minimum above maximum");
      }
      return bbox(new Envelope(minX, maxX, minY, maxY));
    }

    /**
     * Refuses NaN or infinite corners: the last line of defence behind the services' parsers (a NaN
     * box would match nothing or, in some SQL, everything; a transform can also yield one).
     */
    public Builder bbox(Envelope envelope) {
      if (envelope != null
          && !envelope.isNull()
          && !(Double.isFinite(envelope.getMinX())
              && Double.isFinite(envelope.getMaxX())
              && Double.isFinite(envelope.getMinY())
              && Double.isFinite(envelope.getMaxY()))) {
        throw invalidBbox(envelope.toString(), "not finite");
      }
      this.bbox = envelope;
      return this;
    }

    private static cn.onemap.core.GisException invalidBbox(String box, String why) {
      return new cn.onemap.core.GisException(
          "INVALID_BBOX", "bbox " + box + " is " + why, java.util.Map.of("bbox", box), null);
    }

    public Builder filter(Filter filter) {
      this.filter = filter;
      return this;
    }

    /** Parses an ECQL expression such as {@code diameter >= 300 AND material = 'PE'}. */
    public Builder ecql(String ecql) {
      this.filter = ecql == null || ecql.isBlank() ? null : Filters.parseEcql(ecql);
      return this;
    }

    public Builder asOf(Instant instant) {
      this.asOf = instant;
      return this;
    }

    public Builder sortBy(SortKey key) {
      this.sortBy.add(key);
      return this;
    }

    public Builder offset(long offset) {
      this.offset = offset;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Reads only these attributes (besides geometry, id and version), see {@link #properties}. */
    public Builder properties(java.util.Collection<String> names) {
      this.properties = List.copyOf(names);
      return this;
    }

    /** Envelope-only bbox test, see {@link FeatureQuery#envelopeOnly}. */
    public Builder envelopeOnly(boolean envelopeOnly) {
      this.envelopeOnly = envelopeOnly;
      return this;
    }

    public FeatureQuery build() {
      return new FeatureQuery(
          layerId,
          Optional.ofNullable(bbox),
          Optional.ofNullable(filter),
          Optional.ofNullable(asOf),
          sortBy,
          offset,
          limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
          Optional.ofNullable(properties),
          envelopeOnly);
    }
  }
}
