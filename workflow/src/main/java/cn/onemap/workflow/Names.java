package cn.onemap.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Chinese names users read for the module's enums (stages, urgencies, kinds), all in one
 * resource, {@code workflow/names.properties} (UTF-8), keyed {@code EnumSimpleName.CONSTANT}. A
 * missing key is a build error caught by the tests, never a blank label.
 */
public final class Names {
  private static final String RESOURCE = "workflow/names.properties";
  private static final Properties NAMES = load();

  private Names() {}

  /** The Chinese name of {@code value}, e.g. {@code 处置} for {@code Stage.HANDLE}. */
  public static String of(Enum<?> value) {
    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
    String name = NAMES.getProperty(key);
    if (name == null) {
      throw new WorkflowException(
          "NAME_MISSING", "no Chinese name for " + key + " in " + RESOURCE + "; add a line " + key);
    }
    return name;
  }

  private static Properties load() {
    try (InputStream in = Names.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
