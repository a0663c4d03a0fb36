package cn.onemap.tiles.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tile matrix sets the platform serves, each defined once.
 *
 * <p>Tianditu's {@code c} and {@code w} use its own figures: identifiers from 1, level 1 scale
 * denominator 2.958293554545656E8 (a ~96 dpi pixel of 0.0254/96 m, where OGC uses 0.28 mm), 256 px
 * tiles. OGC's {@code WorldCRS84Quad} and {@code WebMercatorQuad} follow TileMatrixSet 2.0 (0.28 mm
 * pixels, identifiers from 0). {@code MeizhouGK} is the city's local set in the 3° Gauss-Krüger
 * zone of 117°E (EPSG:4548) at the survey scales 1:50,000 to 1:500.
 */
public final class TileMatrixSets {
  /** Metres per degree on the CGCS2000/WGS84 semi-major axis at the equator. */
  static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360;

  /** Half the Web Mercator world width (πR). */
  public static final double MERCATOR_HALF_WORLD = Math.PI * 6378137.0;

  /** Tianditu's level-1 scale denominator, shared by its c and w sets. */
  public static final double TIANDITU_LEVEL1_SCALE = 2.958293554545656E8;

  /** The OGC standardized rendering pixel: 0.28 mm. */
  public static final double OGC_PIXEL_M = 0.00028;

  public static final int TILE_SIZE = 256;

  /** The deepest level of every set but MeizhouGK. */
  public static final int MAX_LEVELS = 20;

  private final Map<String, TileMatrixSet> sets = new LinkedHashMap<>();

  private TileMatrixSets() {
    add(defineC());
    add(defineW());
    add(defineWorldCrs84Quad());
    add(defineWebMercatorQuad());
    add(defineMeizhouGk());
  }

  private void add(TileMatrixSet set) {
    sets.put(set.id(), set);
  }

  /** The platform's sets. */
  public static TileMatrixSets standard() {
    return Standard.SETS;
  }

  /** Built on first use, after every constant of the enclosing class is initialized. */
  private static final class Standard {
    static final TileMatrixSets SETS = new TileMatrixSets();
  }

  /** All sets, Tianditu's first. */
  public List<TileMatrixSet> all() {
    return List.copyOf(sets.values());
  }

  /** The set with that identifier (case-sensitive, as WMTS identifiers are). */
  public Optional<TileMatrixSet> find(String id) {
    return Optional.ofNullable(id == null ? null : sets.get(id));
  }

  public TileMatrixSet c() {
    return sets.get("c");
  }

  public TileMatrixSet w() {
    return sets.get("w");
  }

  public TileMatrixSet worldCrs84Quad() {
    return sets.get("WorldCRS84Quad");
  }

  public TileMatrixSet webMercatorQuad() {
    return sets.get("WebMercatorQuad");
  }

  public TileMatrixSet meizhouGk() {
    return sets.get("MeizhouGK");
  }

  private static TileMatrixSet defineC() {
    List<TileMatrix> levels = new ArrayList<>();
    for (int level = 1; level <= MAX_LEVELS; level++) {
      double halving = Math.scalb(1.0, level - 1);
      levels.add(
          new TileMatrix(
              Integer.toString(level),
              TIANDITU_LEVEL1_SCALE / halving,
              0.703125 / halving,
              -180,
              90,
              TILE_SIZE,
              TILE_SIZE,
              2L << (level - 1),
              1L << (level - 1)));
    }
    return new TileMatrixSet(
        "c",
        "天地图经纬度投影（CGCS2000）",
        "EPSG:4490",
        "http://www.opengis.net/def/crs/EPSG/0/4490",
        true,
        Optional.empty(),
        Optional.empty(),
        levels);
  }

  private static TileMatrixSet defineW() {
    List<TileMatrix> levels = new ArrayList<>();
    for (int level = 1; level <= MAX_LEVELS; level++) {
      long tiles = 1L << level;
      levels.add(
          new TileMatrix(
              Integer.toString(level),
              TIANDITU_LEVEL1_SCALE / Math.scalb(1.0, level - 1),
              2 * MERCATOR_HALF_WORLD / (TILE_SIZE * (double) tiles),
              -MERCATOR_HALF_WORLD,
              MERCATOR_HALF_WORLD,
              TILE_SIZE,
              TILE_SIZE,
              tiles,
              tiles));
    }
    return new TileMatrixSet(
        "w",
        "天地图球面墨卡托投影",
        "EPSG:3857",
        "http://www.opengis.net/def/crs/EPSG/0/3857",
        false,
        Optional.empty(),
        Optional.empty(),
        levels);
  }

  private static TileMatrixSet defineWorldCrs84Quad() {
    List<TileMatrix> levels = new ArrayList<>();
    for (int z = 0; z <= MAX_LEVELS; z++) {
      double cell = 0.703125 / Math.scalb(1.0, z);
      levels.add(
          new TileMatrix(
              Integer.toString(z),
              cell * METRES_PER_DEGREE / OGC_PIXEL_M,
              cell,
              -180,
              90,
              TILE_SIZE,
              TILE_SIZE,
              2L << z,
              1L << z));
    }
    return new TileMatrixSet(
        "WorldCRS84Quad",
        "CRS84 经纬度四叉树（OGC）",
        "EPSG:4326",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        false,
        Optional.of("http://www.opengis.net/def/tilematrixset/OGC/1.0/WorldCRS84Quad"),
        Optional.of("urn:ogc:def:wkss:OGC:1.0:GoogleCRS84Quad"),
        levels);
  }

  private static TileMatrixSet defineWebMercatorQuad() {
    List<TileMatrix> levels = new ArrayList<>();
    for (int z = 0; z <= MAX_LEVELS; z++) {
      long tiles = 1L << z;
      double cell = 2 * MERCATOR_HALF_WORLD / (TILE_SIZE * (double) tiles);
      levels.add(
          new TileMatrix(
              Integer.toString(z),
              cell / OGC_PIXEL_M,
              cell,
              -MERCATOR_HALF_WORLD,
              MERCATOR_HALF_WORLD,
              TILE_SIZE,
              TILE_SIZE,
              tiles,
              tiles));
    }
    return new TileMatrixSet(
        "WebMercatorQuad",
        "Web 墨卡托四叉树（OGC）",
        "EPSG:3857",
        "http://www.opengis.net/def/crs/EPSG/0/3857",
        false,
        Optional.of("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"),
        Optional.of("urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible"),
        levels);
  }

  /** The survey scales of the local set, smallest scale first. */
  static final int[] MEIZHOU_GK_SCALES = {50_000, 25_000, 10_000, 5_000, 2_000, 1_000, 500};

  /** Top-left corner and size (metres, EPSG:4548) of the local set: Meizhou with a margin. */
  static final double GK_ORIGIN_X = 300_000;

  static final double GK_ORIGIN_Y = 2_780_000;
  static final double GK_WIDTH = 220_000;
  static final double GK_HEIGHT = 220_000;

  private static TileMatrixSet defineMeizhouGk() {
    List<TileMatrix> levels = new ArrayList<>();
    for (int i = 0; i < MEIZHOU_GK_SCALES.length; i++) {
      double cell = MEIZHOU_GK_SCALES[i] * OGC_PIXEL_M;
      double span = cell * TILE_SIZE;
      levels.add(
          new TileMatrix(
              Integer.toString(i),
              MEIZHOU_GK_SCALES[i],
              cell,
              GK_ORIGIN_X,
              GK_ORIGIN_Y,
              TILE_SIZE,
              TILE_SIZE,
              (long) Math.ceil(GK_WIDTH / span),
              (long) Math.ceil(GK_HEIGHT / span)));
    }
    return new TileMatrixSet(
        "MeizhouGK",
        "梅州市 CGCS2000 3°高斯-克吕格 117°E 带（大比例尺）",
        "EPSG:4548",
        "http://www.opengis.net/def/crs/EPSG/0/4548",
        true,
        Optional.empty(),
        Optional.empty(),
        levels);
  }
}
