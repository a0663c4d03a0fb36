package cn.onemap.loaders.qc;

import java.util.Objects;

/**
 * One QC finding.
 *
 * @param row 1-based data row of the source (CSV line after the header, feature index in GeoJSON,
 *     record number in Shapefile/GeoPackage); 0 for findings about the whole file
 * @param key the row's key value when the import has a key column, else empty text
 * @param code what is wrong
 * @param message what is wrong with this row, naming the value, written for the data steward
 */
public record Issue(long row, String key, IssueCode code, String message) {
  public Issue {
    Objects.requireNonNull(code, "code");
    key = key == null ? "" : key;
    message = message == null ? "" : message;
  }

  public Severity severity() {
    return code.severity();
  }

  public static Issue file(IssueCode code, String message) {
    return new Issue(0, "", code, message);
  }
}
