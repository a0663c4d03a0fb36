package cn.onemap.workflow.attach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onemap.workflow.WorkflowException;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoIntakeTest {
  // 梅州市 梅江区, near the city government.
  static final double LON = 116.1225;
  static final double LAT = 24.2886;
  static final TestPhotos.Exif MEIZHOU_PORTRAIT =
      new TestPhotos.Exif(6, LAT, LON, "2026:11:20 09:15:30", null);

  final PhotoIntake intake = new PhotoIntake();

  @Test
  void readsGpsAndTimeOfTheUpload() throws Exception {
    byte[] upload = TestPhotos.withExif(TestPhotos.jpeg(400, 200), MEIZHOU_PORTRAIT);
    // The fixture is real EXIF: metadata-extractor sees it in the upload.
    assertThat(
            ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                .getFirstDirectoryOfType(GpsDirectory.class))
        .isNotNull();

    Photo photo = intake.accept(upload, "image/jpeg", "IMG_0001.jpg");

    assertThat(photo.exif()).isPresent();
    assertThat(photo.exif().get().lon()).isCloseTo(LON, within(1e-6));
    assertThat(photo.exif().get().lat()).isCloseTo(LAT, within(1e-6));
    assertThat(photo.takenAt()).contains(Instant.parse("2026-11-20T01:15:30Z")); // 09:15 in 梅州
    assertThat(photo.exif().get().distanceMetres(LON + 0.001, LAT)).isBetween(100.0, 103.0);
    assertThat(photo.sha256()).isEqualTo(PhotoIntake.sha256(upload)).hasSize(64);
  }

  @Test
  void anOffsetTagWinsOverTheCameraZone() {
    byte[] upload =
        TestPhotos.withExif(
            TestPhotos.jpeg(64, 64),
            new TestPhotos.Exif(null, null, null, "2026:11:20 09:15:30", "+02:00"));
    Photo photo = intake.accept(upload, "image/jpeg", "a.jpg");
    assertThat(photo.takenAt()).contains(Instant.parse("2026-11-20T07:15:30Z"));
    assertThat(photo.exif()).isEmpty();
  }

  @Test
  void aZeroFixIsNoFix() {
    byte[] upload =
        TestPhotos.withExif(
            TestPhotos.jpeg(64, 64), new TestPhotos.Exif(null, 0.0, 0.0, null, null));
    assertThat(intake.accept(upload, "image/jpeg", "a.jpg").exif()).isEmpty();
  }

  @Test
  void theReEncodedPhotoAndThumbnailCarryNoMetadata() throws Exception {
    byte[] upload = TestPhotos.withExif(TestPhotos.jpeg(400, 200), MEIZHOU_PORTRAIT);
    Photo photo = intake.accept(upload, "image/jpeg", "IMG_0001.jpg");

    for (byte[] out : new byte[][] {photo.jpeg(), photo.thumbnail()}) {
      Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(out));
      assertThat(m.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
      assertThat(m.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
      assertThat(m.getDirectoriesOfType(ExifSubIFDDirectory.class)).isEmpty();
      // Huffman and File Type are derived by the reader, not stored metadata.
      assertThat(
              StreamSupport.stream(m.getDirectories().spliterator(), false).map(Directory::getName))
          .containsOnly("JPEG", "JFIF", "Huffman", "File Type");
      // Only JFIF (APP0) and the image's own segments: no APP1 (Exif, XMP), APP2 (ICC), COM.
      assertThat(segmentsBeforeScan(out)).containsOnly(0xd8, 0xe0, 0xdb, 0xc0, 0xc4, 0xda);
      assertThat(indexOf(out, "Exif".getBytes())).isEqualTo(-1);
    }
  }

  @Test
  void orientationSixComesOutPortraitAndTurnedClockwise() throws Exception {
    byte[] upload = TestPhotos.withExif(TestPhotos.jpeg(400, 200), MEIZHOU_PORTRAIT);
    Photo photo = intake.accept(upload, "image/jpeg", "IMG_0001.jpg");

    assertThat(photo.width()).isEqualTo(200);
    assertThat(photo.height()).isEqualTo(400);
    BufferedImage out = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
    assertThat(out.getWidth()).isEqualTo(200);
    assertThat(out.getHeight()).isEqualTo(400);
    // Stored left half (red) turned 90° clockwise is the top half.
    assertThat(isRed(out.getRGB(100, 100))).isTrue();
    assertThat(isBlue(out.getRGB(100, 300))).isTrue();
    BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
    assertThat(thumb.getHeight()).isGreaterThan(thumb.getWidth());
  }

  @Test
  void everyOrientationHasItsShape() {
    for (int o = 1; o <= 8; o++) {
      byte[] upload =
          TestPhotos.withExif(
              TestPhotos.jpeg(60, 30), new TestPhotos.Exif(o, null, null, null, null));
      Photo photo = intake.accept(upload, "image/jpeg", "o" + o + ".jpg");
      assertThat(photo.width()).as("orientation %d", o).isEqualTo(o >= 5 ? 30 : 60);
    }
    // 8 = turn anticlockwise: the stored left half (red) ends at the bottom.
    Photo eight =
        intake.accept(
            TestPhotos.withExif(
                TestPhotos.jpeg(60, 30), new TestPhotos.Exif(8, null, null, null, null)),
            "image/jpeg",
            "o8.jpg");
    BufferedImage out = read(eight.jpeg());
    assertThat(isRed(out.getRGB(15, 50))).isTrue();
    assertThat(isBlue(out.getRGB(15, 10))).isTrue();
  }

  @Test
  void largePhotosAreShrunkTo2560AndThumbnailsTo320() {
    Photo photo = intake.accept(TestPhotos.jpeg(3000, 1500), "image/jpeg", "big.jpg");
    assertThat(photo.width()).isEqualTo(2560);
    assertThat(photo.height()).isEqualTo(1280);
    BufferedImage thumb = read(photo.thumbnail());
    assertThat(thumb.getWidth()).isEqualTo(320);
    assertThat(thumb.getHeight()).isEqualTo(160);
    assertThat(isRed(read(photo.jpeg()).getRGB(100, 640))).isTrue();
  }

  @Test
  void smallPhotosAreNotEnlarged() {
    Photo photo = intake.accept(TestPhotos.jpeg(100, 50), "image/jpeg", "small.jpg");
    assertThat(photo.width()).isEqualTo(100);
    assertThat(read(photo.thumbnail()).getWidth()).isEqualTo(100);
  }

  @Test
  void pngIsAcceptedAndFlattenedOntoWhite() {
    var img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB); // fully transparent
    Photo photo = intake.accept(TestPhotos.encode(img, "png"), "image/png", "screen.png");
    assertThat(photo.width()).isEqualTo(40);
    assertThat(new Color(read(photo.jpeg()).getRGB(20, 10)).getRed()).isGreaterThan(240);
    assertThat(photo.jpeg()[0] & 0xff).isEqualTo(0xff);
  }

  @Test
  void theFileNameDecidesWhenNoTypeIsDeclared() {
    assertThat(intake.accept(TestPhotos.jpeg(20, 20), null, "a.JPG").width()).isEqualTo(20);
    assertThat(intake.accept(TestPhotos.png(20, 20), "application/octet-stream", "b.png").width())
        .isEqualTo(20);
    assertRefused(() -> intake.accept(TestPhotos.jpeg(20, 20), "", "photo"), "UNSUPPORTED_PHOTO");
  }

  @Test
  void aPngDeclaredAsJpegIsRefused() {
    assertRefused(
        () -> intake.accept(TestPhotos.png(20, 20), "image/jpeg", "fake.jpg"), "PHOTO_MISMATCH");
    assertRefused(() -> intake.accept("<html>".getBytes(), "image/png", "x.png"), "PHOTO_MISMATCH");
  }

  @Test
  void webpHeicAndOthersAreUnsupported() {
    byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes();
    assertRefused(() -> intake.accept(webp, "image/webp", "a.webp"), "UNSUPPORTED_PHOTO");
    assertRefused(() -> intake.accept(webp, "image/heic", "a.heic"), "UNSUPPORTED_PHOTO");
    assertRefused(() -> intake.accept(webp, "text/plain", "a.txt"), "UNSUPPORTED_PHOTO");
    assertThat(PhotoFormat.sniff(webp)).isEqualTo("webp");
  }

  @Test
  void moreThanTenMegabytesIsRefused() {
    byte[] big = Arrays.copyOf(TestPhotos.jpeg(20, 20), (10 << 20) + 1);
    WorkflowException e =
        assertRefused(() -> intake.accept(big, "image/jpeg", "big.jpg"), "PHOTO_TOO_LARGE");
    assertThat(e.getMessage()).contains("big.jpg").contains("10485761");
    byte[] exactly = Arrays.copyOf(TestPhotos.jpeg(20, 20), 10 << 20); // trailing zeros are ignored
    assertThat(intake.accept(exactly, "image/jpeg", "ok.jpg").width()).isEqualTo(20);
  }

  @Test
  void moreThanFortyMegapixelsIsRefusedFromTheHeader() {
    byte[] claims48mp = TestPhotos.jpegClaiming(TestPhotos.jpeg(16, 16), 8000, 6000);
    WorkflowException e =
        assertRefused(() -> intake.accept(claims48mp, "image/jpeg", "a.jpg"), "PHOTO_TOO_LARGE");
    assertThat(e.getMessage()).contains("8000×6000");
  }

  @Test
  void aDecompressionBombIsRefusedBeforeDecoding() {
    // 10^10 pixels would need 40 GB: had it been decoded, the test would die of OutOfMemoryError.
    byte[] bomb = TestPhotos.pngClaiming(TestPhotos.png(16, 16), 100_000, 100_000);
    long start = System.nanoTime();
    WorkflowException e =
        assertRefused(() -> intake.accept(bomb, "image/png", "bomb.png"), "PHOTO_TOO_LARGE");
    assertThat(e.getMessage()).contains("100000×100000");
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void aCutOffOrBrokenUploadIsUnreadable() {
    byte[] whole = TestPhotos.jpeg(200, 200);
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertRefused(() -> intake.accept(cut, "image/jpeg", "cut.jpg"), "PHOTO_UNREADABLE");
    byte[] garbage = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3};
    assertRefused(() -> intake.accept(garbage, "image/jpeg", "g.jpg"), "PHOTO_UNREADABLE");
    assertRefused(() -> intake.accept(new byte[0], "image/jpeg", "e.jpg"), "PHOTO_UNREADABLE");
  }

  @Test
  void limitsAreConfigurable() {
    var small =
        new PhotoIntake(new PhotoIntake.Limits(1 << 20, 10_000, 64, 16, 0.5f, ZoneId.of("UTC")));
    assertRefused(
        () -> small.accept(TestPhotos.jpeg(200, 100), "image/jpeg", "a.jpg"), "PHOTO_TOO_LARGE");
    Photo photo = small.accept(TestPhotos.jpeg(100, 50), "image/jpeg", "b.jpg");
    assertThat(photo.width()).isEqualTo(64);
    assertThat(read(photo.thumbnail()).getWidth()).isEqualTo(16);
  }

  static WorkflowException assertRefused(Runnable call, String code) {
    try {
      call.run();
    } catch (WorkflowException e) {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      return e;
    }
    throw new AssertionError("expected " + code);
  }

  static BufferedImage read(byte[] jpeg) {
    try {
      return ImageIO.read(new ByteArrayInputStream(jpeg));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static boolean isRed(int rgb) {
    var c = new Color(rgb);
    return c.getRed() > 200 && c.getBlue() < 60;
  }

  static boolean isBlue(int rgb) {
    var c = new Color(rgb);
    return c.getBlue() > 200 && c.getRed() < 60;
  }

  /** The marker bytes of a JPEG's segments from SOI to SOS. */
  static java.util.List<Integer> segmentsBeforeScan(byte[] jpeg) {
    var markers = new java.util.ArrayList<Integer>(java.util.List.of(jpeg[1] & 0xff));
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
      int marker = jpeg[i + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xda) {
        break;
      }
      i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
    }
    return markers;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
