package cn.onemap.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts (and sums of a numeric attribute) of the features a query matches, grouped by one
 * attribute: what charts show without reading the features. The query's bbox, filter and instant
 * apply; its sort, offset, limit and projection do not.
 *
 * @param groupBy the attribute whose values form the groups (not the geometry)
 * @param sum a numeric attribute summed per group, or empty for counts only
 * @param maxGroups the most groups returned, largest counts first (ties by key)
 */
public record Aggregate(FeatureQuery query, String groupBy, Optional<String> sum, int maxGroups) {
  /** More groups than a chart can show are cut here; the rest are counted in {@link Result}. */
  public static final int MAX_GROUPS = 500;

  public Aggregate {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(sum, "sum");
    if (maxGroups < 1 || maxGroups > MAX_GROUPS) {
      throw new IllegalArgumentException(
          "maxGroups must be 1.." + MAX_GROUPS + ", was " + maxGroups);
    }
  }

  /**
   * One group.
   *
   * @param key the attribute value (null: features without one)
   * @param sum the sum of the summed attribute over the group; empty without {@code sum} or when
   *     every value of the group is null
   */
  public record Group(Object key, long count, Optional<Double> sum) {}

  /**
   * @param groups at most {@code maxGroups}, the largest counts first
   * @param total features matched (all groups, including any cut off)
   * @param groupCount the number of groups before the cut
   */
  public record Result(List<Group> groups, long total, long groupCount) {
    public Result {
      groups = List.copyOf(groups);
    }
  }
}
