package cn.onemap.sample.events;

import static cn.onemap.core.catalog.AttributeType.STRING;
import static cn.onemap.core.catalog.AttributeType.TIMESTAMP;

import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.sample.CityModel;
import cn.onemap.sample.CitySpec;
import cn.onemap.sample.LayerSource;
import cn.onemap.sample.codes.SampleCodeLists;
import cn.onemap.sample.geo.Attrs;
import cn.onemap.sample.geo.Chunked;
import cn.onemap.sample.geo.Rng;
import cn.onemap.sample.geo.Schema;
import cn.onemap.sample.grid.UnitGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * 城管 cases (digital city management events) over two years, 2024-11-01 to 2026-10-31 (Beijing
 * time), streamed one day at a time: each day's cases come from their own random stream, so the
 * layer is the same whether it is read whole or not. Cases fall five times more often in old-town
 * grids; category frequencies and handling times are plausible, not measured.
 */
public final class EventLayers {
  public static final String EVENTS = "events";
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 1);
  public static final int DAYS = 730;

  private static final String[][] CATEGORIES = {
    {"暴露垃圾", "事件", "22"}, {"占道经营", "事件", "18"}, {"乱张贴小广告", "事件", "12"},
    {"违章停车", "事件", "14"}, {"店外经营", "事件", "8"}, {"乱堆物堆料", "事件", "7"},
    {"积水", "事件", "3"}, {"施工扰民", "事件", "3"}, {"违法建设", "事件", "2"},
    {"井盖破损", "部件", "4"}, {"道路破损", "部件", "3"}, {"路灯不亮", "部件", "3"},
    {"绿化损坏", "部件", "2"}, {"果皮箱破损", "部件", "2"}
  };
  private static final String[] SOURCES = {"网格员上报", "网格员上报", "网格员上报", "12345热线", "视频巡查", "市民随手拍"};

  private EventLayers() {}

  public static LayerSource source(CityModel city) {
    var def =
        LayerDefinition.of(
            EVENTS,
            "城管案件",
            LayerKind.EVENT,
            GeometryType.POINT,
            Schema.of()
                .req("case_no", STRING, "案件编号")
                .req("category", STRING, "案件小类")
                .coded(SampleCodeLists.CASE_CATEGORY)
                .req("main_class", STRING, "案件大类")
                .coded(SampleCodeLists.CASE_CLASS)
                .req("reported_at", TIMESTAMP, "上报时间")
                .opt("closed_at", TIMESTAMP, "结案时间")
                .req("status", STRING, "状态")
                .coded(SampleCodeLists.CASE_STATUS)
                .req("source", STRING, "来源")
                .req("bgid", STRING, "单元网格代码")
                .req("community_code", STRING, "社区村代码")
                .list());
    return new LayerSource(def, () -> iterator(city));
  }

  private static java.util.Iterator<FeatureEdit.Insert> iterator(CityModel city) {
    int nx = city.lattice().nx();
    List<Integer> cells = new ArrayList<>();
    List<Double> cumulative = new ArrayList<>();
    double total = 0;
    double cx = city.plane().x(CitySpec.CENTRE_LON);
    double cy = city.plane().y(CitySpec.CENTRE_LAT);
    for (int c = 0; c < nx * city.lattice().ny(); c++) {
      if (city.grids().gridOfCell(c) < 0) {
        continue;
      }
      double d =
          Math.hypot(
              city.lattice().cellX(c % nx, c / nx) - cx, city.lattice().cellY(c % nx, c / nx) - cy);
      total += d < city.spec().urbanRadiusKm() * 1000 ? 5 : 1;
      cells.add(c);
      cumulative.add(total);
    }
    double[] cum = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
    double[] catCum = new double[CATEGORIES.length];
    double sum = 0;
    for (int k = 0; k < CATEGORIES.length; k++) {
      sum += Integer.parseInt(CATEGORIES[k][2]);
      catCum[k] = sum;
    }
    long events = city.spec().events();
    return new Chunked<>(
        DAYS,
        day -> {
          long first = events * day / DAYS;
          long count = events * (day + 1) / DAYS - first;
          Rng rng = Rng.of(CitySpec.SEED, "events", day);
          var out = new ArrayList<FeatureEdit.Insert>((int) count);
          Instant midnight =
              FIRST_DAY.plusDays(day).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
          for (long e = 0; e < count; e++) {
            int c = cells.get(rng.weighted(cum));
            Coordinate p =
                city.lattice().at(c % nx, c / nx, rng.between(0.05, 0.95), rng.between(0.05, 0.95));
            String[] cat = CATEGORIES[rng.weighted(catCum)];
            // Daytime-heavy: two thirds of cases between 08:00 and 20:00.
            int second =
                rng.chance(0.67) ? 8 * 3600 + rng.nextInt(12 * 3600) : rng.nextInt(24 * 3600);
            Instant reported = midnight.plusSeconds(second);
            double outcome = rng.nextDouble();
            long handling = 1800 + rng.nextLong(5 * 24 * 3600);
            boolean old = day < DAYS - 30;
            String status =
                outcome < (old ? 0.9 : 0.6)
                    ? "已结案"
                    : outcome < (old ? 0.95 : 0.7) ? "已作废" : outcome < 0.85 || old ? "处置中" : "已立案";
            UnitGrid g = city.grids().grids().get(city.grids().gridOfCell(c));
            String caseNo = "CG" + String.format("%010d", first + e + 1);
            Attrs a =
                Attrs.of()
                    .put("case_no", caseNo)
                    .put("category", cat[0])
                    .put("main_class", cat[1])
                    .put("reported_at", reported)
                    .put("closed_at", status.equals("已结案") ? reported.plusSeconds(handling) : null)
                    .put("status", status)
                    .put("source", SOURCES[rng.nextInt(SOURCES.length)])
                    .put("bgid", g.code())
                    .put("community_code", g.code().substring(0, 12));
            out.add(FeatureEdit.insert(caseNo, city.plane().point(p.x, p.y), a.map()));
          }
          return out;
        });
  }
}
