package cn.onemap.sample.bureau;

/**
 * How a bureau's address text differs from the standard address (STANDARDS.md: what messy records
 * look like). The answer files name them in lower case, joined by '|'.
 */
public enum Corruption {
  /** The standard text, unchanged. */
  CLEAN,
  /** Province, city, county, town and/or community left out. */
  MISSING_LEVELS,
  /** Levels out of order (compound before street, town after street). */
  WRONG_ORDER,
  /** Digits written full-width (１２号). */
  FULL_WIDTH_DIGITS,
  /** Door or building number in Chinese numerals (一百二十三号). */
  CHINESE_NUMERALS,
  /** Traditional characters (廣東省梅州市梅江區…). */
  TRADITIONAL,
  /** A person's name and phone number mixed in. */
  NAME_AND_PHONE,
  /** A landmark instead of the finest levels (…金利花园旁); the answer is the landmark's code. */
  LANDMARK,
  /** 栋 written 幢, 座 or 号楼. */
  SUFFIX_VARIANT,
  /** One character of a name replaced by a similar-sounding one. */
  TYPO,
  /** A renamed street under its former name. */
  OLD_STREET_NAME,
  /** An address in another province or county: no answer. */
  OUT_OF_AREA,
  /** A street or door number that does not exist: no answer. */
  NONEXISTENT;

  public String label() {
    return name().toLowerCase();
  }
}
