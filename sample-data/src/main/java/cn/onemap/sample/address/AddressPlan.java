package cn.onemap.sample.address;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.base.Building;
import cn.onemap.sample.base.Compound;
import cn.onemap.sample.roads.Street;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Coordinate;

/**
 * The standard addresses (GB/T 23705 levels) of the city, held compactly: door plates along every
 * street, and for each residential compound its gate (the first door plate facing its block), its
 * buildings (栋), units (单元) and rooms (户室). Rooms are never materialised: {@link #room} builds any
 * one on demand, with the same code the address layer gives it.
 *
 * <p>Codes: community code (12) + level (1 门牌, 2 小区, 3 楼栋, 4 单元, 5 户室) + a 7-digit sequence within
 * the community and level: 20 digits, unique.
 */
public final class AddressPlan {
  /** Levels as codes and names. */
  public static final String[] LEVELS = {"", "门牌", "小区", "楼栋", "单元", "户室"};

  private final CityModel city;
  private final List<Door> doors;
  private final int[] gate;
  private final String[] compoundCode;
  private final String[] buildingCode;
  private final int[] unitBase;
  private final int[] roomBase;
  private final boolean[] hasRooms;

  private AddressPlan(
      CityModel city,
      List<Door> doors,
      int[] gate,
      String[] compoundCode,
      String[] buildingCode,
      int[] unitBase,
      int[] roomBase,
      boolean[] hasRooms) {
    this.city = city;
    this.doors = doors;
    this.gate = gate;
    this.compoundCode = compoundCode;
    this.buildingCode = buildingCode;
    this.unitBase = unitBase;
    this.roomBase = roomBase;
    this.hasRooms = hasRooms;
  }

  public static AddressPlan build(CityModel city) {
    Map<String, Integer> seq = new HashMap<>();
    var doors = new ArrayList<Door>();
    double spacing = city.spec().doorSpacing();
    for (Street st : city.roads().streets()) {
      if (st.bridge()) {
        continue;
      }
      double offset = st.grade().width() / 2 + 3;
      for (int side = 0; side < 2; side++) {
        int k = 0;
        for (double s = spacing / 2; s < length(city, st); s += spacing, k++) {
          double[] p = along(city, st, s, side == 0 ? offset : -offset);
          OptionalInt cell = city.grids().cellAt(p[0], p[1]);
          if (cell.isEmpty() || city.river().distanceToBank(p[0], p[1]) < 5) {
            continue;
          }
          int community = city.admin().communityOf(cell.getAsInt());
          String cc = city.admin().communities().get(community).code();
          String code = cc + "1" + String.format("%07d", seq.merge(cc + "1", 1, Integer::sum));
          int number = side == 0 ? 2 * k + 1 : 2 * k + 2;
          doors.add(
              new Door(
                  code,
                  st.index(),
                  number,
                  p[0],
                  p[1],
                  cell.getAsInt(),
                  community,
                  city.grids().gridOfCell(cell.getAsInt())));
        }
      }
    }
    doors.sort((a, b) -> a.code().compareTo(b.code()));
    List<Compound> compounds = city.buildings().compounds();
    int[] gate = new int[compounds.size()];
    Arrays.fill(gate, -1);
    Map<Integer, Integer> compoundOfCell = new HashMap<>();
    for (Compound c : compounds) {
      compoundOfCell.put(c.cell(), c.index());
    }
    for (int d = 0; d < doors.size(); d++) {
      Integer c = compoundOfCell.get(doors.get(d).cell());
      if (c != null && gate[c] < 0) {
        gate[c] = d;
      }
    }
    List<Building> buildings = city.buildings().buildings();
    String[] compoundCode = new String[compounds.size()];
    String[] buildingCode = new String[buildings.size()];
    int[] unitBase = new int[buildings.size()];
    int[] roomBase = new int[buildings.size()];
    boolean[] hasRooms = new boolean[buildings.size()];
    for (Compound c : compounds) {
      if (gate[c.index()] < 0) {
        continue;
      }
      String cc = city.admin().communities().get(doors.get(gate[c.index()]).community()).code();
      compoundCode[c.index()] =
          cc + "2" + String.format("%07d", seq.merge(cc + "2", 1, Integer::sum));
      for (int b = c.firstBuilding(); b < c.firstBuilding() + c.buildingCount(); b++) {
        Building building = buildings.get(b);
        buildingCode[b] = cc + "3" + String.format("%07d", seq.merge(cc + "3", 1, Integer::sum));
        unitBase[b] = seq.merge(cc + "4", units(building), Integer::sum) - units(building);
        // Only some buildings have their rooms registered (tunes the size of the layer).
        hasRooms[b] = ((b * 2654435761L) & 0xffff) / 65536.0 < city.spec().roomDensity();
        int rooms = hasRooms[b] ? units(building) * building.floors() * ROOMS_PER_FLOOR : 0;
        roomBase[b] = seq.merge(cc + "5", rooms, Integer::sum) - rooms;
      }
    }
    return new AddressPlan(
        city, List.copyOf(doors), gate, compoundCode, buildingCode, unitBase, roomBase, hasRooms);
  }

  static final int ROOMS_PER_FLOOR = 2;

  static int units(Building b) {
    return 2 + b.floors() % 3;
  }

  private static double length(CityModel city, Street st) {
    double len = 0;
    for (int k = 1; k < st.nodes().length; k++) {
      len += city.roads().node(st.nodes()[k - 1]).distance(city.roads().node(st.nodes()[k]));
    }
    return len;
  }

  /** The point at distance s along the street, moved {@code left} metres to its left. */
  static double[] along(CityModel city, Street st, double s, double left) {
    for (int k = 1; k < st.nodes().length; k++) {
      Coordinate a = city.roads().node(st.nodes()[k - 1]);
      Coordinate b = city.roads().node(st.nodes()[k]);
      double len = a.distance(b);
      if (s <= len || k == st.nodes().length - 1) {
        double dx = (b.x - a.x) / len;
        double dy = (b.y - a.y) / len;
        return new double[] {a.x + dx * s - dy * left, a.y + dy * s + dx * left};
      }
      s -= len;
    }
    throw new IllegalStateException("street without edges: " + st.name());
  }

  public CityModel city() {
    return city;
  }

  public List<Door> doors() {
    return doors;
  }

  /** Door index of a compound's gate, or -1 when no door plate faces its block. */
  public int gate(int compound) {
    return gate[compound];
  }

  public String compoundCode(int compound) {
    return compoundCode[compound];
  }

  public String buildingCode(int building) {
    return buildingCode[building];
  }

  /** Code of unit u (1-based) of a building. */
  public String unitCode(int building, int unit) {
    return buildingCode[building].substring(0, 12)
        + "4"
        + String.format("%07d", unitBase[building] + unit);
  }

  public boolean hasRooms(int building) {
    return hasRooms[building];
  }

  /** Code of a room (unit, floor and room number 1-based). */
  public String roomCode(int building, int unit, int floor, int room) {
    Building b = city.buildings().buildings().get(building);
    int local = ((unit - 1) * b.floors() + (floor - 1)) * ROOMS_PER_FLOOR + room;
    return buildingCode[building].substring(0, 12)
        + "5"
        + String.format("%07d", roomBase[building] + local);
  }
}
