package cn.onemap.loaders;

/**
 * How far an import has come.
 *
 * @param rowsRead rows read from the source so far
 * @param bytesRead bytes of the source consumed so far (approximate: read-ahead buffers)
 * @param totalBytes the source's size in bytes
 * @param rejected rows rejected so far
 * @param warnings rows written with a warning so far
 */
public record Progress(
    long rowsRead, long bytesRead, long totalBytes, long rejected, long warnings) {

  /** Fraction of the file read, 0..1 (0 when the size is unknown). */
  public double fraction() {
    return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
  }
}
