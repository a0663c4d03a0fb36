package cn.onemap.sample.pipes;

import cn.onemap.sample.CityModel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pipe networks of a city, each built once on first use (points, segments and covers share
 * them).
 */
public final class PipeNetworks {
  private final CityModel city;
  private final Map<PipeKind, PipeNetwork> built = new EnumMap<>(PipeKind.class);

  public PipeNetworks(CityModel city) {
    this.city = city;
  }

  public synchronized PipeNetwork get(PipeKind kind) {
    return built.computeIfAbsent(kind, k -> PipeNetwork.build(city, k));
  }

  public CityModel city() {
    return city;
  }
}
