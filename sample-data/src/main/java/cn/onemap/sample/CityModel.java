package cn.onemap.sample;

import cn.onemap.address.gazetteer.Divisions;
import cn.onemap.sample.admin.AdminModel;
import cn.onemap.sample.admin.AdminPartition;
import cn.onemap.sample.admin.CountyOutlines;
import cn.onemap.sample.base.Buildings;
import cn.onemap.sample.geo.Lattice;
import cn.onemap.sample.geo.LocalPlane;
import cn.onemap.sample.geo.River;
import cn.onemap.sample.geo.Terrain;
import cn.onemap.sample.grid.UnitGrids;
import cn.onemap.sample.roads.RoadNetwork;

/**
 * The parts of the city that are held in memory (a few tens of thousands of objects even for the
 * large size): frame, river, terrain, admin units, roads and unit grids. Everything bigger is
 * computed from these while it streams.
 */
public record CityModel(
    CitySpec spec,
    LocalPlane plane,
    Lattice lattice,
    River river,
    Terrain terrain,
    Divisions divisions,
    AdminModel admin,
    RoadNetwork roads,
    UnitGrids grids,
    Buildings buildings,
    boolean realOutlines) {

  /** Half the width of the 梅江's water surface through the city (metres). */
  static final double RIVER_HALF_WIDTH = 95;

  public static CityModel build(CitySpec spec) {
    LocalPlane plane = new LocalPlane(spec.minLon(), spec.minLat());
    double width = plane.x(spec.maxLon());
    double height = plane.y(spec.maxLat());
    Lattice lattice = new Lattice(width, height, CitySpec.CELL, CitySpec.SEED);
    River river = new River(plane, RIVER_HALF_WIDTH);
    Divisions divisions = Divisions.load();
    CountyOutlines outlines = CountyOutlines.load();
    AdminModel admin = AdminPartition.partition(lattice, plane, river, divisions, outlines, spec);
    RoadNetwork roads = RoadNetwork.build(lattice, plane, river, admin, spec, CitySpec.SEED);
    UnitGrids grids = UnitGrids.build(lattice, admin);
    Buildings buildings = Buildings.build(spec, plane, lattice, river, admin, roads, grids);
    return new CityModel(
        spec,
        plane,
        lattice,
        river,
        new Terrain(river),
        divisions,
        admin,
        roads,
        grids,
        buildings,
        outlines.fromPackage());
  }

  /** The district (county) code of a community. */
  public String countyOf(int community) {
    AdminModel.Unit town = admin.towns().get(admin.communities().get(community).parentIndex());
    return admin.districts().get(town.parentIndex()).code();
  }

  /** The town unit of a community. */
  public AdminModel.Unit townOf(int community) {
    return admin.towns().get(admin.communities().get(community).parentIndex());
  }
}
