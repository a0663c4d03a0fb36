package cn.onemap.workflow.cases;

import cn.onemap.workflow.WorkflowException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A filter of the case list: status (Chinese stage name), category, unit grid, box, reported in
 * [reportedFrom, reportedBefore), only those past their stage's deadline; a page (offset, limit) of
 * the list, newest first.
 */
public record CaseQuery(
    Optional<String> status,
    Optional<String> category,
    Optional<String> grid,
    Optional<Envelope> bbox,
    Optional<Instant> reportedFrom,
    Optional<Instant> reportedBefore,
    boolean overdue,
    long offset,
    int limit) {
  public static final int MAX_LIMIT = 1000;

  /** Deeper pages are refused: a list this deep is an export, and offset paging grows linearly. */
  public static final long MAX_OFFSET = 100_000;

  public CaseQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new WorkflowException(
          "INVALID_QUERY",
          "limit must be 1 to " + MAX_LIMIT + ", was " + limit,
          Map.of("limit", limit));
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new WorkflowException(
          "INVALID_QUERY",
          "offset must be 0 to " + MAX_OFFSET + ", was " + offset,
          Map.of("offset", offset));
    }
    if (reportedFrom.isPresent()
        && reportedBefore.isPresent()
        && !reportedFrom.get().isBefore(reportedBefore.get())) {
      throw new WorkflowException(
          "INVALID_QUERY",
          "the period is empty: from "
              + reportedFrom.get()
              + " is not before "
              + reportedBefore.get(),
          Map.of("from", reportedFrom.get().toString(), "to", reportedBefore.get().toString()));
    }
  }

  /** Every case the caller may see, the first {@code limit}. */
  public static CaseQuery all(int limit) {
    return new CaseQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        0,
        limit);
  }

  public CaseQuery withStatus(String status) {
    return new CaseQuery(
        Optional.of(status),
        category,
        grid,
        bbox,
        reportedFrom,
        reportedBefore,
        overdue,
        offset,
        limit);
  }

  public CaseQuery withReported(Optional<Instant> from, Optional<Instant> before) {
    return new CaseQuery(status, category, grid, bbox, from, before, overdue, offset, limit);
  }

  public CaseQuery withOffset(long offset) {
    return new CaseQuery(
        status, category, grid, bbox, reportedFrom, reportedBefore, overdue, offset, limit);
  }
}
