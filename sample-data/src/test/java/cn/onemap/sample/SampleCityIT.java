package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.feature.Operation;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.address.AddressLayers;
import cn.onemap.sample.address.StreetRenames;
import cn.onemap.sample.history.BuildingHistory;
import cn.onemap.sample.history.CityHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loads the SMALL city into both real store backends. */
class SampleCityIT {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void loadsTheSmallCity(Backend backend, @TempDir Path bureau) {
    try (StoreFixture fixture = StoreFixture.open(backend)) {
      var store = fixture.store();
      GenerationReport report =
          SampleCity.generate(CitySize.SMALL, store, bureau, ProgressListener.none());
      assertThat(store.layers()).hasSize(report.counts().size());
      for (var e : report.counts().entrySet()) {
        assertThat(store.count(FeatureQuery.layer(e.getKey()).build()))
            .as(e.getKey())
            .isEqualTo(e.getValue());
        assertThat(e.getValue()).as(e.getKey()).isPositive();
      }
      assertThat(store.requireLayer("pipe_ws_segments").accessLevel())
          .isEqualTo(cn.onemap.core.catalog.AccessLevel.RESTRICTED);
      StreetRenames.Rename rename = StreetRenames.of(SmallCity.city().model()).get(0);
      List<Feature> history = store.history(AddressLayers.STREETS, rename.streetCode());
      assertThat(history).hasSize(2);
      assertThat(history.get(0).attributes().get("name")).isEqualTo(rename.oldName());
      assertThat(history.get(1).attributes().get("name")).isEqualTo(rename.newName());
      assertThat(report.bureauFiles()).hasSize(10);
      // the code lists went in first, so the store checked every generated code against them
      assertThat(store.codeLists())
          .containsExactlyInAnyOrderElementsOf(cn.onemap.sample.codes.SampleCodeLists.all());
      assertThat(
              store.requireLayer("land_parcels").attribute("landuse_code").orElseThrow().codeList())
          .isEqualTo(cn.onemap.sample.codes.SampleCodeLists.LAND_USE);
      assertHistory(store, report);
    }
  }

  /** The history the generator wrote, read back through as-of queries and version history. */
  private static void assertHistory(FeatureStore store, GenerationReport report) {
    Instant y2018 = Instant.parse("2018-12-31T00:00:00Z");
    Instant y2020 = Instant.parse("2020-01-01T00:00:00Z");
    List<StreetRenames.Rename> renames = StreetRenames.of(SmallCity.city().model());
    assertThat(renames).isNotEmpty();
    for (StreetRenames.Rename r : renames) {
      assertThat(r.validFrom()).isBetween(Instant.parse("2018-12-31T16:00:00Z"), y2020);
      assertThat(store.get(AddressLayers.STREETS, r.streetCode(), y2018).orElseThrow())
          .extracting(f -> f.attributes().get("name"))
          .isEqualTo(r.oldName());
      assertThat(store.get(AddressLayers.STREETS, r.streetCode(), y2020).orElseThrow())
          .extracting(f -> f.attributes().get("name"))
          .isEqualTo(r.newName());
      Feature v2 = store.history(AddressLayers.STREETS, r.streetCode()).get(1);
      assertThat(v2.version().validFrom()).isEqualTo(r.validFrom());
      assertThat(v2.version().author()).isEqualTo(SampleCity.AUTHOR);
      assertThat(v2.version().reason()).contains(r.reason());
      // the road segments of the street are renamed in the same write
      String street = "street_code = '" + r.streetCode() + "'";
      assertThat(names(store, FeatureQuery.layer("roads").ecql(street).asOf(y2018).build()))
          .containsOnly(r.oldName());
      assertThat(names(store, FeatureQuery.layer("roads").ecql(street).asOf(y2020).build()))
          .containsOnly(r.newName());
    }

    BuildingHistory buildings = report.buildingHistory();
    assertThat(buildings.built()).isNotEmpty();
    assertThat(buildings.demolished()).isNotEmpty();
    Instant y2016 = Instant.parse("2016-01-01T00:00:00+08:00");
    Instant y2026 = Instant.parse("2026-10-01T00:00:00+08:00");
    long at2016 = store.count(FeatureQuery.layer("buildings").asOf(y2016).build());
    long at2026 = store.count(FeatureQuery.layer("buildings").asOf(y2026).build());
    assertThat(at2016).isEqualTo(buildings.standingAt(y2016));
    assertThat(at2026).isEqualTo(buildings.standingAt(y2026));
    assertThat(at2016).isLessThan(at2026);
    for (int year = 2016; year <= 2026; year++) {
      Instant t = Instant.parse(year + "-07-01T00:00:00Z");
      assertThat(store.count(FeatureQuery.layer("buildings").asOf(t).build()))
          .as("buildings standing on " + t)
          .isEqualTo(buildings.standingAt(t));
    }
    var demolished = buildings.demolished().entrySet().iterator().next();
    List<Feature> versions = store.history("buildings", demolished.getKey());
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).version().validFrom()).isEqualTo(CityHistory.BASELINE);
    assertThat(versions.get(1).version().operation()).isEqualTo(Operation.DELETE);
    assertThat(versions.get(1).version().validFrom()).isEqualTo(demolished.getValue());

    // 城管 cases appear at their report time
    Instant firstDay = Instant.parse("2024-11-01T00:00:00+08:00");
    assertThat(store.count(FeatureQuery.layer("events").asOf(firstDay).build())).isZero();
    try (FeatureCursor c = store.query(FeatureQuery.layer("events").limit(20).build())) {
      while (c.hasNext()) {
        Feature e = c.next();
        assertThat(e.version().validFrom()).isEqualTo(e.attributes().get("reported_at"));
      }
    }
    assertThat(
            store.count(
                FeatureQuery.layer("events").asOf(Instant.parse("2025-11-01T00:00:00Z")).build()))
        .isPositive()
        .isLessThan(report.counts().get("events"));
    assertThat(
            store.count(FeatureQuery.layer("admin_districts").asOf(CityHistory.BASELINE).build()))
        .isEqualTo(report.counts().get("admin_districts"));
  }

  private static java.util.Set<Object> names(FeatureStore store, FeatureQuery q) {
    var out = new java.util.HashSet<Object>();
    try (FeatureCursor c = store.query(q)) {
      c.forEachRemaining(f -> out.add(f.attributes().get("name")));
    }
    return out;
  }
}
