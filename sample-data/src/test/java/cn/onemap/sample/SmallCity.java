package cn.onemap.sample;

import cn.onemap.core.feature.FeatureEdit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SMALL city, built once per test JVM, with every layer's features materialised. */
final class SmallCity {
  private static SampleCity city;
  private static Map<String, List<FeatureEdit.Insert>> features;

  private SmallCity() {}

  static synchronized SampleCity city() {
    if (city == null) {
      city = SampleCity.of(CitySize.SMALL);
    }
    return city;
  }

  static synchronized Map<String, List<FeatureEdit.Insert>> features() {
    if (features == null) {
      features = materialise(city());
    }
    return features;
  }

  static List<FeatureEdit.Insert> layer(String id) {
    List<FeatureEdit.Insert> list = features().get(id);
    if (list == null) {
      throw new IllegalArgumentException("no layer " + id);
    }
    return list;
  }

  static Map<String, List<FeatureEdit.Insert>> materialise(SampleCity c) {
    var map = new LinkedHashMap<String, List<FeatureEdit.Insert>>();
    for (LayerSource s : c.layers()) {
      var list = new ArrayList<FeatureEdit.Insert>();
      for (Iterator<FeatureEdit.Insert> it = s.features().get(); it.hasNext(); ) {
        list.add(it.next());
      }
      map.put(s.id(), list);
    }
    return map;
  }
}
