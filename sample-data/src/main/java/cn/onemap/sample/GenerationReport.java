package cn.onemap.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one generation produced.
 *
 * @param size the size generated
 * @param counts current features per layer id after generation (history applied), in load order
 * @param loadTimes time spent producing and loading each layer
 * @param renamedStreets streets whose history holds a former name
 * @param buildingHistory the buildings built and demolished after the baseline, with the expected
 *     as-of counts
 * @param bureauFiles the bureau CSVs and answer files written
 * @param realOutlines whether the county outlines came from the npm package (else the fallback)
 * @param elapsed the whole generation
 */
public record GenerationReport(
    CitySize size,
    Map<String, Long> counts,
    Map<String, Duration> loadTimes,
    int renamedStreets,
    cn.onemap.sample.history.BuildingHistory buildingHistory,
    List<Path> bureauFiles,
    boolean realOutlines,
    Duration elapsed) {

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Features of every layer whose id starts with the prefix (e.g. "pipe_" and "_segments"). */
  public long count(String prefix, String suffix) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(suffix))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
