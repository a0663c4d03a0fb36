package cn.onemap.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.sample.address.AddressLayers;
import cn.onemap.sample.address.StreetRenames;
import java.nio.file.Path;
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
    }
  }
}
