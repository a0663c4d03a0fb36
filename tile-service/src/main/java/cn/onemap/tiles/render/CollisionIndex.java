package cn.onemap.tiles.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes of placed labels in a uniform grid of 64 px cells: inserting and testing a box touches
 * only its cells, so placing n labels costs about O(n) rather than O(n²).
 */
final class CollisionIndex {
  private static final int CELL = 64;
  private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

  boolean intersectsAny(List<Rectangle2D> boxes) {
    for (Rectangle2D b : boxes) {
      for (long key : keys(b)) {
        for (Rectangle2D other : cells.getOrDefault(key, List.of())) {
          if (other.intersects(b)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  void insert(List<Rectangle2D> boxes) {
    for (Rectangle2D b : boxes) {
      for (long key : keys(b)) {
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
      }
    }
  }

  private static long[] keys(Rectangle2D b) {
    int x0 = (int) Math.floor(b.getMinX() / CELL);
    int x1 = (int) Math.floor(b.getMaxX() / CELL);
    int y0 = (int) Math.floor(b.getMinY() / CELL);
    int y1 = (int) Math.floor(b.getMaxY() / CELL);
    long[] out = new long[(x1 - x0 + 1) * (y1 - y0 + 1)];
    int i = 0;
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        out[i++] = ((long) x << 32) ^ (y & 0xffffffffL);
      }
    }
    return out;
  }
}
