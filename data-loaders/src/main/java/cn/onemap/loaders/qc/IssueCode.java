package cn.onemap.loaders.qc;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Stable codes of QC findings, with the severity each has. The Chinese description shown in the QC
 * report comes from {@code qc/issues.properties} so that data stewards read their own language.
 */
public enum IssueCode {
  // --- file level -------------------------------------------------------------------------
  /** A source column has no attribute in the target layer; its values are dropped. */
  COLUMN_IGNORED(Severity.WARNING),
  /** Something about the whole file worth knowing (encoding detected, CRS guessed, …). */
  FILE_NOTE(Severity.WARNING),
  // --- geometry ---------------------------------------------------------------------------
  GEOMETRY_PARSE_ERROR(Severity.ERROR),
  MISSING_GEOMETRY(Severity.ERROR),
  INVALID_GEOMETRY(Severity.ERROR),
  GEOMETRY_REPAIRED(Severity.WARNING),
  WRONG_GEOMETRY_TYPE(Severity.ERROR),
  SWAPPED_AXES(Severity.ERROR),
  SWAPPED_AXES_FIXED(Severity.WARNING),
  OUT_OF_EXTENT(Severity.ERROR),
  TRANSFORM_FAILED(Severity.ERROR),
  GEOCODED(Severity.WARNING),
  // --- attributes and keys ----------------------------------------------------------------
  INVALID_VALUE(Severity.ERROR),
  /** A value outside its attribute's code list (值域). */
  CODE_NOT_IN_LIST(Severity.ERROR),
  MISSING_REQUIRED(Severity.ERROR),
  MISSING_KEY(Severity.ERROR),
  INVALID_KEY(Severity.ERROR),
  DUPLICATE_KEY(Severity.ERROR),
  TEXT_DECODING(Severity.WARNING),
  // --- CJJ 61 survey tables ---------------------------------------------------------------
  DUPLICATE_POINT_NUMBER(Severity.ERROR),
  SEGMENT_ENDPOINT_MISSING(Severity.ERROR),
  FEATURE_AND_APPURTENANCE(Severity.WARNING),
  NEGATIVE_DEPTH(Severity.ERROR),
  IMPLAUSIBLE_DEPTH(Severity.WARNING),
  DIAMETER_CHANGE_WITHOUT_REDUCER(Severity.WARNING),
  INVERT_UPHILL(Severity.WARNING);

  private static final String BUNDLE = "cn.onemap.loaders.qc.issues";

  private final Severity severity;

  IssueCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }

  /** The Chinese description for the QC report; the code itself if the bundle lacks it. */
  public String description() {
    try {
      return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(name());
    } catch (MissingResourceException e) {
      return name();
    }
  }
}
