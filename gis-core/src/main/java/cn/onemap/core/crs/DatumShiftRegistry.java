package cn.onemap.core.crs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The datum-shift parameter sets configured for this deployment, by name. Thread-safe; sets are
 * added at start-up, programmatically ({@link #register}) or from a properties file ({@link #load},
 * format in {@link DatumShiftProperties}).
 *
 * <p>Which set a transform uses: the one named in the request if any; else the only candidate for
 * the legacy side; else the default set for that side ({@link #setDefault}); otherwise {@link
 * DatumShiftNotConfiguredException}. Candidates for an EPSG Xian 1980 / Beijing 1954 system are the
 * 7-parameter sets of its datum and the 4-parameter sets starting from any projected CRS of its
 * datum; for a {@code LOCAL:} grid, the 4-parameter sets starting from that grid.
 */
public final class DatumShiftRegistry {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private final Map<String, DatumShift> byName = new LinkedHashMap<>();
  private final Map<String, String> defaults = new LinkedHashMap<>();

  /**
   * Adds a set; re-registering an identical set is a no-op, a different one under the name throws.
   */
  public synchronized DatumShiftRegistry register(DatumShift shift) {
    DatumShift old = byName.get(shift.name());
    if (old != null && !old.equals(shift)) {
      throw new DatumShiftConfigException(
          shift.name(), "a different parameter set is already registered under this name");
    }
    byName.put(shift.name(), shift);
    return this;
  }

  /**
   * Makes {@code name} the set used for {@code sourceKey} when several are candidates.
   *
   * @param sourceKey {@code XIAN80}, {@code BEIJING54} or a {@code LOCAL:} code
   */
  public synchronized DatumShiftRegistry setDefault(String sourceKey, String name) {
    DatumShift shift = get(name).orElseThrow(() -> new DatumShiftConfigException(name, "unknown"));
    String key = normaliseKey(sourceKey);
    if (!keyOf(shift).equals(key)) {
      throw new DatumShiftConfigException(name, "does not start from " + key);
    }
    defaults.put(key, name);
    return this;
  }

  /** The set registered under {@code name}. */
  public synchronized Optional<DatumShift> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All sets in registration order. */
  public synchronized List<DatumShift> all() {
    return List.copyOf(byName.values());
  }

  /** Reads sets from a properties file (UTF-8) into this registry. */
  public DatumShiftRegistry load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(r, file.toString());
    } catch (IOException e) {
      throw new DatumShiftConfigException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads sets from properties text; {@code origin} names the source in error messages. */
  public DatumShiftRegistry load(Reader reader, String origin) {
    DatumShiftProperties.Parsed parsed = DatumShiftProperties.parse(reader, origin);
    parsed.shifts().forEach(this::register);
    parsed.defaults().forEach(this::setDefault);
    return this;
  }

  /**
   * Chooses the set for the legacy side {@code legacy} of a transform between {@code from} and
   * {@code to}: {@code named} if present (the caller checked it applies), else as the class javadoc
   * describes.
   */
  synchronized DatumShift select(
      CrsInfo legacy, Optional<DatumShift> named, String from, String to) {
    if (named.isPresent()) {
      return named.get();
    }
    List<DatumShift> candidates = new ArrayList<>();
    for (DatumShift s : byName.values()) {
      if (applies(s, legacy)) {
        candidates.add(s);
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String key = legacy.datum() == DatumFamily.LOCAL ? legacy.code() : legacy.datum().name();
    if (candidates.isEmpty()) {
      throw new DatumShiftNotConfiguredException(
          from,
          to,
          "No datum shift is configured from "
              + legacy.datum().title()
              + " ("
              + legacy.code()
              + ") to CGCS2000. Register this city's 7-parameter (Bursa-Wolf) or 4-parameter set"
              + " with DatumShiftRegistry.register or in the datum-shift properties file; library"
              + " defaults are deliberately never used because none is trustworthy");
    }
    String chosen = defaults.get(key);
    if (chosen == null) {
      throw new DatumShiftNotConfiguredException(
          from,
          to,
          "Several datum shifts start from "
              + key
              + " ("
              + candidates.stream().map(DatumShift::name).toList()
              + "): name one in the request or set a default for "
              + key);
    }
    return byName.get(chosen);
  }

  static boolean applies(DatumShift s, CrsInfo legacy) {
    if (legacy.datum() == DatumFamily.LOCAL) {
      return s.sourceKey().equals(legacy.code());
    }
    return keyOf(s).equals(legacy.datum().name());
  }

  /** The family name (or LOCAL code) a set starts from. */
  private static String keyOf(DatumShift s) {
    if (s instanceof DatumShift.FourParameter f && f.sourceCrs().startsWith("EPSG:")) {
      int epsg = Integer.parseInt(f.sourceCrs().substring(5));
      return SupportedCrs.lookup(epsg).orElseThrow().datum().name();
    }
    return s.sourceKey();
  }

  private static String normaliseKey(String key) {
    return key.regionMatches(true, 0, "LOCAL:", 0, 6) ? CrsCodes.canonical(key) : key.trim();
  }

  static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new DatumShiftConfigException(
          String.valueOf(name), "names may only contain letters, digits, '_' and '-'");
    }
  }

  static String checkFourParameterSource(String name, String code) {
    String c = canonicalOrConfigError(name, code);
    if (c.startsWith("LOCAL:")) {
      return c;
    }
    SupportedCrs.Entry e = epsgEntry(name, c);
    if (e.kind() != CrsKind.PROJECTED || !e.datum().isLegacy()) {
      throw new DatumShiftConfigException(
          name, "4-parameter source " + c + " must be a projected Xian 1980 or Beijing 1954 CRS");
    }
    return c;
  }

  static String checkFourParameterTarget(String name, String code) {
    String c = canonicalOrConfigError(name, code);
    SupportedCrs.Entry e = c.startsWith("EPSG:") ? epsgEntry(name, c) : null;
    if (e == null || e.kind() != CrsKind.PROJECTED || e.datum() != DatumFamily.CGCS2000) {
      throw new DatumShiftConfigException(
          name, "4-parameter target " + c + " must be a projected CGCS2000 CRS (EPSG:4491-4554)");
    }
    return c;
  }

  private static String canonicalOrConfigError(String name, String code) {
    try {
      return CrsCodes.canonical(code);
    } catch (UnknownCrsException e) {
      throw new DatumShiftConfigException(name, e.getMessage(), e);
    }
  }

  private static SupportedCrs.Entry epsgEntry(String name, String code) {
    return SupportedCrs.lookup(Integer.parseInt(code.substring(5)))
        .orElseThrow(() -> new DatumShiftConfigException(name, code + " is not supported"));
  }
}
