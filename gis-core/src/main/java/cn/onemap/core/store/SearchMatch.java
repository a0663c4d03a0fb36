package cn.onemap.core.store;

/**
 * A feature found in the search index.
 *
 * @param attribute the attribute whose value matched (the best of the feature's)
 * @param value that attribute's value as stored (cut to 200 characters)
 * @param rank 0 the whole value, 1 its beginning, 2 inside it
 */
public record SearchMatch(
    String layerId, String featureId, String attribute, String value, int rank) {}
