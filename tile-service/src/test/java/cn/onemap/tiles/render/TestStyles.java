package cn.onemap.tiles.render;

import cn.onemap.tiles.sld.SldParser;
import cn.onemap.tiles.style.UserStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written SLD documents under {@code src/test/resources/sld}. */
final class TestStyles {
  private TestStyles() {}

  static UserStyle load(String name) {
    try (InputStream in = TestStyles.class.getResourceAsStream("/sld/" + name)) {
      return new SldParser().parseStyle(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
