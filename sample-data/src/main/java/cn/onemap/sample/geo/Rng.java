package cn.onemap.sample.geo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness: a {@link SplittableRandom} whose seed is derived from
 * the city seed and a label (FNV-1a), so every sub-generator has its own reproducible stream and
 * adding a generator never shifts the numbers another one draws.
 */
public final class Rng {
  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A stream for one purpose, e.g. {@code Rng.of(seed, "trees", edgeIndex)}. */
  public static Rng of(long seed, String label, long... keys) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    for (long k : keys) {
      h = (h ^ k) * 0x100000001b3L;
      h ^= h >>> 29;
    }
    return new Rng(h);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** Uniform in [min, max). */
  public double between(double min, double max) {
    return min + (max - min) * random.nextDouble();
  }

  /** Uniform integer in [min, max] (both inclusive). */
  public int intBetween(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Uniform integer in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public long nextLong(long bound) {
    return random.nextLong(bound);
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  public <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** An index drawn with the given cumulative weights (ascending, last = total). */
  public int weighted(double[] cumulative) {
    double r = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
