package cn.onemap.core.feature;

import java.time.Instant;
import java.util.List;

/**
 * What an edit batch wrote.
 *
 * @param insertedIds ids of inserted features, in the order of the inserts (generated ones
 *     included; upserts that inserted included)
 * @param updated number of updates applied (upserts that changed a feature included)
 * @param deleted number of deletes applied
 * @param unchanged number of upserts that found the feature already identical
 * @param timestamp the valid_from of the versions the batch wrote
 */
public record EditResult(
    List<String> insertedIds, int updated, int deleted, int unchanged, Instant timestamp) {
  public EditResult {
    insertedIds = List.copyOf(insertedIds);
  }
}
