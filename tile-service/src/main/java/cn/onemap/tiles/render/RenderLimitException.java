package cn.onemap.tiles.render;

import cn.onemap.tiles.TilesException;

/** A render exceeds a configured limit (image size, features per layer); code RENDER_LIMIT. */
public class RenderLimitException extends TilesException {
  public RenderLimitException(String message) {
    super("RENDER_LIMIT", message);
  }
}
