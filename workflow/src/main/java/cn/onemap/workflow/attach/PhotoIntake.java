package cn.onemap.workflow.attach;

import cn.onemap.workflow.WorkflowException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Accepts an uploaded case photo and turns it into a {@link Photo}: checks, EXIF, re-encoding.
 *
 * <p>Checks, in this order, each refusal a {@link WorkflowException}: the size ({@code
 * PHOTO_TOO_LARGE}, default 10 MB); the declared content type (or, when it is blank or {@code
 * application/octet-stream}, the file name's extension) must be JPEG or PNG, the formats the JDK
 * decodes without plugins ({@code UNSUPPORTED_PHOTO}: WebP, HEIC, GIF, ...); the magic bytes must
 * be that type ({@code PHOTO_MISMATCH}); the dimensions, read from the header before anything is
 * decoded, must be at most 40 megapixels ({@code PHOTO_TOO_LARGE}, so a decompression bomb never
 * allocates); decoding must succeed and not hit a premature end ({@code PHOTO_UNREADABLE}, e.g. an
 * upload cut off by a phone's network).
 *
 * <p>The EXIF GPS fix and DateTimeOriginal are returned for cross-checking the reported position
 * and time. The pixels are then re-encoded as a baseline JPEG (quality 0.85, longest side at most
 * 2560 px, the EXIF Orientation applied to the pixels) with no EXIF, XMP, ICC or comment, so the
 * position of a grid manager's home never leaves the server through a photo; a thumbnail (longest
 * side 320 px) is made from the same pixels. Colour profiles are dropped too: pixels are taken as
 * sRGB.
 *
 * <p>Memory: decoding holds the full picture (3–4 bytes a pixel, ~160 MB at 40 MP) for the time of
 * one call; pictures wider than twice the output are subsampled while decoding. The portal should
 * bound concurrent intakes (e.g. a semaphore of 2). Thread-safe and stateless.
 */
public final class PhotoIntake {
  /**
   * The intake's limits and output sizes.
   *
   * @param maxBytes largest upload accepted
   * @param maxPixels largest width × height accepted (read from the header)
   * @param longestSide longest side of the re-encoded photo
   * @param thumbnailSide longest side of the thumbnail
   * @param quality JPEG quality, 0..1
   * @param cameraZone zone of an EXIF time without an offset tag (phones write local time)
   */
  public record Limits(
      long maxBytes,
      long maxPixels,
      int longestSide,
      int thumbnailSide,
      float quality,
      ZoneId cameraZone) {
    /** 10 MB, 40 MP, 2560 px, 320 px thumbnails, quality 0.85, Asia/Shanghai. */
    public static final Limits DEFAULT =
        new Limits(10L << 20, 40_000_000L, 2560, 320, 0.85f, ZoneId.of("Asia/Shanghai"));

    public Limits {
      if (maxBytes <= 0 || maxPixels <= 0 || longestSide <= 0 || thumbnailSide <= 0) {
        throw new IllegalArgumentException("photo limits must be positive");
      }
      java.util.Objects.requireNonNull(cameraZone, "cameraZone");
      if (!(quality > 0 && quality <= 1)) {
        throw new IllegalArgumentException("JPEG quality must be in (0, 1], got " + quality);
      }
    }
  }

  private final Limits limits;

  /** An intake with {@link Limits#DEFAULT}. */
  public PhotoIntake() {
    this(Limits.DEFAULT);
  }

  public PhotoIntake(Limits limits) {
    this.limits = limits;
  }

  /**
   * Checks and re-encodes one upload.
   *
   * @param bytes the file as uploaded
   * @param contentType the declared MIME type ({@code image/jpeg}, {@code image/png}); may be null
   * @param fileName the client's file name, for messages and as a fallback type; may be null
   * @throws WorkflowException PHOTO_TOO_LARGE, UNSUPPORTED_PHOTO, PHOTO_MISMATCH, PHOTO_UNREADABLE
   */
  public Photo accept(byte[] bytes, String contentType, String fileName) {
    String name = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName;
    if (bytes == null || bytes.length == 0) {
      throw refuse("PHOTO_UNREADABLE", name + " is empty", Map.of("fileName", name));
    }
    if (bytes.length > limits.maxBytes()) {
      throw refuse(
          "PHOTO_TOO_LARGE",
          name + " has " + bytes.length + " bytes; at most " + limits.maxBytes() + " are accepted",
          Map.of("fileName", name, "bytes", bytes.length, "maxBytes", limits.maxBytes()));
    }
    PhotoFormat format = declaredFormat(contentType, name);
    if (!format.matches(bytes)) {
      String actual = PhotoFormat.sniff(bytes);
      throw refuse(
          "PHOTO_MISMATCH",
          name + " is declared " + format.imageIoName + " but its content is " + actual,
          Map.of("fileName", name, "declared", format.imageIoName, "actual", actual));
    }
    BufferedImage decoded = decode(bytes, format, name);
    ExifFacts exif = ExifFacts.read(bytes, limits.cameraZone());
    BufferedImage photo =
        Pixels.orient(Pixels.fit(decoded, limits.longestSide()), exif.orientation());
    BufferedImage thumb = Pixels.fit(photo, limits.thumbnailSide());
    return new Photo(
        Pixels.jpeg(photo, limits.quality()),
        photo.getWidth(),
        photo.getHeight(),
        Pixels.jpeg(thumb, limits.quality()),
        exif.gps(),
        exif.takenAt(),
        sha256(bytes));
  }

  private static PhotoFormat declaredFormat(String contentType, String name) {
    boolean untyped =
        contentType == null
            || contentType.isBlank()
            || contentType
                .trim()
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/octet-stream");
    Optional<PhotoFormat> format =
        untyped ? PhotoFormat.ofFileName(name) : PhotoFormat.ofContentType(contentType);
    return format.orElseThrow(
        () ->
            refuse(
                "UNSUPPORTED_PHOTO",
                name
                    + " is "
                    + (untyped ? "of unknown type" : contentType)
                    + "; photos must be JPEG (image/jpeg) or PNG (image/png)",
                Map.of("fileName", name, "contentType", String.valueOf(contentType))));
  }

  private BufferedImage decode(byte[] bytes, PhotoFormat format, String name) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
    ImageReader reader = readers.next();
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      long w = reader.getWidth(0);
      long h = reader.getHeight(0);
      if (w <= 0 || h <= 0 || w * h > limits.maxPixels()) {
        throw refuse(
            "PHOTO_TOO_LARGE",
            name
                + " is "
                + w
                + "×"
                + h
                + " pixels; at most "
                + limits.maxPixels()
                + " are accepted",
            Map.of("fileName", name, "width", w, "height", h, "maxPixels", limits.maxPixels()));
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.max(1, Math.max(w, h) / (2L * limits.longestSide()));
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage image = reader.read(0, param);
      if (warnings.stream()
          .anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("premature"))) {
        throw refuse(
            "PHOTO_UNREADABLE",
            name + " is cut off (" + String.join("; ", warnings) + "); upload it again",
            Map.of("fileName", name));
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof WorkflowException we) {
        throw we;
      }
      throw new WorkflowException(
          "PHOTO_UNREADABLE",
          name + " cannot be decoded as " + format.imageIoName + ": " + e.getMessage(),
          Map.of("fileName", name),
          e);
    } finally {
      reader.dispose();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static WorkflowException refuse(
      String code, String message, Map<String, Object> details) {
    return new WorkflowException(code, message, details);
  }
}
