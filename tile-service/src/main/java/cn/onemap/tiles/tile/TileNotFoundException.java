package cn.onemap.tiles.tile;

import cn.onemap.tiles.TilesException;
import java.util.Map;

/**
 * No such tile: an unknown tileset, style, tile matrix set or level, a row or column outside the
 * matrix, or a format the tileset is not served in. {@link #locator()} names the offending part
 * (WMTS parameter names in lower case: {@code layer}, {@code style}, {@code tilematrixset}, {@code
 * tilematrix}, {@code tilerow}, {@code tilecol}, {@code format}) so protocols map it to their own
 * error (404, OWS InvalidParameterValue / TileOutOfRange).
 */
public class TileNotFoundException extends TilesException {
  public static final String CODE = "TILE_NOT_FOUND";

  private final String locator;

  public TileNotFoundException(String locator, String message) {
    super(CODE, message, Map.of("locator", locator), null);
    this.locator = locator;
  }

  public String locator() {
    return locator;
  }

  /** Whether the tile's row or column lies outside its matrix (WMTS TileOutOfRange). */
  public boolean outOfRange() {
    return locator.equals("tilerow") || locator.equals("tilecol");
  }
}
