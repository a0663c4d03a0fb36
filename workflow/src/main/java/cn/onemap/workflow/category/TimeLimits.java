package cn.onemap.workflow.category;

import cn.onemap.workflow.WorkflowException;
import cn.onemap.workflow.table.CsvTable;
import cn.onemap.workflow.table.TableFormatException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The working-time limit of each {@link Stage} of a case, per {@link Urgency} and category. Rows
 * are keyed by {@code *} (the default), a major class ({@code E04}) or a category ({@code E0401});
 * for a lookup the most specific row that sets the value wins: category → major class → default.
 * The default rows set every stage and urgency, so every lookup has an answer.
 *
 * <p>The shipped table ({@code workflow/limits.csv}) holds defaults: CJ/T 315-2009's hour values
 * were not retrievable (*unverified*), so the city's own limits belong in an edited table.
 *
 * <pre>{@code
 * TimeLimits limits = TimeLimits.shipped();
 * Duration d = limits.limit("E0401", Stage.HANDLE, Urgency.URGENT);   // 路面塌陷, 紧急: 1 h
 * }</pre>
 */
public final class TimeLimits {
  /** The shipped table. */
  public static final String RESOURCE = "workflow/limits.csv";

  /** The key of the default rows. */
  public static final String DEFAULT = "*";

  private static final Pattern KEY = Pattern.compile("[A-Z]\\d{2}(\\d{2})?");
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  /** key → stage → urgency → limit (absent: not set by that row). */
  private final Map<String, Map<Stage, Map<Urgency, Duration>>> rows;

  private TimeLimits(Map<String, Map<Stage, Map<Urgency, Duration>>> rows) {
    this.rows = rows;
  }

  /** The shipped defaults. */
  public static TimeLimits shipped() {
    return parse(CsvTable.resource(RESOURCE));
  }

  /** Reads a table in the format of {@link #RESOURCE}; errors carry the line number. */
  public static TimeLimits parse(CsvTable table) {
    table.requireHeader("category", "stage", "normal", "urgent", "critical");
    var rows = new LinkedHashMap<String, Map<Stage, Map<Urgency, Duration>>>();
    for (CsvTable.Row row : table.rows()) {
      String key = row.required("category");
      if (!key.equals(DEFAULT) && !KEY.matcher(key).matches()) {
        throw row.error(
            "category must be * or a code like E04 (major class) or E0401, found " + key);
      }
      Stage stage;
      try {
        stage = Stage.valueOf(row.required("stage"));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "stage must be one of " + List.of(Stage.values()) + ", found " + row.get("stage"));
      }
      var values = new EnumMap<Urgency, Duration>(Urgency.class);
      for (Urgency u : Urgency.values()) {
        String cell = row.get(column(u));
        if (!cell.isEmpty()) {
          values.put(u, hours(row, u, cell));
        } else if (key.equals(DEFAULT)) {
          throw row.error("the default row of " + stage + " must set " + column(u));
        }
      }
      if (values.isEmpty()) {
        throw row.error("the row sets no limit; fill normal, urgent or critical");
      }
      var byStage = rows.computeIfAbsent(key, k -> new EnumMap<>(Stage.class));
      if (byStage.put(stage, values) != null) {
        throw row.error(key + "," + stage + " appears twice");
      }
    }
    var defaults = rows.getOrDefault(DEFAULT, Map.of());
    for (Stage s : Stage.values()) {
      if (!defaults.containsKey(s)) {
        throw new TableFormatException(
            table.source(), 0, "no default row (*," + s + ") : every stage needs one");
      }
    }
    return new TimeLimits(rows);
  }

  /** The longest limit a row may set: 1000 working hours (about seven months of working days). */
  public static final Duration MAX_LIMIT = Duration.ofHours(1000);

  /**
   * One cell of the table: the limit of {@code stage} at {@code urgency} for rows keyed {@code
   * category} ({@link #DEFAULT}, a major class or a category).
   */
  public record Limit(String category, Stage stage, Urgency urgency, Duration limit) {
    public Limit {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(urgency, "urgency");
      Objects.requireNonNull(limit, "limit");
    }
  }

  /**
   * The table of {@code limits} (e.g. what an admin saved). Fails with {@code TIME_LIMIT_INVALID}
   * whose details name the offending row ({@code index}, {@code field}) when a key is not shaped
   * like a code, a limit is not positive, longer than {@link #MAX_LIMIT} or not whole seconds, a
   * cell appears twice, or a default cell (every stage × urgency of {@code *}) is missing.
   */
  public static TimeLimits of(List<Limit> limits) {
    var rows = new LinkedHashMap<String, Map<Stage, Map<Urgency, Duration>>>();
    for (int i = 0; i < limits.size(); i++) {
      Limit l = limits.get(i);
      if (!l.category().equals(DEFAULT) && !KEY.matcher(l.category()).matches()) {
        throw invalid(
            i, "category", "category must be * or a code like E04 or E0401: " + l.category());
      }
      if (l.limit().isNegative() || l.limit().isZero()) {
        throw invalid(i, "hours", "a limit must be positive: " + l.limit());
      }
      if (l.limit().compareTo(MAX_LIMIT) > 0) {
        throw invalid(i, "hours", "a limit is at most " + MAX_LIMIT.toHours() + " h: " + l.limit());
      }
      if (l.limit().getNano() != 0) {
        throw invalid(i, "hours", "a limit is whole seconds: " + l.limit());
      }
      Duration before =
          rows.computeIfAbsent(l.category(), k -> new EnumMap<>(Stage.class))
              .computeIfAbsent(l.stage(), k -> new EnumMap<>(Urgency.class))
              .put(l.urgency(), l.limit());
      if (before != null) {
        throw invalid(
            i, "category", l.category() + "," + l.stage() + "," + l.urgency() + " appears twice");
      }
    }
    var defaults = rows.getOrDefault(DEFAULT, Map.of());
    for (Stage s : Stage.values()) {
      for (Urgency u : Urgency.values()) {
        if (!defaults.getOrDefault(s, Map.of()).containsKey(u)) {
          throw new WorkflowException(
              "TIME_LIMIT_INVALID",
              "the default (*) needs a limit for " + s + " at " + u,
              Map.of("field", "limits", "stage", s.name(), "urgency", u.name()));
        }
      }
    }
    return new TimeLimits(rows);
  }

  private static WorkflowException invalid(int index, String field, String message) {
    return new WorkflowException(
        "TIME_LIMIT_INVALID",
        "limits[" + index + "]: " + message,
        Map.of("field", "limits[" + index + "]." + field, "index", index));
  }

  /** Every cell, default rows first, then by key, stage and urgency. */
  public List<Limit> rows() {
    var out = new java.util.ArrayList<Limit>();
    var keys = new java.util.ArrayList<>(new TreeSet<>(rows.keySet()));
    keys.remove(DEFAULT);
    keys.add(0, DEFAULT);
    for (String key : keys) {
      rows.getOrDefault(key, Map.of())
          .forEach(
              (stage, byUrgency) ->
                  byUrgency.forEach((u, d) -> out.add(new Limit(key, stage, u, d))));
    }
    return out;
  }

  /**
   * The limit of {@code stage} at {@code urgency} for the category {@code categoryCode} (e.g.
   * P0101; a major class such as P01 works too). Codes without a row of their own get their major
   * class's or the default.
   *
   * @throws IllegalArgumentException if {@code categoryCode} is not shaped like a category code
   */
  public Duration limit(String categoryCode, Stage stage, Urgency urgency) {
    Objects.requireNonNull(categoryCode, "categoryCode");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(urgency, "urgency");
    if (!KEY.matcher(categoryCode).matches()) {
      throw new IllegalArgumentException(
          "not a category code (like P0101 or E04): " + categoryCode);
    }
    for (String key : List.of(categoryCode, categoryCode.substring(0, 3), DEFAULT)) {
      Duration d = rows.getOrDefault(key, Map.of()).getOrDefault(stage, Map.of()).get(urgency);
      if (d != null) {
        return d;
      }
    }
    throw new IllegalStateException("the default rows are complete by construction");
  }

  /** The limit of the default row: what a category the catalog does not know gets. */
  public Duration defaultLimit(Stage stage, Urgency urgency) {
    Duration d = rows.getOrDefault(DEFAULT, Map.of()).getOrDefault(stage, Map.of()).get(urgency);
    if (d == null) {
      throw new IllegalStateException("the default rows are complete by construction");
    }
    return d;
  }

  /** The limit for {@code category}. */
  public Duration limit(CaseCategory category, Stage stage, Urgency urgency) {
    return limit(category.code(), stage, urgency);
  }

  /** Row keys (other than the default) naming no category or major class of {@code catalog}. */
  public Set<String> unknownKeys(CaseCategories catalog) {
    var known = new TreeSet<String>();
    for (CaseCategory c : catalog.all()) {
      known.add(c.code());
      known.add(c.majorKey());
    }
    var out = new TreeSet<>(rows.keySet());
    out.remove(DEFAULT);
    out.removeAll(known);
    return out;
  }

  private static Duration hours(CsvTable.Row row, Urgency u, String cell) {
    BigDecimal h;
    try {
      h = new BigDecimal(cell);
    } catch (NumberFormatException e) {
      throw row.error(column(u) + " must be hours such as 8 or 0.5, found " + cell);
    }
    if (h.signum() <= 0) {
      throw row.error(column(u) + " must be positive, found " + cell);
    }
    BigDecimal seconds = h.multiply(SECONDS_PER_HOUR);
    if (seconds.stripTrailingZeros().scale() > 0) {
      throw row.error(cell + " hours is not a whole number of seconds");
    }
    return Duration.ofSeconds(seconds.longValueExact());
  }

  /** The CSV column of {@code u}: normal, urgent, critical. */
  private static String column(Urgency u) {
    return u.name().toLowerCase(Locale.ROOT);
  }
}
