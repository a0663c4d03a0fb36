package cn.onemap.core.store;

import cn.onemap.core.feature.EditContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one committed write did to one layer, told to the store's edit listeners after the commit
 * (the portal's audit log). The versions themselves, with every attribute, are in the layer's
 * history; this is the summary: who, why, when, how many, and which features.
 *
 * @param layerId the layer written
 * @param context who wrote, why, and the valid-from of a historical load
 * @param at the commit's timestamp, the valid-from of the new versions unless the context says
 * @param inserted features added
 * @param updated features given a new version
 * @param deleted features ended
 * @param featureIds the first {@value #MAX_LISTED_IDS} features written, in order; empty for a bulk
 *     load
 * @param bulk whether it was a bulk load ({@link FeatureStore#bulkInsert})
 */
public record CommittedEdit(
    String layerId,
    EditContext context,
    Instant at,
    long inserted,
    long updated,
    long deleted,
    List<String> featureIds,
    boolean bulk) {
  /** How many feature ids an edit lists at most. */
  public static final int MAX_LISTED_IDS = 20;

  public CommittedEdit {
    Objects.requireNonNull(layerId, "layerId");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(at, "at");
    featureIds = List.copyOf(featureIds);
  }

  /** Whether anything changed: an edit whose features were all unchanged is no edit. */
  public boolean changedAnything() {
    return inserted + updated + deleted > 0;
  }
}
