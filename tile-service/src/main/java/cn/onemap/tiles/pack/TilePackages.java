package cn.onemap.tiles.pack;

import cn.onemap.tiles.grid.TileMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Package formats and the quadtree zoom a tile matrix is stored under. */
public final class TilePackages {
  /** An offline package format. */
  public enum Kind {
    MBTILES("mbtiles"),
    PMTILES("pmtiles");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    public static Kind parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  private TilePackages() {}

  public static TilePackage open(Kind kind, Path target, PackageInfo info) throws IOException {
    return switch (kind) {
      case MBTILES -> new MbTilesWriter(target, info);
      case PMTILES -> new PmTilesWriter(target, info);
    };
  }

  /**
   * The quadtree zoom whose 2^z × 2^z grid holds the matrix from its top-left corner: the level's
   * own zoom for WebMercatorQuad and Tianditu's {@code w}, its identifier for Tianditu's {@code c}
   * (2^L × 2^(L−1) tiles), one more than the level for WorldCRS84Quad.
   */
  public static int quadtreeZoom(TileMatrix m) {
    long side = Math.max(m.matrixWidth(), m.matrixHeight());
    return 64 - Long.numberOfLeadingZeros(side - 1);
  }
}
