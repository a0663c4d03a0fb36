package cn.onemap.portal.layers;

import cn.onemap.core.catalog.CodeNames;
import cn.onemap.core.catalog.LayerDefinition;
import cn.onemap.core.feature.Feature;
import cn.onemap.core.store.FeatureCursor;
import cn.onemap.core.store.FeatureNotFoundException;
import cn.onemap.core.store.FeatureQuery;
import cn.onemap.core.store.FeatureStore;
import cn.onemap.ogc.export.ExportFormat;
import cn.onemap.ogc.export.ExportOptions;
import cn.onemap.ogc.export.Exports;
import cn.onemap.ogc.gml.WireCrs;
import cn.onemap.ogc.http.OgcResponse;
import cn.onemap.ogc.wfs.GeoJsonFeatureWriter;
import cn.onemap.portal.config.PortalProperties;
import cn.onemap.portal.security.LayerAccess;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The catalog and features over REST; every endpoint checks the caller's layer access first. */
@RestController
@Tag(name = "图层 Layers")
class LayerController {
  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final FeatureStore store;
  private final LayerAccess access;
  private final ObjectMapper json;
  private final PortalProperties.Limits limits;
  private final LayerViews views;

  LayerController(
      FeatureStore store,
      LayerAccess access,
      ObjectMapper json,
      PortalProperties properties,
      LayerViews views) {
    this.store = store;
    this.views = views;
    this.access = access;
    this.json = json;
    this.limits = properties.limits();
  }

  @GetMapping("/api/layers")
  @Operation(summary = "Layers the caller may read, with their attribute schemas and extents")
  List<LayerView> layers() {
    return access.readableLayers().stream().map(this::view).toList();
  }

  @GetMapping("/api/layers/{layerId}")
  @Operation(summary = "One layer")
  LayerView layer(@PathVariable String layerId) {
    return view(access.requireReadable(layerId));
  }

  @GetMapping(
      value = "/api/layers/{layerId}/features",
      produces = {
        "application/geo+json",
        "application/json",
        "text/csv",
        "application/vnd.google-earth.kml+xml",
        "application/geopackage+sqlite3",
        "application/zip"
      })
  @Operation(
      summary =
          "Features as a GeoJSON FeatureCollection (lon/lat, EPSG:4490), streamed; or a download"
              + " (f=csv|geojson|kml|gpkg|shp, or Accept) of the whole filtered result in any CRS")
  ResponseEntity<StreamingResponseBody> features(
      @PathVariable String layerId,
      @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false)
          String bbox,
      @Parameter(description = "ECQL, e.g. diameter >= 300 AND material = 'PE'")
          @RequestParam(required = false)
          String filter,
      @Parameter(description = "state at this instant (ISO-8601)") @RequestParam(required = false)
          String asOf,
      @Parameter(description = "e.g. name,-diameter") @RequestParam(required = false) String sortBy,
      @RequestParam(required = false) Integer limit,
      @RequestParam(defaultValue = "0") long offset,
      @Parameter(
              description =
                  "download format: csv (UTF-8 with BOM, WKT), geojson, kml, gpkg (GeoPackage) or"
                      + " shp (zipped Shapefile); without it the paged GeoJSON page, unless Accept"
                      + " names text/csv, application/vnd.google-earth.kml+xml,"
                      + " application/geopackage+sqlite3 or application/zip")
          @RequestParam(required = false)
          String f,
      @Parameter(
              description = "output CRS, e.g. EPSG:4490 (default), EPSG:4326, EPSG:3857, EPSG:4548")
          @RequestParam(required = false)
          String crs,
      @Parameter(description = "attributes to return, comma-separated (default all)")
          @RequestParam(required = false)
          String properties,
      @Parameter(description = "only these feature ids, comma-separated (a selection)")
          @RequestParam(required = false)
          String ids,
      @Parameter(description = "Shapefile DBF encoding: UTF-8 (default) or GBK")
          @RequestParam(required = false)
          String charset,
      @Parameter(description = "CSV header: names (default) or labels (Chinese)")
          @RequestParam(required = false)
          String headers,
      @Parameter(hidden = true) @RequestHeader(value = "Accept", required = false) String accept) {
    LayerDefinition layer = access.requireReadable(layerId);
    int pageSize = limit == null ? limits.defaultFeatures() : Math.min(limit, limits.maxFeatures());
    if (pageSize < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0");
    }
    FeatureQuery.Builder builder = FeatureRequest.query(layer, bbox, filter, asOf, sortBy, ids);
    Optional<List<String>> names = FeatureRequest.properties(layer, properties);
    names.ifPresent(builder::properties);
    WireCrs wireCrs = FeatureRequest.crs(crs);
    Optional<ExportFormat> export = FeatureRequest.export(f, accept);
    long matched = store.count(builder.build());
    if (export.isPresent()) {
      return download(
          layer, export.get(), builder, names, matched, limit, offset, wireCrs, charset, headers);
    }
    FeatureQuery page = builder.offset(offset).limit(pageSize).build();
    FeatureCursor cursor = store.query(page);
    GeoJsonFeatureWriter writer = geoJson(layer, wireCrs);
    StreamingResponseBody body =
        out -> {
          try (cursor) {
            writeCollection(out, writer, cursor, matched, offset, pageSize);
          }
        };
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }

  /**
   * The whole filtered result as a file: refused (400) when it is larger than {@code
   * onemap.limits.max-features} and no {@code limit} was given, since a file has no next page.
   */
  private ResponseEntity<StreamingResponseBody> download(
      LayerDefinition layer,
      ExportFormat format,
      FeatureQuery.Builder builder,
      Optional<List<String>> names,
      long matched,
      Integer limit,
      long offset,
      WireCrs crs,
      String charset,
      String headers) {
    int max = limits.maxFeatures();
    if (limit == null && matched - offset > max) {
      throw new ExportTooLargeException(layer.id(), matched - offset, max);
    }
    ExportOptions options =
        ExportOptions.defaults()
            .withCrs(crs)
            .withCharset(
                Optional.ofNullable(charset).filter(c -> !c.isBlank()).map(ExportOptions::charset))
            .withLabelHeaders("labels".equals(headers));
    OgcResponse r =
        Exports.response(
            format,
            layer,
            Exports.attributes(layer, names),
            store,
            builder.offset(offset).limit(limit == null ? max : Math.min(limit, max)).build(),
            options);
    var response =
        ResponseEntity.status(r.status()).contentType(MediaType.parseMediaType(r.contentType()));
    r.headers().forEach(response::header);
    StreamingResponseBody body = out -> r.body().writeTo(out);
    return response.body(body);
  }

  @GetMapping(
      value = "/api/layers/{layerId}/features/{featureId}",
      produces = "application/geo+json")
  @Operation(summary = "One feature, current or as of an instant")
  ResponseEntity<StreamingResponseBody> feature(
      @PathVariable String layerId,
      @PathVariable String featureId,
      @RequestParam(required = false) String asOf) {
    LayerDefinition layer = access.requireReadable(layerId);
    Feature feature =
        (asOf == null || asOf.isBlank()
                ? store.get(layerId, featureId)
                : store.get(layerId, featureId, FeatureRequest.instant(asOf)))
            .orElseThrow(() -> new FeatureNotFoundException(layerId, featureId));
    StreamingResponseBody body =
        out -> {
          try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            geoJson(layer).write(g, feature);
          }
        };
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }

  @GetMapping(
      value = "/api/layers/{layerId}/features/{featureId}/history",
      produces = "application/geo+json")
  @Operation(summary = "Every version of a feature, oldest first, deletions included")
  ResponseEntity<StreamingResponseBody> history(
      @PathVariable String layerId, @PathVariable String featureId) {
    LayerDefinition layer = access.requireReadable(layerId);
    List<Feature> versions = store.history(layerId, featureId);
    StreamingResponseBody body =
        out -> {
          try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            GeoJsonFeatureWriter writer = geoJson(layer);
            for (Feature f : versions) {
              writer.write(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
        };
    return ResponseEntity.ok().contentType(GEO_JSON).body(body);
  }

  /**
   * GeoJSON as OGC API and WFS write it (lon, lat), plus each feature's version provenance and the
   * Chinese names of its coded values ({@code "names": {"category": "给水"}}).
   */
  private GeoJsonFeatureWriter geoJson(LayerDefinition layer) {
    return geoJson(layer, WireCrs.storage());
  }

  private GeoJsonFeatureWriter geoJson(LayerDefinition layer, WireCrs crs) {
    return new GeoJsonFeatureWriter(layer, crs)
        .withVersion()
        .withCodeNames(CodeNames.of(layer, store::codeList));
  }

  private void writeCollection(
      OutputStream out,
      GeoJsonFeatureWriter writer,
      FeatureCursor cursor,
      long matched,
      long offset,
      int pageSize)
      throws IOException {
    try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeNumberField("numberMatched", matched);
      g.writeArrayFieldStart("features");
      long returned = 0;
      while (cursor.hasNext()) {
        writer.write(g, cursor.next());
        returned++;
      }
      g.writeEndArray();
      g.writeNumberField("numberReturned", returned);
      if (offset + returned < matched) {
        g.writeNumberField("nextOffset", offset + returned);
      }
      g.writeEndObject();
    }
  }

  private LayerView view(LayerDefinition layer) {
    return views.of(layer);
  }
}
