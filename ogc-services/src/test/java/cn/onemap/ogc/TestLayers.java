package cn.onemap.ogc;

import cn.onemap.core.catalog.AccessLevel;
import cn.onemap.core.catalog.AttributeDefinition;
import cn.onemap.core.catalog.AttributeType;
import cn.onemap.core.catalog.GeometryType;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.catalog.LayerKind;
import cn.onemap.core.feature.EditContext;
import cn.onemap.core.feature.FeatureEdit;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.core.testing.Wkt;
import cn.onemap.ogc.http.AccessPolicy;
import cn.onemap.ogc.http.OgcResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A tiny city for protocol tests: layer {@code poi} (points, public) with three features around
 * Meizhou, and layer {@code secret} (restricted), which the reader policy hides.
 *
 * <pre>
 *   lat 24.32  .  c(3)
 *   lat 24.30  b(2)
 *   lat 24.28  a(1)
 *        lon 116.10  116.12  116.14
 * </pre>
 */
public final class TestLayers {
  private TestLayers() {}

  public static void create(FeatureStore store) {
    store.createLayer(
        new LayerDefinition(
            "poi",
            "兴趣点",
            LayerKind.THEMATIC,
            GeometryType.POINT,
            List.of(
                AttributeDefinition.required("name", AttributeType.STRING, "名称"),
                AttributeDefinition.optional("level", AttributeType.INTEGER, "等级")),
            AccessLevel.PUBLIC,
            true,
            null));
    store.createLayer(
        new LayerDefinition(
            "secret",
            "保密管线",
            LayerKind.PIPELINE,
            GeometryType.POINT,
            List.of(AttributeDefinition.optional("name", AttributeType.STRING, "名称")),
            AccessLevel.RESTRICTED,
            true,
            null));
    store.apply(
        "poi",
        List.of(
            FeatureEdit.insert(
                "1", Wkt.read("POINT (116.10 24.28)"), Map.of("name", "梅州站", "level", 1)),
            FeatureEdit.insert(
                "2", Wkt.read("POINT (116.12 24.30)"), Map.of("name", "客都大道", "level", 2)),
            FeatureEdit.insert(
                "3", Wkt.read("POINT (116.14 24.32)"), Map.of("name", "剑英公园", "level", 3))),
        EditContext.by("test"));
    store.apply(
        "secret",
        List.of(FeatureEdit.insert("9", Wkt.read("POINT (116.11 24.29)"), Map.of("name", "x"))),
        EditContext.by("test"));
  }

  /** Reads public layers; may edit them when {@code edit}. */
  public static AccessPolicy reader(boolean edit) {
    return new AccessPolicy() {
      @Override
      public boolean canRead(LayerDefinition layer) {
        return layer.accessLevel() != AccessLevel.RESTRICTED;
      }

      @Override
      public boolean canEdit(LayerDefinition layer) {
        return edit;
      }

      @Override
      public String author() {
        return "editor1";
      }
    };
  }

  public static String body(OgcResponse r) {
    var out = new ByteArrayOutputStream();
    try {
      r.body().writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
