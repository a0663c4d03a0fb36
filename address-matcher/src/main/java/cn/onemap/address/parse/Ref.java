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
 * @param abbreviated the name is a short form (广东 for 广东省, 金华 for 金华市), which may as well be part
 *     of another name
 */
public record Ref(
    Kind kind, String code, int index, boolean former, boolean local, boolean abbreviated) {
  /** A full name. */
  public Ref(Kind kind, String code, int index, boolean former, boolean local) {
    this(kind, code, index, former, local, false);
  }

  /** The same reference through a short form of the name. */
  public Ref abbreviation() {
    return new Ref(kind, code, index, former, local, true);
  }

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
