package cn.onemap.core.store;

import java.util.Map;

/**
 * An edit expected a feature version that is no longer current: someone else edited it in between.
 * The client should re-read the feature and re-apply its change; nothing of the batch was written.
 */
public class EditConflictException extends StoreException {
  public EditConflictException(String layerId, String featureId, int expected, int actual) {
    super(
        "EDIT_CONFLICT",
        "feature '"
            + featureId
            + "' of layer '"
            + layerId
            + "' is at version "
            + actual
            + ", not "
            + expected
            + " as the edit expected; re-read it and edit again",
        Map.of(
            "layer",
            layerId,
            "feature",
            featureId,
            "expectedVersion",
            expected,
            "currentVersion",
            actual));
  }
}
