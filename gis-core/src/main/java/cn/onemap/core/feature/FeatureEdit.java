package cn.onemap.core.feature;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Geometry;

/**
 * One edit in a batch. Batches are applied in one transaction: all edits or none.
 *
 * <p>{@code expectedVersion} gives optimistic concurrency: when present, the edit fails with an
 * edit conflict unless the feature's current version number is exactly that (the client edited what
 * it last read). When absent, edits of the same feature are serialized: each one becomes a new
 * version, none is lost.
 */
public sealed interface FeatureEdit {

  /**
   * Create a feature. The id is generated when empty. Inserting the id of a deleted feature revives
   * it as a new version of the same history; inserting the id of a current feature is an error.
   */
  record Insert(Optional<String> id, Geometry geometry, Map<String, Object> attributes)
      implements FeatureEdit {
    public Insert {
      Objects.requireNonNull(geometry, "geometry");
      attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
  }

  /**
   * Change a feature: a new geometry (if present) and the given attribute values (a null value
   * clears an optional attribute); attributes not named keep their values.
   */
  record Update(
      String id,
      Optional<Geometry> geometry,
      Map<String, Object> attributes,
      OptionalInt expectedVersion)
      implements FeatureEdit {
    public Update {
      Objects.requireNonNull(id, "id");
      attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
  }

  /**
   * Make the feature's current state exactly this (what a re-import by key column does): inserts it
   * when absent or deleted, writes a new version when geometry or any attribute differs, and does
   * nothing when it is already identical, so importing the same file twice adds no versions.
   */
  record Upsert(String id, Geometry geometry, Map<String, Object> attributes)
      implements FeatureEdit {
    public Upsert {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(geometry, "geometry");
      attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
  }

  /** End a feature's life: writes a tombstone version; earlier versions stay readable. */
  record Delete(String id, OptionalInt expectedVersion) implements FeatureEdit {
    public Delete {
      Objects.requireNonNull(id, "id");
    }
  }

  static Insert insert(Geometry geometry, Map<String, Object> attributes) {
    return new Insert(Optional.empty(), geometry, attributes);
  }

  static Insert insert(String id, Geometry geometry, Map<String, Object> attributes) {
    return new Insert(Optional.of(id), geometry, attributes);
  }

  static Update update(String id, Geometry geometry, Map<String, Object> attributes) {
    return new Update(id, Optional.ofNullable(geometry), attributes, OptionalInt.empty());
  }

  static Update updateIfVersion(
      String id, int expectedVersion, Geometry geometry, Map<String, Object> attributes) {
    return new Update(
        id, Optional.ofNullable(geometry), attributes, OptionalInt.of(expectedVersion));
  }

  static Upsert upsert(String id, Geometry geometry, Map<String, Object> attributes) {
    return new Upsert(id, geometry, attributes);
  }

  static Delete delete(String id) {
    return new Delete(id, OptionalInt.empty());
  }
}
