package cn.onemap.core.feature;

import java.time.Instant;
import java.util.List;

/**
 * What an edit batch wrote.
 *
 * @param insertedIds ids of inserted features, in the order of the inserts (generated ones
 *     included)
 * @param updated number of updates applied
 * @param deleted number of deletes applied
 * @param timestamp the valid_from of the versions the batch wrote
 */
public record EditResult(List<String> insertedIds, int updated, int deleted, Instant timestamp) {
  public EditResult {
    insertedIds = List.copyOf(insertedIds);
  }
}
