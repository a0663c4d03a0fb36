package cn.onemap.core.store;

import java.util.Objects;

/** Sort by a property (an attribute, {@code fid} or {@code version}), ascending or descending. */
public record SortKey(String property, boolean ascending) {
  public SortKey {
    Objects.requireNonNull(property, "property");
  }

  public static SortKey asc(String property) {
    return new SortKey(property, true);
  }

  public static SortKey desc(String property) {
    return new SortKey(property, false);
  }
}
