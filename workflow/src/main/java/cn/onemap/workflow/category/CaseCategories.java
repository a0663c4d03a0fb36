package cn.onemap.workflow.category;

import cn.onemap.workflow.table.CsvTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog of case categories, by code and by name (or alias: other names records use, e.g. the
 * sample city's 占道经营 for 无证占道经营). The shipped one is {@code workflow/categories.csv}; admins may
 * replace it with rows of their own ({@link #of}). Within a catalog a code, a name and an alias
 * each mean one category, and a major code has one name per kind.
 */
public final class CaseCategories {
  /** The shipped table. */
  public static final String RESOURCE = "workflow/categories.csv";

  private static final String[] HEADER = {
    "kind", "minor_code", "minor_name", "major_code", "major_name", "owner_dept", "aliases"
  };

  private final Map<String, CaseCategory> byCode;
  private final Map<String, CaseCategory> byName;

  private CaseCategories(Map<String, CaseCategory> byCode, Map<String, CaseCategory> byName) {
    this.byCode = byCode;
    this.byName = byName;
  }

  /** The shipped catalog. */
  public static CaseCategories shipped() {
    return parse(CsvTable.resource(RESOURCE));
  }

  /**
   * A catalog of {@code categories}, with {@code aliases} (alias → category code).
   *
   * @throws IllegalArgumentException on a duplicate code, name or alias, an alias of an unknown
   *     code, or two names of one major class
   */
  public static CaseCategories of(
      Collection<CaseCategory> categories, Map<String, String> aliases) {
    var builder = new Builder();
    for (CaseCategory c : categories) {
      String problem = builder.add(c);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    aliases.forEach(
        (alias, code) -> {
          String problem = builder.alias(alias, code);
          if (problem != null) {
            throw new IllegalArgumentException(problem);
          }
        });
    return builder.build();
  }

  /** Reads a table in the format of {@link #RESOURCE}; errors carry the line number. */
  public static CaseCategories parse(CsvTable table) {
    table.requireHeader(HEADER);
    var builder = new Builder();
    for (CsvTable.Row row : table.rows()) {
      CaseKind kind;
      try {
        kind = CaseKind.valueOf(row.required("kind"));
      } catch (IllegalArgumentException e) {
        throw row.error("kind must be PART or EVENT, found " + row.get("kind"));
      }
      CaseCategory c;
      try {
        c =
            new CaseCategory(
                kind.prefix() + row.required("minor_code"),
                kind,
                row.required("major_code"),
                row.required("major_name"),
                row.required("minor_code"),
                row.required("minor_name"),
                row.get("owner_dept"));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      String problem = builder.add(c);
      for (String alias : row.get("aliases").split("\\|")) {
        if (problem == null && !alias.isBlank()) {
          problem = builder.alias(alias.strip(), c.code());
        }
      }
      if (problem != null) {
        throw row.error(problem);
      }
    }
    return builder.build();
  }

  /** The category of {@code code} (e.g. P0101). */
  public Optional<CaseCategory> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The category called {@code name}, or known by it as an alias (e.g. 占道经营). */
  public Optional<CaseCategory> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip()));
  }

  /** Every category, in table order. */
  public List<CaseCategory> all() {
    return List.copyOf(byCode.values());
  }

  /** The categories of one kind, in table order. */
  public List<CaseCategory> ofKind(CaseKind kind) {
    return byCode.values().stream().filter(c -> c.kind() == kind).toList();
  }

  /** The major classes of {@code kind}: code → name, in table order. */
  public Map<String, String> majors(CaseKind kind) {
    var out = new LinkedHashMap<String, String>();
    ofKind(kind).forEach(c -> out.putIfAbsent(c.majorCode(), c.majorName()));
    return out;
  }

  private static final class Builder {
    private final Map<String, CaseCategory> byCode = new LinkedHashMap<>();
    private final Map<String, CaseCategory> byName = new HashMap<>();
    private final Map<String, String> majorNames = new HashMap<>();

    String add(CaseCategory c) {
      if (byCode.containsKey(c.code())) {
        return "code " + c.code() + " appears twice";
      }
      String major = majorNames.putIfAbsent(c.majorKey(), c.majorName());
      if (major != null && !major.equals(c.majorName())) {
        return "major class " + c.majorKey() + " is called both " + major + " and " + c.majorName();
      }
      if (byName.containsKey(c.name())) {
        return "name " + c.name() + " already names " + byName.get(c.name()).code();
      }
      byCode.put(c.code(), c);
      byName.put(c.name(), c);
      return null;
    }

    String alias(String alias, String code) {
      CaseCategory c = byCode.get(code);
      if (c == null) {
        return "alias " + alias + " points to unknown code " + code;
      }
      if (byName.containsKey(alias)) {
        return "alias " + alias + " already names " + byName.get(alias).code();
      }
      byName.put(alias, c);
      return null;
    }

    CaseCategories build() {
      return new CaseCategories(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode)), Map.copyOf(byName));
    }
  }

  @Override
  public String toString() {
    return "CaseCategories" + new ArrayList<>(byCode.keySet());
  }
}
