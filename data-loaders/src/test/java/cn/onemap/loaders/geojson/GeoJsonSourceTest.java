package cn.onemap.loaders.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.loaders.crs.DetectedCrs;
import cn.onemap.loaders.qc.IssueCode;
import cn.onemap.loaders.source.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonSourceTest {
  @TempDir Path dir;

  @Test
  void streamsFeaturesWithCrsMemberBadGeometriesAndNestedProperties() throws Exception {
    Path f = dir.resolve("a.geojson");
    Files.writeString(
        f,
        """
        {"type":"FeatureCollection","name":"x","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4548"}},
         "features":[
          {"type":"Feature","id":7,"properties":{"名称":"阀门","n":3,"d":2.5,"ok":true,"tags":{"a":[1,2]}},
           "geometry":{"coordinates":[500000,2690000],"type":"Point"}},
          {"type":"Feature","properties":{"名称":"坏"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}},
          {"type":"Feature","properties":null,"geometry":null},
          {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8,9]]]}}
         ]}
        """);
    List<SourceRecord> rows = new ArrayList<>();
    try (GeoJsonSource s = GeoJsonSource.open(f)) {
      assertThat(s.declaredCrs().orElseThrow().code()).isEqualTo("EPSG:4548");
      assertThat(s.declaredCrs().orElseThrow().how()).isEqualTo(DetectedCrs.How.GEOJSON_MEMBER);
      s.forEachRemaining(rows::add);
    }
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).values())
        .containsEntry("名称", "阀门")
        .containsEntry("n", 3)
        .containsEntry("d", 2.5)
        .containsEntry("ok", true)
        .containsEntry("tags", "{\"a\":[1,2]}")
        .containsEntry("id", 7);
    assertThat(rows.get(0).geometry().orElseThrow().toText()).isEqualTo("POINT (500000 2690000)");
    assertThat(rows.get(1).rejection().orElseThrow().code())
        .isEqualTo(IssueCode.GEOMETRY_PARSE_ERROR);
    assertThat(rows.get(1).rejection().orElseThrow().message()).contains("at least 4 positions");
    assertThat(rows.get(2).geometry()).isEmpty();
    assertThat(rows.get(2).rejection()).isEmpty();
    assertThat(rows.get(3).geometry().orElseThrow().getNumPoints()).isEqualTo(4);
    assertThat(rows.get(3).row()).isEqualTo(4);
  }
}
