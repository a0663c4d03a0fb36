package cn.onemap.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * One entry of the store's change log: what a committed write changed, for caches that must not go
 * stale (the tile cache). Written in the same transaction as the write itself.
 *
 * @param layerId the layer written
 * @param version the layer's change counter after the write (several entries may share it)
 * @param kind a feature, a batch (bulk load, large streamed import), or the whole layer
 * @param featureId the feature (kind FEATURE)
 * @param oldEnvelope where the feature was before (CGCS2000), empty for an insert
 * @param newEnvelope where it is now, empty for a delete; for a BATCH the envelope of it all
 * @param validFrom when the change takes effect: views as of an earlier instant are unaffected
 */
public record StoreChange(
    String layerId,
    long version,
    Kind kind,
    Optional<String> featureId,
    Optional<Envelope> oldEnvelope,
    Optional<Envelope> newEnvelope,
    Instant validFrom) {

  /** What a change log entry covers. */
  public enum Kind {
    FEATURE('F'),
    BATCH('B'),
    LAYER('L');

    final char code;

    Kind(char code) {
      this.code = code;
    }

    static Kind ofCode(char c) {
      for (Kind k : values()) {
        if (k.code == c) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown change kind " + c);
    }
  }

  public StoreChange {
    Objects.requireNonNull(layerId, "layerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(featureId, "featureId");
    Objects.requireNonNull(oldEnvelope, "oldEnvelope");
    Objects.requireNonNull(newEnvelope, "newEnvelope");
    Objects.requireNonNull(validFrom, "validFrom");
  }
}
