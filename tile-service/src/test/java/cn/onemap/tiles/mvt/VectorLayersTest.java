package cn.onemap.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.tiles.grid.TileMatrixSets;
import cn.onemap.tiles.tile.TileNotFoundException;
import cn.onemap.tiles.tile.Tileset;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorLayersTest {
  private static final LayerDefinition PIPES =
      LayerDefinition.of(
          "water_pipes",
          "给水管线",
          LayerKind.PIPELINE,
          GeometryType.LINESTRING,
          List.of(
              AttributeDefinition.optional("material", AttributeType.STRING, "材质"),
              AttributeDefinition.optional("diameter", AttributeType.INTEGER, "管径(mm)"),
              AttributeDefinition.optional("laid", AttributeType.DATE, "敷设日期"),
              AttributeDefinition.optional("open", AttributeType.BOOLEAN, "开启")));

  @Test
  void fieldsInSchemaOrderWithTileJsonTypesAndZoomsAsUrlLevels() {
    var ts = new Tileset("water_pipes", "给水管线", List.of(PIPES), Tileset.Kind.LAYER);
    var c = VectorLayers.of(ts, TileMatrixSets.standard().c()).get(0);
    assertThat(c.id()).isEqualTo("water_pipes");
    assertThat(c.description()).isEqualTo("给水管线");
    assertThat(c.fields())
        .containsExactly(
            java.util.Map.entry("id", "String"),
            java.util.Map.entry("material", "String"),
            java.util.Map.entry("diameter", "Number"),
            java.util.Map.entry("laid", "String"),
            java.util.Map.entry("open", "Boolean"));
    assertThat(c.labels()).containsEntry("diameter", "管径(mm)");
    assertThat(c.minzoom()).isEqualTo(1);
    assertThat(c.maxzoom()).isEqualTo(20);
    var m = VectorLayers.of(ts, TileMatrixSets.standard().webMercatorQuad()).get(0);
    assertThat(m.minzoom()).isZero();
  }

  @Test
  void labelTilesetsHaveNoVectorTiles() {
    var labels = new Tileset("basemap_labels", "底图注记", List.of(PIPES), Tileset.Kind.LABELS);
    assertThatThrownBy(() -> VectorLayers.of(labels, TileMatrixSets.standard().c()))
        .isInstanceOf(TileNotFoundException.class);
  }
}
