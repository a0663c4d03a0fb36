package cn.onemap.tiles.cache;

import cn.onemap.tiles.grid.TileRange;
import cn.onemap.tiles.tile.TileFormat;
import cn.onemap.tiles.tile.TileKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The disk half of the cache: one file per tile at {@code
 * root/{tileset}/{style}/{tms}/{now|t<epoch-ms>}/{level}/{row}/{col}.{format}}, so the layout
 * survives restarts and several nodes can share it (a network file system). Each file is a 16-byte
 * header ({@code OMT1}, payload length, CRC32 of the payload, reserved) and the encoded tile,
 * written to a temporary name and renamed into place atomically: a reader sees a whole file or
 * none. A file whose header, length or checksum does not match (half written by a crashed node,
 * truncated, bit rot) is deleted and reported as a miss, never served.
 *
 * <p>The size limit is kept by an in-memory index of every file (size, last use), rebuilt by
 * walking the directory at start; when the total passes the limit the least recently used files are
 * deleted down to 90 % of it. Last use is the file's modification time at start and our own reads
 * after.
 */
final class DiskTiles {
  static final int MAGIC = 0x4f4d5431; // "OMT1"
  static final int HEADER = 16;
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  private final Path root;
  private final long maxBytes;
  private final Map<Path, long[]> index = new ConcurrentHashMap<>(); // {size, lastUse}
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong corrupt = new AtomicLong();
  private final AtomicLong evicted = new AtomicLong();
  private final AtomicLong clock = new AtomicLong();

  DiskTiles(Path root, long maxBytes) {
    this.root = root.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create tile cache directory " + root, e);
    }
    rebuildIndex();
  }

  Path root() {
    return root;
  }

  private void rebuildIndex() {
    try (Stream<Path> files = Files.walk(root)) {
      files.forEach(
          p -> {
            try {
              BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
              if (!a.isRegularFile() || p.getParent().equals(root)) {
                return; // files at the top are the cache's own state, not tiles
              }
              if (p.getFileName().toString().startsWith(".tmp")) {
                Files.deleteIfExists(p); // left by a writer that died before its rename
                return;
              }
              index.put(p, new long[] {a.size(), a.lastModifiedTime().toMillis()});
              bytes.addAndGet(a.size());
            } catch (IOException e) {
              // vanished while walking (another node truncating): nothing to index
            }
          });
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("cannot index tile cache " + root + ": " + e.getMessage(), e);
    }
    clock.set(System.currentTimeMillis());
  }

  /** The file of a key, or empty when a segment is not a safe file name (never cached then). */
  Optional<Path> path(TileKey k) {
    String time = k.time().map(t -> "t" + t.toEpochMilli()).orElse("now");
    String[] segs = {k.tileset(), k.style(), k.tileMatrixSet(), time, k.tileMatrix()};
    for (String s : segs) {
      if (!SEGMENT.matcher(s).matches() || s.startsWith(".")) {
        return Optional.empty();
      }
    }
    return Optional.of(
        root.resolve(k.tileset())
            .resolve(k.style())
            .resolve(k.tileMatrixSet())
            .resolve(time)
            .resolve(k.tileMatrix())
            .resolve(Long.toString(k.row()))
            .resolve(k.col() + "." + ext(k.format())));
  }

  static String ext(TileFormat f) {
    return f.name().toLowerCase(Locale.ROOT);
  }

  /** The tile's bytes, or empty when absent or corrupt (a corrupt file is deleted). */
  Optional<byte[]> read(TileKey key) {
    Optional<Path> p = path(key);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    byte[] all;
    try {
      all = Files.readAllBytes(p.get());
    } catch (NoSuchFileException e) {
      forget(p.get());
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<byte[]> payload = verify(all);
    if (payload.isEmpty()) {
      corrupt.incrementAndGet();
      delete(p.get());
      return Optional.empty();
    }
    long[] e = index.get(p.get());
    if (e != null) {
      e[1] = tick();
    } else {
      index.put(p.get(), new long[] {all.length, tick()});
      bytes.addAndGet(all.length);
    }
    return payload;
  }

  static Optional<byte[]> verify(byte[] all) {
    if (all.length < HEADER) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(all);
    if (b.getInt() != MAGIC) {
      return Optional.empty();
    }
    int len = b.getInt();
    int crc = b.getInt();
    if (len != all.length - HEADER) {
      return Optional.empty();
    }
    CRC32 c = new CRC32();
    c.update(all, HEADER, len);
    if ((int) c.getValue() != crc) {
      return Optional.empty();
    }
    byte[] out = new byte[len];
    System.arraycopy(all, HEADER, out, 0, len);
    return Optional.of(out);
  }

  void write(TileKey key, byte[] payload) {
    Optional<Path> p = path(key);
    if (p.isEmpty()) {
      return;
    }
    Path target = p.get();
    CRC32 c = new CRC32();
    c.update(payload);
    ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length);
    b.putInt(MAGIC).putInt(payload.length).putInt((int) c.getValue()).putInt(0).put(payload);
    try {
      Files.createDirectories(target.getParent());
      Path tmp =
          target.resolveSibling(".tmp" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      Files.write(tmp, b.array());
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      return; // a full or read-only disk costs a re-render, not an error for the caller
    }
    long[] old = index.put(target, new long[] {b.capacity(), tick()});
    bytes.addAndGet(b.capacity() - (old == null ? 0 : old[0]));
    if (bytes.get() > maxBytes) {
      evict();
    }
  }

  private long tick() {
    return Math.max(clock.incrementAndGet(), System.currentTimeMillis());
  }

  private synchronized void evict() {
    if (bytes.get() <= maxBytes) {
      return;
    }
    List<Map.Entry<Path, long[]>> all = new ArrayList<>(index.entrySet());
    all.sort((a, b) -> Long.compare(a.getValue()[1], b.getValue()[1]));
    long target = maxBytes * 9 / 10;
    for (Map.Entry<Path, long[]> e : all) {
      if (bytes.get() <= target) {
        break;
      }
      delete(e.getKey());
      evicted.incrementAndGet();
    }
  }

  private void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // another node removed it, or it cannot be removed: forget it either way
    }
    forget(p);
  }

  private void forget(Path p) {
    long[] e = index.remove(p);
    if (e != null) {
      bytes.addAndGet(-e[0]);
    }
  }

  /** Deletes every file the selector matches; returns how many. */
  long truncate(TileSelector sel) {
    return truncate(sel, k -> {});
  }

  /**
   * Deletes every file the selector matches, telling {@code removed} each key; returns how many.
   */
  long truncate(TileSelector sel, Consumer<TileKey> removedKeys) {
    long[] removed = {0};
    for (String tileset : sel.tilesets()) {
      Path ts = root.resolve(tileset);
      if (!SEGMENT.matcher(tileset).matches() || !Files.isDirectory(ts)) {
        continue;
      }
      for (Path style : children(ts)) {
        if (sel.style().isPresent() && !sel.style().get().equals(name(style))) {
          continue;
        }
        for (Path tms : children(style)) {
          Map<String, List<TileRange>> levels =
              sel.ranges() == null ? null : sel.ranges().get(name(tms));
          if (sel.ranges() != null && levels == null) {
            continue;
          }
          for (Path time : children(tms)) {
            if (!sel.matchesTime(timeOf(name(time)))) {
              continue;
            }
            for (Path level : children(time)) {
              if (levels == null || levels.containsKey(TileSelector.ALL_LEVELS)) {
                removed[0] += deleteTree(level, removedKeys);
              } else {
                List<TileRange> blocks = levels.get(name(level));
                if (blocks != null) {
                  for (TileRange r : blocks) {
                    removed[0] += truncateBlock(level, r, removedKeys);
                  }
                }
              }
            }
          }
        }
      }
    }
    return removed[0];
  }

  /** Rows and columns are probed one by one when few, else the directory is listed. */
  private long truncateBlock(Path level, TileRange r, Consumer<TileKey> removedKeys) {
    long n = 0;
    List<Path> rows = new ArrayList<>();
    if (r.rows() <= 64) {
      for (long row = r.minRow(); row <= r.maxRow(); row++) {
        Path d = level.resolve(Long.toString(row));
        if (Files.isDirectory(d)) {
          rows.add(d);
        }
      }
    } else {
      for (Path d : children(level)) {
        long row = number(name(d));
        if (row >= r.minRow() && row <= r.maxRow()) {
          rows.add(d);
        }
      }
    }
    for (Path rowDir : rows) {
      for (Path f : children(rowDir)) {
        String file = name(f);
        int dot = file.indexOf('.');
        long col = dot > 0 ? number(file.substring(0, dot)) : Long.MIN_VALUE;
        if (col >= r.minCol() && col <= r.maxCol()) {
          delete(f);
          keyOf(f).ifPresent(removedKeys);
          n++;
        }
      }
    }
    return n;
  }

  private long deleteTree(Path dir, Consumer<TileKey> removedKeys) {
    long[] n = {0};
    walk(
        dir,
        f -> {
          delete(f);
          keyOf(f).ifPresent(removedKeys);
          n[0]++;
        });
    return n[0];
  }

  /** The key a cache file stands for (the inverse of {@link #path}). */
  Optional<TileKey> keyOf(Path file) {
    Path rel = root.relativize(file);
    if (rel.getNameCount() != 7) {
      return Optional.empty();
    }
    String f = name(rel.getName(6));
    int dot = f.indexOf('.');
    if (dot < 1) {
      return Optional.empty();
    }
    long row = number(name(rel.getName(5)));
    long col = number(f.substring(0, dot));
    Optional<TileFormat> format;
    try {
      format = Optional.of(TileFormat.valueOf(f.substring(dot + 1).toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String time = name(rel.getName(3));
    if (row == Long.MIN_VALUE
        || col == Long.MIN_VALUE
        || (!time.equals("now") && timeOf(time).isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        new TileKey(
            name(rel.getName(0)),
            name(rel.getName(1)),
            name(rel.getName(2)),
            name(rel.getName(4)),
            row,
            col,
            format.get(),
            timeOf(time)));
  }

  /** The style directories cached for a tileset. */
  List<String> styles(String tileset) {
    if (!SEGMENT.matcher(tileset).matches()) {
      return List.of();
    }
    return children(root.resolve(tileset)).stream().map(DiskTiles::name).toList();
  }

  /** Every cached file under the root, for stats and seeding reports. */
  void walk(Path dir, Consumer<Path> file) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(file);
    } catch (IOException | UncheckedIOException e) {
      // concurrent deletion by another truncation: what remains is left for the next one
    }
  }

  private static Optional<Instant> timeOf(String segment) {
    if (segment.startsWith("t")) {
      long ms = number(segment.substring(1));
      if (ms != Long.MIN_VALUE) {
        return Optional.of(Instant.ofEpochMilli(ms));
      }
    }
    return Optional.empty();
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }

  private static List<Path> children(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    } catch (IOException e) {
      // gone meanwhile
    }
    return out;
  }

  long files() {
    return index.size();
  }

  long bytes() {
    return bytes.get();
  }

  long corrupt() {
    return corrupt.get();
  }

  long evicted() {
    return evicted.get();
  }
}
