package cn.onemap.sample.address;

import cn.onemap.sample.CityModel;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.base.Building;
import cn.onemap.sample.base.Compound;
import cn.onemap.sample.roads.Street;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link StdAddress} values from the plan: door plates, compounds, buildings, units, rooms.
 */
public final class Addresses {
  private final AddressPlan plan;
  private final CityModel city;

  public Addresses(AddressPlan plan) {
    this.plan = plan;
    this.city = plan.city();
  }

  public AddressPlan plan() {
    return plan;
  }

  public StdAddress door(int d) {
    Door door = plan.doors().get(d);
    return address(door, door.code(), 1, door.x(), door.y(), Optional.empty(), 0, 0, 0, "");
  }

  /** The compound's address, if it has a gate. */
  public Optional<StdAddress> compound(int c) {
    int g = plan.gate(c);
    if (g < 0) {
      return Optional.empty();
    }
    Compound compound = city.buildings().compounds().get(c);
    Door door = plan.doors().get(g);
    double x =
        city.lattice()
            .cellX(compound.cell() % city.lattice().nx(), compound.cell() / city.lattice().nx());
    double y =
        city.lattice()
            .cellY(compound.cell() % city.lattice().nx(), compound.cell() / city.lattice().nx());
    return Optional.of(
        address(
            door,
            plan.compoundCode(c),
            2,
            x,
            y,
            Optional.of(compound.name()),
            0,
            0,
            0,
            door.code()));
  }

  public StdAddress building(int c, int b) {
    Building building = city.buildings().buildings().get(b);
    Door door = plan.doors().get(plan.gate(c));
    return address(
        door,
        plan.buildingCode(b),
        3,
        building.centreX(),
        building.centreY(),
        Optional.of(city.buildings().compounds().get(c).name()),
        building.numberInCompound(),
        0,
        0,
        plan.compoundCode(c));
  }

  public StdAddress unit(int c, int b, int u) {
    StdAddress parent = building(c, b);
    double[] p = unitPoint(b, u);
    return new StdAddress(
        plan.unitCode(b, u),
        4,
        p[0],
        p[1],
        parent.county(),
        parent.town(),
        parent.community(),
        parent.street(),
        parent.streetCode(),
        parent.doorNo(),
        parent.compound(),
        parent.building(),
        u,
        0,
        parent.code(),
        parent.bgid());
  }

  public StdAddress room(int c, int b, int u, int floor, int r) {
    StdAddress parent = unit(c, b, u);
    return new StdAddress(
        plan.roomCode(b, u, floor, r),
        5,
        parent.x(),
        parent.y(),
        parent.county(),
        parent.town(),
        parent.community(),
        parent.street(),
        parent.streetCode(),
        parent.doorNo(),
        parent.compound(),
        parent.building(),
        u,
        floor * 100 + r,
        parent.code(),
        parent.bgid());
  }

  /** Units sit side by side along the building's first side. */
  private double[] unitPoint(int b, int u) {
    Building building = city.buildings().buildings().get(b);
    int units = AddressPlan.units(building);
    double t = (u - 0.5) / units;
    var c = building.corners();
    double x0 = c[0].x + t * (c[1].x - c[0].x);
    double y0 = c[0].y + t * (c[1].y - c[0].y);
    double x1 = c[3].x + t * (c[2].x - c[3].x);
    double y1 = c[3].y + t * (c[2].y - c[3].y);
    return new double[] {(x0 + x1) / 2, (y0 + y1) / 2};
  }

  /** All addresses of one compound, coarse to fine. */
  public List<StdAddress> compoundTree(int c) {
    var out = new ArrayList<StdAddress>();
    Optional<StdAddress> compound = compound(c);
    if (compound.isEmpty()) {
      return out;
    }
    out.add(compound.get());
    Compound cp = city.buildings().compounds().get(c);
    for (int b = cp.firstBuilding(); b < cp.firstBuilding() + cp.buildingCount(); b++) {
      out.add(building(c, b));
      Building building = city.buildings().buildings().get(b);
      for (int u = 1; u <= AddressPlan.units(building); u++) {
        out.add(unit(c, b, u));
        if (plan.hasRooms(b)) {
          for (int f = 1; f <= building.floors(); f++) {
            for (int r = 1; r <= AddressPlan.ROOMS_PER_FLOOR; r++) {
              out.add(room(c, b, u, f, r));
            }
          }
        }
      }
    }
    return out;
  }

  private StdAddress address(
      Door door,
      String code,
      int level,
      double x,
      double y,
      Optional<String> compound,
      int building,
      int unit,
      int room,
      String parent) {
    Street street = city.roads().streets().get(door.street());
    AdminModel.Unit community = city.admin().communities().get(door.community());
    AdminModel.Unit town = city.admin().towns().get(community.parentIndex());
    AdminModel.Unit county = city.admin().districts().get(town.parentIndex());
    return new StdAddress(
        code,
        level,
        x,
        y,
        county.division().name(),
        town.division().name(),
        community.division().shortName(),
        street.name(),
        street.code(),
        door.number(),
        compound,
        building,
        unit,
        room,
        level == 1 ? street.code() : parent,
        city.grids().grids().get(door.grid()).code());
  }
}
