package cn.onemap.core.store;

import java.time.Instant;
import java.util.Map;

/**
 * A historical load's valid-from is not after the current version of a feature it replaces or
 * deletes: writing it would rewrite history, which is appended only. Nothing of the batch was
 * written.
 */
public class HistoryRewriteException extends StoreException {
  public HistoryRewriteException(
      String layerId, String featureId, Instant validFrom, Instant currentFrom) {
    super(
        "HISTORY_REWRITE",
        "validFrom "
            + validFrom
            + " is not after the current version of feature '"
            + featureId
            + "' of layer '"
            + layerId
            + "', valid from "
            + currentFrom
            + ": history is appended, never rewritten; load it with a later validFrom",
        Map.of(
            "layer",
            layerId,
            "feature",
            featureId,
            "validFrom",
            validFrom.toString(),
            "currentValidFrom",
            currentFrom.toString()));
  }
}
