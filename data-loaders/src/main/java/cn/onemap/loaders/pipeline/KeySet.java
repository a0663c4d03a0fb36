package cn.onemap.loaders.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * The keys seen so far in one file, for duplicate detection without keeping the keys: an
 * open-addressing set of 64-bit hashes (8 bytes a key, so a million keys take ~16 MB instead of
 * ~100 MB of strings). Two different keys collide with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million
 * keys); a collision would report a false duplicate, never miss a real one.
 */
public final class KeySet {
  private long[] slots = new long[1 << 12];
  private boolean hasZero;
  private int size;

  /** Adds the key; false when it was already there. */
  public boolean add(String key) {
    long h = hash(key);
    if (h == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      return true;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    if (!insert(slots, h)) {
      return false;
    }
    size++;
    return true;
  }

  private static boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long h : slots) {
      if (h != 0) {
        insert(bigger, h);
      }
    }
    slots = bigger;
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, finished with a murmur-style mix. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  @Override
  public String toString() {
    return "KeySet[" + (size + (hasZero ? 1 : 0)) + " keys]";
  }
}
