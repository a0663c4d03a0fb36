package cn.onemap.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Backend;
import cn.onemap.core.testing.StoreFixture;
import cn.onemap.core.testing.Wkt;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A failed import — too many rejects, cancellation, a database failure — changes nothing. */
class AtomicImportIT {
  @TempDir Path dir;

  private static final String LAYER = "water_valves";

  private FeatureStore prepared(StoreFixture f) {
    FeatureStore store = f.store();
    store.createLayer(CsvImportIT.valves());
    store.apply(
        LAYER,
        List.of(
            FeatureEdit.insert(
                "V900", Wkt.meizhouPoint(0, 0), Map.of("code", "V900", "diameter", 80))),
        EditContext.by("test"));
    return store;
  }

  private static long count(FeatureStore store) {
    return store.count(FeatureQuery.layer(LAYER).build());
  }

  /** {@code n} good rows with keys V0..; every 100th row has an invalid WKT. */
  private Path rows(int n, boolean withBadRows) throws Exception {
    StringBuilder b = new StringBuilder("code,名称,管径,wkt\n");
    for (int i = 0; i < n; i++) {
      boolean bad = withBadRows && i % 100 == 50;
      b.append("V")
          .append(i)
          .append(",阀门,100,")
          .append(
              bad
                  ? "POINT (116.1"
                  : "POINT (" + (116.0 + (i % 157) * 1e-3) + " " + (24.2 + (i / 157) * 1e-3) + ")")
          .append('\n');
    }
    return TestFiles.write(dir, "rows.csv", b.toString());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void moreRejectsThanAllowedWriteNothing(Backend backend) throws Exception {
    Path csv = rows(2_000, true); // 20 bad rows
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = prepared(f);
      for (Optional<String> key : List.of(Optional.<String>empty(), Optional.of("code"))) {
        ImportRequest.Builder b = ImportRequest.builder(csv, LAYER).crs("EPSG:4490").maxRejected(5);
        key.ifPresent(b::key);
        assertThatThrownBy(() -> new Importer(store).run(b.build()))
            .isInstanceOfSatisfying(
                ImportFailedException.class,
                e -> {
                  assertThat(e.code()).isEqualTo("TOO_MANY_REJECTED");
                  assertThat(e.report().status()).isEqualTo(ImportReport.Status.FAILED);
                  assertThat(e.report().rejected()).isEqualTo(6);
                  assertThat(e.report().inserted()).isZero();
                });
        assertThat(count(store)).isEqualTo(1);
        assertThat(store.get(LAYER, "V0")).isEmpty();
      }
      ImportReport ok =
          new Importer(store)
              .run(ImportRequest.builder(csv, LAYER).crs("EPSG:4490").maxRejected(20).build());
      assertThat(ok.inserted()).isEqualTo(1_980);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDatabaseFailureMidImportWritesNothing(Backend backend) throws Exception {
    Path csv = rows(3_000, false);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = prepared(f);
      FeatureStore failing = new FailingStore(store, 2_500);
      for (Optional<String> key : List.of(Optional.<String>empty(), Optional.of("code"))) {
        ImportRequest.Builder b = ImportRequest.builder(csv, LAYER).crs("EPSG:4490");
        key.ifPresent(b::key);
        assertThatThrownBy(() -> new Importer(failing).run(b.build()))
            .isInstanceOf(ImportFailedException.class)
            .hasMessageContaining("simulated database failure");
        assertThat(count(store)).isEqualTo(1);
      }
    }
  }

  @Test
  void aCsvWithAMillionColumnsIsRefusedQuicklyAndWritesNothing() throws Exception {
    Path wide = TestFiles.write(dir, "wide.csv", "code,".repeat(1_000_000) + "wkt\nV1\n");
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = prepared(f);
      long start = System.nanoTime();
      assertThatThrownBy(() -> new Importer(store).run(ImportRequest.builder(wide, LAYER).build()))
          .isInstanceOf(ImportFailedException.class)
          .hasMessageContaining("more than 2000 columns");
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
      assertThat(count(store)).isEqualTo(1);
    }
  }

  @Test
  void aCancelBeforeTheFirstRowStopsTheImportBetweenStages() throws Exception {
    Path csv = rows(100, false);
    try (StoreFixture f = StoreFixture.open(Backend.H2GIS)) {
      FeatureStore store = prepared(f);
      CancelSignal cancel = new CancelSignal();
      cancel.cancel();
      assertThatThrownBy(
              () ->
                  new Importer(store)
                      .run(ImportRequest.builder(csv, LAYER).build(), p -> {}, cancel))
          .isInstanceOfSatisfying(
              ImportFailedException.class,
              e -> {
                assertThat(e.code()).isEqualTo("IMPORT_CANCELLED");
                assertThat(e.getMessage()).contains("while starting");
              });
      assertThat(count(store)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void cancellingWritesNothingAndProgressComesEvery10000Rows(Backend backend) throws Exception {
    Path csv = rows(25_000, false);
    try (StoreFixture f = StoreFixture.open(backend)) {
      FeatureStore store = prepared(f);
      CancelSignal cancel = new CancelSignal();
      List<Progress> seen = new java.util.ArrayList<>();
      ProgressListener listener =
          p -> {
            seen.add(p);
            if (p.rowsRead() >= 20_000) {
              cancel.cancel();
            }
          };
      assertThatThrownBy(
              () ->
                  new Importer(store)
                      .run(
                          ImportRequest.builder(csv, LAYER).crs("EPSG:4490").build(),
                          listener,
                          cancel))
          .isInstanceOfSatisfying(
              ImportFailedException.class, e -> assertThat(e.code()).isEqualTo("IMPORT_CANCELLED"));
      assertThat(count(store)).isEqualTo(1);
      // Progress comes at every 10,000 rows, and also once a second on a slow machine.
      assertThat(seen).extracting(Progress::rowsRead).contains(10_000L, 20_000L).isSorted();
      assertThat(seen.get(0).bytesRead()).isPositive();
      assertThat(seen.get(0).totalBytes()).isGreaterThan(seen.get(0).bytesRead());
    }
  }

  @Test
  void aRealPostgisErrorDuringCopyRollsBackAndDropsTheLayerItCreated() throws Exception {
    // PostgreSQL text cannot hold NUL: COPY fails on the server half-way through the file.
    StringBuilder b = new StringBuilder("code,name,wkt\n");
    for (int i = 0; i < 3_000; i++) {
      b.append("P")
          .append(i)
          .append(',')
          .append(i == 2_500 ? "bad\u0000name" : "ok")
          .append(",POINT (" + (116.0 + (i % 57) * 1e-3) + " " + (24.2 + (i / 57) * 1e-3) + ")\n");
    }
    Path csv = TestFiles.write(dir, "nul.csv", b.toString());
    try (StoreFixture f = StoreFixture.open(Backend.POSTGIS)) {
      FeatureStore store = f.store();
      assertThatThrownBy(
              () ->
                  new Importer(store)
                      .run(
                          ImportRequest.builder(csv, "parts")
                              .createLayer(NewLayer.of("部件", LayerKind.CITY_PART))
                              .build()))
          .isInstanceOfSatisfying(
              ImportFailedException.class,
              e -> {
                assertThat(e.report().layerCreated()).isTrue();
                assertThat(e.code()).isNotEqualTo("IMPORT_FAILED");
              });
      assertThat(store.layer("parts")).isEmpty();
    }
  }
}
