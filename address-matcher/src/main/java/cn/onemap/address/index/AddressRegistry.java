package cn.onemap.address.index;

import cn.onemap.address.Position;
import java.util.List;
import java.util.OptionalInt;

/**
 * The city's standard addresses in memory, column by column (1.28 million addresses take about 70
 * MB), sorted by code. Index {@code i} is an address; levels are {@link #DOOR} … {@link #ROOM}.
 * Each address knows its street, door number, compound, building/unit/room numbers, parent and
 * community; children are listed per parent for descending 门牌 → 小区 → 楼栋 → 单元 → 户室. Immutable and
 * thread-safe; built by {@link RegistryLoader}.
 */
public final class AddressRegistry {
  public static final int DOOR = 1;
  public static final int COMPOUND = 2;
  public static final int BUILDING = 3;
  public static final int UNIT = 4;
  public static final int ROOM = 5;

  final String provinceName;
  final String cityName;
  final List<AdminUnit> counties;
  final List<AdminUnit> towns;
  final List<AdminUnit> communities;
  final List<StreetLine> streets;
  final List<Compound> compounds;
  final long[] codeHi;
  final int[] codeLo;
  final byte[] level;
  final double[] x;
  final double[] y;
  final int[] street;
  final int[] doorNo;
  final int[] compound;
  final int[] number;
  final int[] parent;
  final int[] community;
  final int[] childStart;
  final int[] children;

  AddressRegistry(
      String provinceName,
      String cityName,
      List<AdminUnit> counties,
      List<AdminUnit> towns,
      List<AdminUnit> communities,
      List<StreetLine> streets,
      List<Compound> compounds,
      long[] codeHi,
      int[] codeLo,
      byte[] level,
      double[] x,
      double[] y,
      int[] street,
      int[] doorNo,
      int[] compound,
      int[] number,
      int[] parent,
      int[] community,
      int[] childStart,
      int[] children) {
    this.provinceName = provinceName;
    this.cityName = cityName;
    this.counties = List.copyOf(counties);
    this.towns = List.copyOf(towns);
    this.communities = List.copyOf(communities);
    this.streets = List.copyOf(streets);
    this.compounds = List.copyOf(compounds);
    this.codeHi = codeHi;
    this.codeLo = codeLo;
    this.level = level;
    this.x = x;
    this.y = y;
    this.street = street;
    this.doorNo = doorNo;
    this.compound = compound;
    this.number = number;
    this.parent = parent;
    this.community = community;
    this.childStart = childStart;
    this.children = children;
  }

  public int size() {
    return level.length;
  }

  public String provinceName() {
    return provinceName;
  }

  public String cityName() {
    return cityName;
  }

  public List<AdminUnit> counties() {
    return counties;
  }

  public List<AdminUnit> towns() {
    return towns;
  }

  public List<AdminUnit> communities() {
    return communities;
  }

  public List<StreetLine> streets() {
    return streets;
  }

  public List<Compound> compounds() {
    return compounds;
  }

  /** The 20-digit code of an address. */
  public String code(int i) {
    char[] c = new char[20];
    long hi = codeHi[i];
    for (int k = 11; k >= 0; k--, hi /= 10) {
      c[k] = (char) ('0' + hi % 10);
    }
    int lo = codeLo[i];
    for (int k = 19; k >= 12; k--, lo /= 10) {
      c[k] = (char) ('0' + lo % 10);
    }
    return new String(c);
  }

  /** The index of the address with this code, if any. */
  public OptionalInt indexOf(String code) {
    if (code == null || code.length() != 20 || !code.chars().allMatch(Character::isDigit)) {
      return OptionalInt.empty();
    }
    long hi = Long.parseLong(code.substring(0, 12));
    int lo = Integer.parseInt(code.substring(12));
    int a = 0;
    int b = size() - 1;
    while (a <= b) {
      int m = (a + b) >>> 1;
      int c = hi != codeHi[m] ? Long.compare(codeHi[m], hi) : Integer.compare(codeLo[m], lo);
      if (c == 0) {
        return OptionalInt.of(m);
      }
      if (c < 0) {
        a = m + 1;
      } else {
        b = m - 1;
      }
    }
    return OptionalInt.empty();
  }

  /** {@link #DOOR} … {@link #ROOM}. */
  public int level(int i) {
    return level[i];
  }

  public Position position(int i) {
    return new Position(x[i], y[i]);
  }

  public double x(int i) {
    return x[i];
  }

  public double y(int i) {
    return y[i];
  }

  public int street(int i) {
    return street[i];
  }

  public int doorNo(int i) {
    return doorNo[i];
  }

  /** Compound index, or -1 for door plates outside compounds. */
  public int compound(int i) {
    return compound[i];
  }

  /** Building, unit or room number for those levels, else 0. */
  public int number(int i) {
    return number[i];
  }

  /** Parent address index, -1 for door plates. */
  public int parent(int i) {
    return parent[i];
  }

  public int community(int i) {
    return community[i];
  }

  public int town(int i) {
    return communities.get(community[i]).parent();
  }

  public int county(int i) {
    return towns.get(town(i)).parent();
  }

  /** The child of {@code parent} at {@code level} with this number (compounds: any number). */
  public OptionalInt child(int parent, int childLevel, int childNumber) {
    for (int k = childStart[parent]; k < childStart[parent + 1]; k++) {
      int c = children[k];
      if (level[c] == childLevel && (childLevel == COMPOUND || number[c] == childNumber)) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }

  /** The children of {@code parent} at {@code level}. */
  public int[] children(int parent, int childLevel) {
    return java.util.Arrays.stream(children, childStart[parent], childStart[parent + 1])
        .filter(c -> level[c] == childLevel)
        .toArray();
  }

  /** The ancestor of {@code i} at {@code ancestorLevel} (itself when at that level), or -1. */
  public int ancestor(int i, int ancestorLevel) {
    int a = i;
    while (a >= 0 && level[a] > ancestorLevel) {
      a = parent[a];
    }
    return a >= 0 && level[a] == ancestorLevel ? a : -1;
  }

  /** The standard text: 广东省梅州市梅江区金山街道凌东社区彬芳大道12号金利花园3栋2单元1202室. */
  public String text(int i) {
    int cm = community[i];
    int tw = communities.get(cm).parent();
    int ct = towns.get(tw).parent();
    StringBuilder sb =
        new StringBuilder(64)
            .append(provinceName)
            .append(cityName)
            .append(counties.get(ct).name())
            .append(towns.get(tw).name())
            .append(communities.get(cm).name());
    return local(sb, i).toString();
  }

  /** From the street down: 彬芳大道12号金利花园3栋2单元1202室. */
  public String local(int i) {
    return local(new StringBuilder(32), i).toString();
  }

  private StringBuilder local(StringBuilder sb, int i) {
    sb.append(streets.get(street[i]).name()).append(doorNo[i]).append('号');
    if (level[i] >= COMPOUND && compound[i] >= 0) {
      sb.append(compounds.get(compound[i]).name());
    }
    if (level[i] >= BUILDING) {
      sb.append(number[ancestor(i, BUILDING)]).append('栋');
    }
    if (level[i] >= UNIT) {
      sb.append(number[ancestor(i, UNIT)]).append("单元");
    }
    if (level[i] >= ROOM) {
      sb.append(number[i]).append('室');
    }
    return sb;
  }
}
