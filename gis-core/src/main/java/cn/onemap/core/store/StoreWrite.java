package cn.onemap.core.store;

import cn.onemap.core.feature.EditContext;
import java.util.List;

/**
 * A committed write of one layer's features, as told to the store's write listeners (the portal's
 * audit log): who, which layer, how many features, and where to find the change.
 *
 * @param context the author and reason the versions carry
 * @param bulk whether it was a bulk load ({@link FeatureStore#bulkInsert})
 * @param featureIds the first {@link #MAX_IDS} ids written (inserted, updated or deleted)
 * @param layerVersion the layer's change counter after this write: {@link
 *     FeatureStore#changesSince} from {@code layerVersion - 1} lists it
 */
public record StoreWrite(
    String layerId,
    EditContext context,
    boolean bulk,
    long inserted,
    int updated,
    int deleted,
    List<String> featureIds,
    long layerVersion) {
  /** At most this many ids are kept. */
  public static final int MAX_IDS = 20;

  public StoreWrite {
    featureIds = List.copyOf(featureIds);
  }
}
