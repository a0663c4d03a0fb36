package cn.onemap.address.parse;

/**
 * What a name in the lexicon refers to.
 *
 * @param kind the kind of thing
 * @param code admin code (2–12 digits) for admin kinds, street code, or the address code an alias
 *     means
 * @param index street or compound index in the registry; -1 for other kinds
 * @param former the name is a former one (renamed street, merged county): {@code code} is today's
 * @param local the unit lies in the home city (admin kinds)
 */
public record Ref(Kind kind, String code, int index, boolean former, boolean local) {
  /** Kinds of names. */
  public enum Kind {
    PROVINCE,
    CITY,
    COUNTY,
    TOWN,
    COMMUNITY,
    STREET,
    COMPOUND,
    ALIAS;

    public boolean isAdmin() {
      return ordinal() <= COMMUNITY.ordinal();
    }
  }
}
