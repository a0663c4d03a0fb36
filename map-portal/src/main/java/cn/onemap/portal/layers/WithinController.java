package cn.onemap.portal.layers;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.crs.MetricBufferOp;
import cn.onemap.core.filter.LayerProperties;
import cn.onemap.core.geom.GeometryCodec;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.LayerAccess;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Buffer and select: the features of a layer that intersect the buffer of a drawn or selected
 * geometry, the buffer computed in metres on the Gauss-Krüger plane ({@link MetricBufferOp}).
 */
@RestController
@Tag(name = "图层 Layers")
class WithinController {
  /** Largest request body: a drawn shape or a selected feature, not a layer. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Most vertices in the input geometry. */
  static final int MAX_POINTS = 20_000;

  private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

  private final FeatureStore store;
  private final LayerAccess access;
  private final ObjectMapper json;
  private final PortalProperties.Limits limits;

  WithinController(
      FeatureStore store, LayerAccess access, ObjectMapper json, PortalProperties properties) {
    this.store = store;
    this.access = access;
    this.json = json;
    this.limits = properties.limits();
  }

  @PostMapping(
      value = "/api/layers/{layerId}/features/within",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = "application/geo+json")
  @Operation(
      summary = "Features within a distance (metres) of a geometry: buffer and select",
      description =
          "Body: {geometry: GeoJSON geometry or Feature in EPSG:4490 lon/lat, distance: metres"
              + " (0..100000, default 0), asOf?: ISO-8601, limit?: features to return}. The"
              + " geometry is buffered on the CGCS2000 Gauss-Krüger 3° plane of its centroid"
              + " (EPSG:4548 in Meizhou) and the layer's features intersecting the buffer are"
              + " returned as a FeatureCollection with numberMatched, the buffer (member"
              + " 'buffer', EPSG:4490) and the plane used ('plane').",
      requestBody =
          @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              value =
                                  "{\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.12,24.29]},"
                                      + "\"distance\":200}"))),
      responses = {
        @ApiResponse(responseCode = "200", description = "the features inside the buffer"),
        @ApiResponse(responseCode = "400", description = "bad geometry, distance or limit"),
        @ApiResponse(responseCode = "404", description = "no such readable layer"),
        @ApiResponse(responseCode = "413", description = "body over 1 MB")
      })
  ResponseEntity<StreamingResponseBody> within(
      @PathVariable String layerId, HttpServletRequest request) throws IOException {
    LayerDefinition layer = access.requireReadable(layerId);
    JsonNode body = readBody(request);
    Geometry geometry = geometry(body);
    double distance = number(body, "distance", 0);
    MetricBufferOp op = new MetricBufferOp(geometry, distance);
    Geometry buffer = op.getResultGeometry();
    int limit = (int) number(body, "limit", limits.defaultFeatures());
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    int pageSize = Math.min(limit, limits.maxFeatures());
    FeatureQuery.Builder q =
        FeatureQuery.layer(layer.id())
            .filter(
                FF.intersects(FF.property(LayerProperties.GEOMETRY_COLUMN), FF.literal(buffer)));
    JsonNode asOf = body.get("asOf");
    if (asOf != null && !asOf.isNull() && !asOf.asText().isBlank()) {
      q.asOf(FeatureRequest.instant(asOf.asText()));
    }
    long matched = store.count(q.build());
    FeatureCursor cursor = store.query(q.limit(pageSize).build());
    GeoJsonFeatureWriter writer =
        new GeoJsonFeatureWriter(layer, WireCrs.storage())
            .withVersion()
            .withCodeNames(CodeNames.of(layer, store::codeList));
    String plane = op.planeCode();
    StreamingResponseBody out =
        stream -> {
          try (cursor;
              JsonGenerator g = json.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeNumberField("numberMatched", matched);
            g.writeNumberField("distance", distance);
            g.writeStringField("plane", plane);
            g.writeFieldName("buffer");
            GeoJsonFeatureWriter.geometry(g, buffer);
            g.writeArrayFieldStart("features");
            long returned = 0;
            while (cursor.hasNext()) {
              writer.write(g, cursor.next());
              returned++;
            }
            g.writeEndArray();
            g.writeNumberField("numberReturned", returned);
            g.writeEndObject();
          }
        };
    return ResponseEntity.ok().contentType(LayerController.GEO_JSON).body(out);
  }

  private JsonNode readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw tooLarge();
      }
      JsonNode body;
      try {
        body = json.readTree(bytes);
      } catch (IOException e) {
        throw new IllegalArgumentException("the request body is not valid JSON");
      }
      if (body == null || !body.isObject()) {
        throw new IllegalArgumentException(
            "the body must be a JSON object {geometry, distance, asOf?, limit?}");
      }
      return body;
    }
  }

  private static cn.onemap.core.GisException tooLarge() {
    return new cn.onemap.core.GisException(
        "UPLOAD_TOO_LARGE",
        "the body exceeds " + MAX_BODY_BYTES / 1024 + " KB; send a simpler geometry",
        java.util.Map.of("maxBytes", MAX_BODY_BYTES),
        null);
  }

  /** The body's geometry: a GeoJSON geometry object, or a Feature's geometry. */
  private static Geometry geometry(JsonNode body) {
    JsonNode node = body.get("geometry");
    if (node != null && "Feature".equals(node.path("type").asText())) {
      node = node.get("geometry");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("geometry: a GeoJSON geometry object is required");
    }
    Geometry g = GeometryCodec.cgcs2000().fromGeoJson(node.toString());
    if (g.getNumPoints() > MAX_POINTS) {
      throw new IllegalArgumentException(
          "geometry has " + g.getNumPoints() + " points; the limit is " + MAX_POINTS);
    }
    if (!g.isValid()) {
      g = g.buffer(0);
    }
    return g;
  }

  private static double number(JsonNode body, String field, double fallback) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return fallback;
    }
    if (!n.isNumber()) {
      throw new IllegalArgumentException(field + " must be a number, not " + n);
    }
    return n.asDouble();
  }
}
