package cn.onemap.workflow.category;

import java.util.Objects;
import java.util.Optional;

/**
 * One case category: {@code P0101} 部件 / 01 公用设施 / 0101 上水井盖, or {@code E0401} 事件 / 04 突发事件 / 0401
 * 路面塌陷. The code is the kind's prefix ({@link CaseKind#prefix()}) and the 4-digit minor code, which
 * starts with the 2-digit major code, as the sample city's {@code major_code} / {@code minor_code}
 * fields and the 16-digit part IDs (county + major + minor + sequence) have them.
 *
 * @param code unique in a catalog, e.g. P0101
 * @param kind 部件 or 事件
 * @param majorCode 2 digits, e.g. 01
 * @param majorName e.g. 公用设施
 * @param minorCode 4 digits, major code first, e.g. 0101
 * @param minorName the category's name, e.g. 上水井盖
 * @param ownerDepartment code of the department that usually handles it, or {@code null} (the
 *     dispatcher chooses)
 */
public record CaseCategory(
    String code,
    CaseKind kind,
    String majorCode,
    String majorName,
    String minorCode,
    String minorName,
    String ownerDepartment) {

  public CaseCategory {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    require(majorCode != null && majorCode.matches("\\d{2}"), "major code must be 2 digits", code);
    require(
        minorCode != null && minorCode.matches("\\d{4}") && minorCode.startsWith(majorCode),
        "minor code must be 4 digits starting with the major code " + majorCode,
        code);
    require(
        code.equals(kind.prefix() + minorCode),
        "code must be " + kind.prefix() + minorCode + " (kind prefix + minor code)",
        code);
    require(majorName != null && !majorName.isBlank(), "major name is empty", code);
    require(minorName != null && !minorName.isBlank(), "minor name is empty", code);
    if (ownerDepartment != null && ownerDepartment.isBlank()) {
      ownerDepartment = null;
    }
  }

  /** A category from its parts; the code is derived. */
  public static CaseCategory of(
      CaseKind kind, String minorCode, String minorName, String majorName, String ownerDepartment) {
    String major = minorCode.length() >= 2 ? minorCode.substring(0, 2) : minorCode;
    return new CaseCategory(
        kind.prefix() + minorCode, kind, major, majorName, minorCode, minorName, ownerDepartment);
  }

  /** The category's (minor class's) Chinese name, e.g. 上水井盖. */
  public String name() {
    return minorName;
  }

  /** The code of its major class, e.g. P01: the middle level of {@link TimeLimits}. */
  public String majorKey() {
    return kind.prefix() + majorCode;
  }

  /** The department that usually handles it, when there is one. */
  public Optional<String> owner() {
    return Optional.ofNullable(ownerDepartment);
  }

  private static void require(boolean ok, String problem, String code) {
    if (!ok) {
      throw new IllegalArgumentException("case category " + code + ": " + problem);
    }
  }
}
