package cn.onemap.tiles.mvt;

/**
 * How vector tiles are cut and how large they may get.
 *
 * @param extent tile units per side (MVT's usual 4096)
 * @param buffer tile units kept beyond each edge, so lines and polygons join seamlessly
 * @param maxFeatures the most features one layer of one tile may hold; a denser tile is refused
 *     (the client zooms in) rather than served slowly
 * @param maxBytes the largest encoded tile served
 * @param simplifyPixels the simplification tolerance in pixels of a 256-pixel tile (half a pixel:
 *     finer detail cannot be seen at that level); 0 keeps every vertex the tile grid keeps
 */
public record MvtSettings(
    int extent, int buffer, int maxFeatures, int maxBytes, double simplifyPixels) {
  public MvtSettings {
    if (extent < 256
        || buffer < 0
        || buffer > extent
        || maxFeatures < 1
        || maxBytes < 1024
        || !(simplifyPixels >= 0 && simplifyPixels <= 4)) {
      throw new IllegalArgumentException(
          "invalid vector tile settings: extent "
              + extent
              + ", buffer "
              + buffer
              + ", maxFeatures "
              + maxFeatures
              + ", maxBytes "
              + maxBytes
              + ", simplifyPixels "
              + simplifyPixels);
    }
  }

  public static MvtSettings defaults() {
    return new MvtSettings(4096, 64, 50_000, 8 * 1024 * 1024, 0.5);
  }

  public MvtSettings withSimplifyPixels(double pixels) {
    return new MvtSettings(extent, buffer, maxFeatures, maxBytes, pixels);
  }

  public MvtSettings withMaxFeatures(int max) {
    return new MvtSettings(extent, buffer, max, maxBytes, simplifyPixels);
  }
}
