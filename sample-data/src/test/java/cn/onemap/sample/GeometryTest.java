package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.pipes.PipeKind;
import cn.onemap.sample.pipes.PipeLayers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

class GeometryTest {

  @Test
  void gridsTileTheirCommunitiesWithoutGapsOrOverlaps() {
    Map<String, List<Geometry>> byCommunity = new HashMap<>();
    for (FeatureEdit.Insert g : SmallCity.layer("unit_grids")) {
      byCommunity
          .computeIfAbsent((String) g.attributes().get("community_code"), k -> new ArrayList<>())
          .add(g.geometry());
    }
    for (FeatureEdit.Insert c : SmallCity.layer("admin_communities")) {
      List<Geometry> grids = byCommunity.get(c.id().orElseThrow());
      assertThat(grids).isNotEmpty().hasSizeLessThanOrEqualTo(99);
      double sum = grids.stream().mapToDouble(Geometry::getArea).sum();
      Geometry union = CascadedPolygonUnion.union(grids);
      double area = c.geometry().getArea();
      // sum of areas = area of the union: no overlaps; union = community: no gaps
      assertThat(sum)
          .isCloseTo(union.getArea(), org.assertj.core.data.Percentage.withPercentage(1e-6));
      assertThat(union.symDifference(c.geometry()).getArea()).isLessThan(area * 1e-9);
    }
  }

  @Test
  void everyPartLiesInTheGridItsBgidNames() {
    Map<String, Geometry> grids = new HashMap<>();
    for (FeatureEdit.Insert g : SmallCity.layer("unit_grids")) {
      grids.put(g.id().orElseThrow(), g.geometry());
    }
    for (FeatureEdit.Insert p : SmallCity.layer("city_parts")) {
      Geometry grid = grids.get((String) p.attributes().get("bgid"));
      assertThat(grid).isNotNull();
      assertThat(grid.buffer(1e-9).covers(p.geometry()))
          .as("%s in %s", p.id(), p.attributes().get("bgid"))
          .isTrue();
    }
  }

  @Test
  void coversSitExactlyOnThePipePointsTheyClose() {
    Map<String, Coordinate> pipePoints = new HashMap<>();
    for (PipeKind kind : PipeKind.values()) {
      for (FeatureEdit.Insert p : SmallCity.layer(PipeLayers.pointsId(kind))) {
        pipePoints.put(p.id().orElseThrow(), p.geometry().getCoordinate());
      }
    }
    int covers = 0;
    for (FeatureEdit.Insert part : SmallCity.layer("city_parts")) {
      String no = (String) part.attributes().get("pipe_point_no");
      if (no != null) {
        assertThat(part.geometry().getCoordinate()).isEqualTo(pipePoints.get(no));
        covers++;
      }
    }
    long manholes =
        SmallCity.layer(PipeLayers.pointsId(PipeKind.WS)).stream()
            .filter(p -> p.attributes().get("appurtenance") != null)
            .count();
    assertThat(covers).isGreaterThanOrEqualTo((int) manholes);
    assertThat(
            SmallCity.layer("city_parts").stream()
                .filter(p -> "污水井盖".equals(p.attributes().get("obj_name")))
                .count())
        .isEqualTo(manholes);
  }

  @Test
  void drainageFlowsDownhillAlongSegmentsAndAtManholes() {
    for (PipeKind kind : new PipeKind[] {PipeKind.YS, PipeKind.WS}) {
      Map<String, Double> invert = new HashMap<>();
      for (FeatureEdit.Insert p : SmallCity.layer(PipeLayers.pointsId(kind))) {
        invert.put(p.id().orElseThrow(), (Double) p.attributes().get("invert_elev"));
        assertThat((Double) p.attributes().get("well_depth")).isBetween(0.5, 6.0);
      }
      Map<String, Integer> outgoing = new HashMap<>();
      for (FeatureEdit.Insert s : SmallCity.layer(PipeLayers.segmentsId(kind))) {
        double start = (Double) s.attributes().get("start_invert");
        double end = (Double) s.attributes().get("end_invert");
        assertThat(start).as("%s", s.id()).isGreaterThan(end);
        // at manholes the pipes share the manhole's invert: no step up
        assertThat(start).isEqualTo(invert.get((String) s.attributes().get("start_no")));
        assertThat(end).isEqualTo(invert.get((String) s.attributes().get("end_no")));
        outgoing.merge((String) s.attributes().get("start_no"), 1, Integer::sum);
      }
      // a tree: every point drains through at most one pipe
      assertThat(outgoing.values()).allMatch(n -> n == 1);
    }
  }

  @Test
  void roadNetworkIsNodedAtIntersections() {
    List<LineString> roads = new ArrayList<>();
    STRtree index = new STRtree();
    for (FeatureEdit.Insert r : SmallCity.layer("roads")) {
      LineString l = (LineString) r.geometry();
      roads.add(l);
      index.insert(l.getEnvelopeInternal(), l);
    }
    for (LineString a : roads) {
      for (Object o : index.query(a.getEnvelopeInternal())) {
        LineString b = (LineString) o;
        if (a == b || !a.intersects(b)) {
          continue;
        }
        Geometry x = a.intersection(b);
        for (Coordinate c : x.getCoordinates()) {
          boolean endOfA =
              c.equals2D(a.getCoordinateN(0)) || c.equals2D(a.getCoordinateN(a.getNumPoints() - 1));
          boolean endOfB =
              c.equals2D(b.getCoordinateN(0)) || c.equals2D(b.getCoordinateN(b.getNumPoints() - 1));
          assertThat(endOfA && endOfB).as("roads cross at %s without a node", c).isTrue();
        }
      }
    }
  }

  @Test
  void buildingsStayOffTheRoads() {
    STRtree index = new STRtree();
    for (FeatureEdit.Insert r : SmallCity.layer("roads")) {
      index.insert(r.geometry().getEnvelopeInternal(), r.geometry());
    }
    for (FeatureEdit.Insert b : SmallCity.layer("buildings")) {
      for (Object o : index.query(b.geometry().getEnvelopeInternal())) {
        assertThat(b.geometry().intersects((Geometry) o)).as("%s", b.id()).isFalse();
      }
    }
  }
}
