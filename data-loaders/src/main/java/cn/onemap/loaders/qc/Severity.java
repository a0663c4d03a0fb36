package cn.onemap.loaders.qc;

/** How bad a QC finding is. */
public enum Severity {
  /** The row was rejected: it is not written. */
  ERROR,
  /** The row was written (possibly after a fix the message describes) but deserves a look. */
  WARNING
}
