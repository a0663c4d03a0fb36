package cn.onemap.portal.layers;

/**
 * A download larger than {@code onemap.limits.max-features}: a file has no next page, so the client
 * narrows the query (bbox, filter, ids) or pages with limit/offset. Answered 400.
 */
class ExportTooLargeException extends IllegalArgumentException {
  ExportTooLargeException(String layerId, long features, int max) {
    super(
        "导出结果共 "
            + features
            + " 个要素，超过单次导出上限 "
            + max
            + "；请用 bbox、filter 或 ids 缩小范围，或以 limit 和 offset 分段导出 (layer "
            + layerId
            + ": "
            + features
            + " features exceed the export limit of "
            + max
            + ")");
  }
}
