package cn.onemap.loaders.source;

import cn.onemap.loaders.qc.Issue;
import cn.onemap.loaders.qc.IssueCode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of a source, as read: not yet transformed or validated.
 *
 * @param row 1-based row number for the QC report: the spreadsheet row for CSV (the header is row
 *     1, so data starts at 2), the feature index for GeoJSON, the record number for Shapefile and
 *     the row's position in a GeoPackage table
 * @param geometry the geometry in the source CRS; empty when missing or unreadable
 * @param rejection why the row cannot be used at all (unparseable geometry, broken CSV line); such
 *     rows are rejected with this finding
 * @param values attribute values keyed by source column name; {@code null} for empty cells (hence
 *     an unmodifiable view of a plain map, not {@code Map.of})
 */
public record SourceRecord(
    long row, Optional<Geometry> geometry, Optional<Issue> rejection, Map<String, Object> values) {
  public SourceRecord {
    values = Collections.unmodifiableMap(values);
  }

  public static SourceRecord of(long row, Geometry geometry, Map<String, Object> values) {
    return new SourceRecord(row, Optional.ofNullable(geometry), Optional.empty(), values);
  }

  /** A row whose geometry (or whole line) could not be read. */
  public static SourceRecord failed(
      long row, IssueCode code, String message, Map<String, Object> values) {
    return new SourceRecord(
        row, Optional.empty(), Optional.of(new Issue(row, "", code, message)), values);
  }
}
