package cn.onemap.tiles.tile;

import cn.onemap.tiles.image.ImageFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings a tile is served in: three raster ones (rendered by {@link RasterTiles}) and Mapbox
 * Vector Tile 2.1.
 */
public enum TileFormat {
  /** 32-bit RGBA PNG. */
  PNG("image/png", "png"),
  /** 8-bit paletted PNG: a quarter of the size, stored and served as {@code .png}. */
  PNG8("image/png; mode=8bit", "png"),
  /** JPEG quality 0.85, no alpha (transparent pixels become white). */
  JPEG("image/jpeg", "jpg"),
  /** Mapbox Vector Tile 2.1 (protobuf). */
  MVT("application/vnd.mapbox-vector-tile", "mvt");

  private final String mimeType;
  private final String extension;

  TileFormat(String mimeType, String extension) {
    this.mimeType = mimeType;
    this.extension = extension;
  }

  /** The FORMAT value as WMTS capabilities advertise it. */
  public String mimeType() {
    return mimeType;
  }

  /** The HTTP Content-Type of a tile: PNG8 is served as plain {@code image/png}. */
  public String contentType() {
    return this == PNG8 ? "image/png" : mimeType;
  }

  /** File name extension: {@code png} (PNG and PNG8), {@code jpg}, {@code mvt}. */
  public String extension() {
    return extension;
  }

  public boolean isRaster() {
    return this != MVT;
  }

  /** The renderer's encoder format of a raster tile format. */
  public Optional<ImageFormat> imageFormat() {
    return switch (this) {
      case PNG -> Optional.of(ImageFormat.PNG);
      case PNG8 -> Optional.of(ImageFormat.PNG8);
      case JPEG -> Optional.of(ImageFormat.JPEG);
      case MVT -> Optional.empty();
    };
  }

  /**
   * The format named by a FORMAT parameter, a MIME type or a file extension; case and spaces are
   * ignored. Accepts Tianditu's {@code tiles} (= PNG), {@code image/png8}, {@code image/png;
   * mode=8bit}, {@code png8}, {@code jpg}/{@code jpeg}, {@code mvt}, {@code pbf} and the vector
   * tile MIME types.
   */
  public static Optional<TileFormat> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String m = s.toLowerCase(Locale.ROOT).replace(" ", "");
    return switch (m) {
      case "image/png", "png", "tiles" -> Optional.of(PNG);
      case "image/png8", "image/png;mode=8bit", "png8" -> Optional.of(PNG8);
      case "image/jpeg", "image/jpg", "jpeg", "jpg" -> Optional.of(JPEG);
      case "mvt",
              "pbf",
              "application/vnd.mapbox-vector-tile",
              "application/x-protobuf",
              "application/vnd.mapbox-vector-tile;version=2.1" ->
          Optional.of(MVT);
      default -> Optional.empty();
    };
  }
}
