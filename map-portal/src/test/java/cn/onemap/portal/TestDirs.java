package cn.onemap.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary data directories that exist before Spring reads its properties. */
final class TestDirs {
  private TestDirs() {}

  static Path create(String name) {
    try {
      Path dir = Files.createTempDirectory("onemap-" + name + "-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
