package cn.onemap.workflow.attach;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

/**
 * What {@link PhotoIntake} takes from a photo's metadata (read with metadata-extractor): the GPS
 * fix, DateTimeOriginal and the Orientation tag (1..8, 1 = as stored). Broken or missing metadata
 * gives empty values and orientation 1, never a refusal: the pixels are what matters.
 */
record ExifFacts(Optional<GpsFix> gps, Optional<Instant> takenAt, int orientation) {
  static final ExifFacts NONE = new ExifFacts(Optional.empty(), Optional.empty(), 1);

  static ExifFacts read(byte[] bytes, ZoneId cameraZone) {
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      return NONE;
    }
    return new ExifFacts(gps(metadata), takenAt(metadata, cameraZone), orientation(metadata));
  }

  private static Optional<GpsFix> gps(Metadata metadata) {
    for (GpsDirectory dir : metadata.getDirectoriesOfType(GpsDirectory.class)) {
      GeoLocation at = dir.getGeoLocation();
      // 0/0 is what phones write without a fix; out-of-range values are corrupt.
      if (at != null
          && !at.isZero()
          && Math.abs(at.getLatitude()) <= 90
          && Math.abs(at.getLongitude()) <= 180) {
        return Optional.of(new GpsFix(at.getLongitude(), at.getLatitude()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> takenAt(Metadata metadata, ZoneId cameraZone) {
    for (ExifSubIFDDirectory dir : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
      // Uses OffsetTimeOriginal when the camera wrote one, else the given zone.
      Date original = dir.getDateOriginal(TimeZone.getTimeZone(cameraZone));
      if (original != null) {
        return Optional.of(original.toInstant());
      }
    }
    return Optional.empty();
  }

  private static int orientation(Metadata metadata) {
    for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
      Integer o = dir.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
      if (o != null && o >= 1 && o <= 8) {
        return o;
      }
    }
    return 1;
  }
}
