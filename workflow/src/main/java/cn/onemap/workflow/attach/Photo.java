package cn.onemap.workflow.attach;

import java.util.Optional;

/**
 * An accepted upload: the re-encoded JPEG (no metadata, orientation applied), its size, a JPEG
 * thumbnail, what its EXIF said, and the SHA-256 (lower-case hex) of the <em>uploaded</em> bytes,
 * which identifies a resend of the same file.
 *
 * @param jpeg the re-encoded photo, longest side at most the intake's limit
 * @param width width of {@code jpeg} in pixels, as displayed
 * @param height height of {@code jpeg} in pixels, as displayed
 * @param thumbnail a small JPEG of the same picture
 * @param exif the EXIF GPS position, if the file had a plausible one
 * @param takenAt EXIF DateTimeOriginal, if present (its offset tag, else the intake's zone)
 * @param sha256 hex SHA-256 of the bytes as uploaded
 */
public record Photo(
    byte[] jpeg,
    int width,
    int height,
    byte[] thumbnail,
    Optional<GpsFix> exif,
    Optional<java.time.Instant> takenAt,
    String sha256) {

  @Override
  public String toString() {
    return "Photo[" + width + "x" + height + ", " + jpeg.length + " bytes, sha256 " + sha256 + "]";
  }
}
