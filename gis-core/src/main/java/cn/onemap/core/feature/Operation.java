package cn.onemap.core.feature;

/**
 * The edit that produced a version. A DELETE version is a tombstone: no geometry, feature absent
 * from then on.
 */
public enum Operation {
  INSERT('I'),
  UPDATE('U'),
  DELETE('D');

  private final char code;

  Operation(char code) {
    this.code = code;
  }

  /** One-letter code stored in the database. */
  public char code() {
    return code;
  }

  public static Operation ofCode(char code) {
    for (Operation o : values()) {
      if (o.code == code) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown operation code " + code);
  }
}
