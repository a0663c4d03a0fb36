package cn.onemap.portal.thematic;

import cn.onemap.core.catalog.AttributeValues;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.portal.security.LayerAccess;
import cn.onemap.tiles.sld.SldWriter;
import cn.onemap.tiles.thematic.ClassMethod;
import cn.onemap.tiles.thematic.Thematic;
import cn.onemap.tiles.thematic.ThematicClass;
import cn.onemap.tiles.thematic.ThematicException;
import cn.onemap.tiles.thematic.ThematicSpec;
import cn.onemap.tiles.thematic.ThematicStyles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Makes thematic styles of readable layers (the one access check: {@link LayerAccess}). */
@RestController
@Tag(name = "专题图 Thematic maps")
class ThematicController {
  private final LayerAccess access;
  private final ThematicStyles styles;

  ThematicController(FeatureStore store, LayerAccess access) {
    this.access = access;
    this.styles = new ThematicStyles(store);
  }

  /**
   * The request: {@code type} category | graduated | heat; {@code attribute} (category, graduated);
   * {@code method} equal | quantile | jenks and {@code classes} 2–12 (graduated); {@code palette};
   * {@code radius} in pixels 2–100 and optional {@code weight} attribute (heat); {@code asOf} (ISO
   * 8601, as WMS TIME) classifies the features as they were then, for a map drawn as of that date.
   */
  record ThematicRequest(
      String type,
      String attribute,
      String method,
      Integer classes,
      String palette,
      Integer radius,
      String weight,
      String asOf) {}

  /** The made style: its name for WMS STYLES, its SLD 1.0 text and its legend classes. */
  record ThematicView(
      String styleId,
      String layer,
      String type,
      String title,
      String sld,
      List<ThematicClass> classes,
      long features,
      boolean truncated,
      String legendUrl) {}

  @PostMapping("/api/layers/{layerId}/thematic")
  @Operation(
      summary =
          "Make a thematic style of a layer (category by value in the code list's colours, graduated"
              + " classes by equal interval/quantile/Jenks, or a heat map) from its data: its SLD 1.0"
              + " and a style name the WMS draws (GetMap STYLES, GetLegendGraphic STYLE)")
  @ApiResponse(responseCode = "400", description = "unknown attribute, wrong type, bad parameter")
  @ApiResponse(responseCode = "404", description = "no such readable layer")
  ThematicView make(@PathVariable String layerId, @RequestBody ThematicRequest body) {
    LayerDefinition layer = access.requireReadable(layerId);
    ThematicSpec spec = spec(body);
    Optional<Instant> asOf = asOf(body.asOf());
    Thematic t = styles.make(layer, spec, asOf);
    String name = spec.styleName();
    String legend =
        "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER="
            + URLEncoder.encode(layer.id(), StandardCharsets.UTF_8)
            + "&STYLE="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + asOf.map(at -> "&TIME=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8))
                .orElse("");
    return new ThematicView(
        name,
        layer.id(),
        spec.type().key(),
        t.style().title(),
        SldWriter.write(layer.id(), t.style()),
        t.classes(),
        t.features(),
        t.truncated(),
        legend);
  }

  static ThematicSpec spec(ThematicRequest body) {
    if (body == null) {
      throw invalid("body", "a JSON body with type and attribute is required");
    }
    ThematicSpec.Type type =
        ThematicSpec.Type.parse(body.type())
            .orElseThrow(() -> invalid("type", "type must be category, graduated or heat"));
    return switch (type) {
      case CATEGORY -> ThematicSpec.category(required(body.attribute()), body.palette());
      case GRADUATED ->
          ThematicSpec.graduated(
              required(body.attribute()),
              body.method() == null || body.method().isBlank()
                  ? ClassMethod.EQUAL_INTERVAL
                  : ClassMethod.parse(body.method())
                      .orElseThrow(
                          () -> invalid("method", "method must be equal, quantile or jenks")),
              body.classes() == null ? ThematicSpec.DEFAULT_CLASSES : body.classes(),
              body.palette());
      case HEAT ->
          ThematicSpec.heat(
              Optional.ofNullable(body.weight()).filter(w -> !w.isBlank()),
              body.radius() == null ? ThematicSpec.DEFAULT_RADIUS : body.radius(),
              body.palette());
    };
  }

  private static Optional<Instant> asOf(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AttributeValues.parseInstant(text.strip()));
    } catch (DateTimeParseException e) {
      throw invalid(
          "asOf",
          "asOf '"
              + text
              + "' is not an ISO-8601 date or time such as 2025-06-01 or"
              + " 2025-06-01T08:00:00+08:00");
    }
  }

  private static String required(String attribute) {
    if (attribute == null || attribute.isBlank()) {
      throw invalid("attribute", "attribute is required");
    }
    return attribute;
  }

  private static ThematicException invalid(String parameter, String message) {
    return new ThematicException(message, Map.of("parameter", parameter));
  }
}
