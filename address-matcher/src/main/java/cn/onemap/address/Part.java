package cn.onemap.address;

import java.util.Objects;

/**
 * One level of a matched address: its name and code, and how the query expressed it. Admin levels
 * carry their statistical codes ({@code 梅江区 / 441402}); street, door, building, unit and room carry
 * the code of their standard address.
 *
 * @param name today's name, e.g. "梅江区", "彬芳大道", "12号"
 * @param code the code of the level's unit or address
 * @param how how the query named it
 * @param asWritten the text of the query that matched, when it differs from {@code name} (a former
 *     street name, a corrected typo, an alias); empty otherwise
 */
public record Part(String name, String code, PartMatch how, String asWritten) {
  public Part {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(how, "how");
    asWritten = asWritten == null ? "" : asWritten;
  }

  public static Part exact(String name, String code) {
    return new Part(name, code, PartMatch.EXACT, "");
  }

  public static Part inferred(String name, String code) {
    return new Part(name, code, PartMatch.INFERRED, "");
  }
}
