package cn.onemap.ogc.wfs;

import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.ogc.ows.ServiceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** One small parser per scalar KVP parameter, each naming its locator on error. */
final class Params {
  private Params() {}

  static long nonNegative(Optional<String> v, String locator, long dflt) {
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ServiceException.invalid(locator, "expected a non-negative integer, got " + v.get());
    }
  }

  /** COUNT / MAXFEATURES, lowered to the version's limit ({@link #limit}); absent: the limit. */
  static int count(Optional<String> v, WfsContext ctx, String version) {
    int limit = limit(ctx, version);
    long n = nonNegative(v, "count", limit);
    return (int) Math.min(n, limit);
  }

  /** Most features one GetFeature of {@code version} returns: paged in 2.0, whole in 1.1. */
  static int limit(WfsContext ctx, String version) {
    return WfsNames.isWfs2(version)
        ? ctx.config().maxFeatures()
        : ctx.config().unpagedMaxFeatures();
  }

  static boolean resultType(Optional<String> v) {
    if (v.isEmpty() || v.get().equalsIgnoreCase("results")) {
      return false;
    }
    if (v.get().equalsIgnoreCase("hits")) {
      return true;
    }
    throw ServiceException.invalid("resultType", "expected results or hits, got " + v.get());
  }

  static GetFeatureRequest.OutputFormat format(Optional<String> v, String version) {
    if (v.isEmpty()) {
      return WfsNames.isWfs2(version)
          ? GetFeatureRequest.OutputFormat.GML32
          : GetFeatureRequest.OutputFormat.GML31;
    }
    String f = v.get().toLowerCase(Locale.ROOT).replace(" ", "");
    var export = cn.onemap.ogc.export.ExportFormat.parse(f);
    if (export.isPresent() && export.get() != cn.onemap.ogc.export.ExportFormat.GEOJSON) {
      return switch (export.get()) {
        case CSV -> GetFeatureRequest.OutputFormat.CSV;
        case KML -> GetFeatureRequest.OutputFormat.KML;
        case GPKG -> GetFeatureRequest.OutputFormat.GPKG;
        default -> GetFeatureRequest.OutputFormat.SHAPE_ZIP;
      };
    }
    if (f.contains("json")) {
      return GetFeatureRequest.OutputFormat.GEOJSON;
    }
    if (f.contains("3.2") || f.equals("gml32")) {
      return GetFeatureRequest.OutputFormat.GML32;
    }
    if (f.contains("3.1") || f.equals("gml3") || f.equals("text/xml")) {
      return GetFeatureRequest.OutputFormat.GML31;
    }
    if (f.startsWith("application/gml+xml")) {
      return GetFeatureRequest.OutputFormat.GML32;
    }
    throw ServiceException.invalid(
        "outputFormat",
        "unsupported output format "
            + v.get()
            + "; use "
            + WfsNames.GML32_FORMAT
            + ", "
            + WfsNames.GML31_FORMAT
            + ", "
            + WfsNames.JSON_FORMAT
            + ", "
            + String.join(", ", WfsNames.EXPORT_FORMATS));
  }

  /** TIME / ASOF: an ISO 8601 instant; only versioned layers keep the past. */
  static Optional<Instant> time(Optional<String> v, LayerDefinition layer) {
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!layer.versioned()) {
      throw ServiceException.invalid("time", "layer " + layer.id() + " keeps no history");
    }
    return Optional.of(instant(v.get(), "time"));
  }

  static Instant instant(String text, String locator) {
    try {
      if (text.length() == 10) {
        return Instant.parse(text + "T00:00:00Z");
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ServiceException.invalid(locator, "not an ISO 8601 date-time: " + text);
    }
  }

  /**
   * Splits a WFS 2.0 parenthesised KVP list {@code (a)(b)} into its entries (nested parentheses
   * stay inside an entry); a value not starting with '(' is one entry.
   */
  static java.util.List<String> parenList(String value) {
    String v = value.strip();
    if (!v.startsWith("(")) {
      return java.util.List.of(v);
    }
    var out = new java.util.ArrayList<String>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          start = i + 1;
        }
      } else if (c == ')') {
        if (--depth == 0) {
          out.add(v.substring(start, i));
        } else if (depth < 0) {
          throw ServiceException.invalid("parameter", "unbalanced parentheses in '" + v + "'");
        }
      } else if (depth == 0 && !Character.isWhitespace(c)) {
        throw ServiceException.invalid("parameter", "text outside parentheses in a list: " + v);
      }
    }
    if (depth != 0) {
      throw ServiceException.invalid("parameter", "unbalanced parentheses in '" + v + "'");
    }
    return out;
  }
}
