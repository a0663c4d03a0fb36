package cn.onemap.address.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Former admin units that still resolve to today's (梅县 → 梅县区, 2013), from {@code admin-history.tsv}
 * next to this class: only changes confirmed from public sources; a city adds its own there.
 */
public final class AdminHistory {
  static final String RESOURCE = "admin-history.tsv";

  /**
   * One change.
   *
   * @param formerName the name before the change
   * @param formerCode the code before the change
   * @param currentCode today's code
   * @param year when it changed
   * @param note what happened
   */
  public record Change(
      String formerName, String formerCode, String currentCode, int year, String note) {}

  private AdminHistory() {}

  public static List<Change> load() {
    InputStream in = AdminHistory.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing next to " + AdminHistory.class);
    }
    var out = new ArrayList<Change>();
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Change(f[0], f[1], f[2], Integer.parseInt(f[3]), f.length > 4 ? f[4] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return List.copyOf(out);
  }
}
