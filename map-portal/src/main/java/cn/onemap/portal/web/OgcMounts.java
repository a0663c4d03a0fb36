package cn.onemap.portal.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;

/**
 * The OGC mounts in the OpenAPI document. The services dispatch on KVP parameters, not on paths, so
 * the handler methods map every HTTP method and springdoc would list seven bare operations per
 * mount; here each mount is described once, GET with its main parameters and POST with an XML body.
 * The OGC API's own, standard-conformant description is served at {@code /ogcapi/api}.
 */
final class OgcMounts {
  private static final String TAG = "OGC 服务 OGC services";

  private OgcMounts() {}

  static void describe(OpenAPI api) {
    Paths paths = api.getPaths() == null ? new Paths() : api.getPaths();
    paths
        .keySet()
        .removeIf(
            p ->
                List.of(
                        "/ows", "/wms", "/wfs", "/wmts", "/tiles", "/ogcapi", "/vec_c", "/cva_c",
                        "/vec_w", "/cva_w")
                    .stream()
                    .anyMatch(m -> p.equals(m) || p.startsWith(m + "/")));
    paths.addPathItem(
        "/ows",
        kvpAndXml(
            "OGC web services: WMS 1.3.0/1.1.1 and WFS 2.0.0/1.1.0, chosen by SERVICE",
            concat(List.of(service(true)), common(), wms(), wfs())));
    paths.addPathItem(
        "/wms",
        kvpAndXml(
            "WMS 1.3.0/1.1.1 (SERVICE=WMS implied): GetCapabilities, GetMap, GetFeatureInfo,"
                + " GetLegendGraphic",
            concat(common(), wms())));
    paths.addPathItem(
        "/wfs",
        kvpAndXml(
            "WFS 2.0.0/1.1.0 (SERVICE=WFS implied): GetCapabilities, DescribeFeatureType,"
                + " GetFeature, Transaction (XML POST)",
            concat(common(), wfs())));
    paths.addPathItem("/ogcapi/{resource}", ogcApi());
    paths.addPathItem("/wmts", wmtsKvp());
    paths.addPathItem(
        "/wmts/{layer}/{style}/{tileMatrixSet}/{tileMatrix}/{tileRow}/{tileCol}.{format}",
        tile(
            "WMTS 1.0.0 RESTful tile (format png, png8 or jpg); ?time= on layers with history",
            List.of(
                "layer", "style", "tileMatrixSet", "tileMatrix", "tileRow", "tileCol", "format"),
            q("time", "valid time (ISO 8601) of layers with history", new StringSchema())));
    paths.addPathItem(
        "/wmts/1.0.0/WMTSCapabilities.xml",
        new PathItem()
            .get(
                new Operation()
                    .addTagsItem(TAG)
                    .summary("WMTS 1.0.0 capabilities (RESTful)")
                    .addParametersItem(apikey())
                    .responses(responses())));
    paths.addPathItem(
        "/tiles/{tileset}/{tileMatrixSet}/{z}/{x}/{y}.{format}",
        tile(
            "XYZ tile: x = column, y = row from the top, z = the set's level identifier"
                + " (Tianditu c/w from 1, OGC quads from 0); format png, png8, jpg (mvt, pbf:"
                + " vector tiles)",
            List.of("tileset", "tileMatrixSet", "z", "x", "y", "format"),
            q("time", "valid time (ISO 8601) of tilesets with history", new StringSchema())));
    paths.addPathItem(
        "/tiles/{tileset}/{tileMatrixSet}.json",
        tile(
            "TileJSON 3.0 of a tileset in a tile matrix set",
            List.of("tileset", "tileMatrixSet"),
            q(
                "format",
                "extension of the tile URLs: png (default), png8, jpg, mvt",
                new StringSchema())));
    api.setPaths(paths);
  }

  private static PathItem kvpAndXml(String summary, List<Parameter> parameters) {
    Operation get =
        new Operation()
            .addTagsItem(TAG)
            .summary(summary + " — key-value parameters")
            .parameters(parameters)
            .responses(responses());
    Operation post =
        new Operation()
            .addTagsItem(TAG)
            .summary(summary + " — XML request body")
            .addParametersItem(apikey())
            .requestBody(
                new RequestBody()
                    .required(true)
                    .description("an OGC XML request (wfs:GetFeature, wfs:Transaction, GetMap, …)")
                    .content(
                        new Content()
                            .addMediaType(
                                "application/xml", new MediaType().schema(new StringSchema()))
                            .addMediaType("text/xml", new MediaType().schema(new StringSchema()))))
            .responses(responses());
    return new PathItem().get(get.operationId(null)).post(post);
  }

  private static PathItem wmtsKvp() {
    List<Parameter> params =
        List.of(
            q(
                    "REQUEST",
                    "the operation",
                    new StringSchema()
                        ._enum(List.of("GetCapabilities", "GetTile", "GetFeatureInfo")))
                .required(true),
            q("VERSION", "1.0.0", new StringSchema()),
            q(
                "LAYER",
                "basemap, basemap_labels or a layer id (vec, cva: Tianditu's names)",
                new StringSchema()),
            q("STYLE", "default or a named style", new StringSchema()),
            q(
                "TILEMATRIXSET",
                "c, w, WorldCRS84Quad, WebMercatorQuad, MeizhouGK",
                new StringSchema()),
            q("TILEMATRIX", "level identifier", new StringSchema()),
            q("TILEROW", "row from the top", new IntegerSchema()),
            q("TILECOL", "column from the left", new IntegerSchema()),
            q("FORMAT", "image/png, image/png8, image/jpeg (tiles = PNG)", new StringSchema()),
            q("TIME", "valid time (ISO 8601) of layers with history", new StringSchema()),
            q(
                "INFOFORMAT",
                "text/html, application/json, application/vnd.ogc.gml",
                new StringSchema()),
            q("I", "pixel column in the tile (GetFeatureInfo)", new IntegerSchema()),
            q("J", "pixel row in the tile (GetFeatureInfo)", new IntegerSchema()),
            apikey());
    return new PathItem()
        .get(
            new Operation()
                .addTagsItem(TAG)
                .summary(
                    "WMTS 1.0.0 (SERVICE=WMTS implied), key-value parameters; also under"
                        + " Tianditu's paths /vec_c/wmts, /cva_c/wmts, /vec_w/wmts, /cva_w/wmts")
                .parameters(params)
                .responses(responses()));
  }

  private static PathItem tile(String summary, List<String> pathParams, Parameter query) {
    var params = new ArrayList<Parameter>();
    for (String p : pathParams) {
      params.add(new PathParameter().name(p).required(true).schema(new StringSchema()));
    }
    params.add(query);
    params.add(apikey());
    ApiResponses r =
        responses()
            .addApiResponse("304", new ApiResponse().description("Not Modified (If-None-Match)"))
            .addApiResponse("404", new ApiResponse().description("no such tileset or tile"));
    return new PathItem()
        .get(new Operation().addTagsItem(TAG).summary(summary).parameters(params).responses(r));
  }

  private static PathItem ogcApi() {
    var params = new ArrayList<Parameter>();
    params.add(
        new PathParameter()
            .name("resource")
            .description(
                "the resource below /ogcapi, slashes included: (empty) landing page,"
                    + " conformance, api, collections, collections/{collectionId},"
                    + " collections/{collectionId}/items, collections/{collectionId}/items/{featureId}")
            .schema(new StringSchema()));
    params.add(
        q(
            "f",
            "encoding: json or html; on items also a download: csv (UTF-8 with BOM), kml, gpkg"
                + " (GeoPackage) or shp (zipped Shapefile), also chosen by Accept",
            new StringSchema()
                ._enum(List.of("json", "html", "csv", "geojson", "kml", "gpkg", "shp"))));
    params.add(
        q("properties", "download: attributes to include, comma-separated", new StringSchema()));
    params.add(
        q(
            "charset",
            "download f=shp: DBF encoding",
            new StringSchema()._enum(List.of("UTF-8", "GBK"))));
    params.add(
        q(
            "headers",
            "download f=csv: names (default) or labels (Chinese column titles)",
            new StringSchema()._enum(List.of("names", "labels"))));
    params.add(
        q("limit", "features per page", new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
    params.add(q("bbox", "minx,miny,maxx,maxy (CRS84 unless bbox-crs)", new StringSchema()));
    params.add(q("datetime", "instant or interval (valid time)", new StringSchema()));
    params.add(q("filter", "CQL2 text filter (Part 3)", new StringSchema()));
    params.add(
        q(
            "crs",
            "response CRS (Part 2), e.g. http://www.opengis.net/def/crs/EPSG/0/4490",
            new StringSchema()));
    params.add(apikey());
    Operation get =
        new Operation()
            .addTagsItem(TAG)
            .summary(
                "OGC API – Features (Part 1 Core, Part 2 CRS, Part 3 CQL2 text); its standard"
                    + " description is at /ogcapi/api")
            .parameters(params)
            .responses(responses());
    return new PathItem().get(get);
  }

  private static ApiResponses responses() {
    return new ApiResponses()
        .addApiResponse(
            "200",
            new ApiResponse()
                .description(
                    "capabilities (XML), a map (image/png, image/jpeg), features (GML, GeoJSON)")
                .content(
                    new Content()
                        .addMediaType("application/xml", new MediaType().schema(new StringSchema()))
                        .addMediaType("application/json", new MediaType().schema(new Schema<>()))
                        .addMediaType(
                            "image/png",
                            new MediaType().schema(new StringSchema().format("binary")))))
        .addApiResponse(
            "400",
            new ApiResponse()
                .description("an OGC exception report (code and locator)")
                .content(
                    new Content()
                        .addMediaType(
                            "application/xml", new MediaType().schema(new StringSchema()))))
        .addApiResponse(
            "401",
            new ApiResponse().description("a wrong, expired or revoked API key or password"));
  }

  private static List<Parameter> common() {
    return List.of(
        q("VERSION", "1.3.0 or 1.1.1 (WMS), 2.0.0 or 1.1.0 (WFS)", new StringSchema()),
        q(
                "REQUEST",
                "the operation",
                new StringSchema()
                    ._enum(
                        List.of(
                            "GetCapabilities",
                            "GetMap",
                            "GetFeatureInfo",
                            "GetLegendGraphic",
                            "DescribeFeatureType",
                            "GetFeature",
                            "Transaction")))
            .required(true),
        apikey());
  }

  private static Parameter service(boolean required) {
    return q("SERVICE", "WMS or WFS", new StringSchema()._enum(List.of("WMS", "WFS")))
        .required(required);
  }

  private static List<Parameter> wms() {
    return List.of(
        q("LAYERS", "comma-separated layer names (GetMap)", new StringSchema()),
        q("STYLES", "comma-separated style names, one per layer", new StringSchema()),
        q("CRS", "map CRS (1.3.0), e.g. EPSG:4490, EPSG:3857, EPSG:4548", new StringSchema()),
        q("SRS", "map CRS (1.1.1)", new StringSchema()),
        q("BBOX", "minx,miny,maxx,maxy in the CRS's axis order", new StringSchema()),
        q("WIDTH", "image width in pixels", new IntegerSchema()),
        q("HEIGHT", "image height in pixels", new IntegerSchema()),
        q("FORMAT", "image/png, image/jpeg", new StringSchema()),
        q("TRANSPARENT", "TRUE or FALSE", new StringSchema()),
        q("TIME", "valid time of the versioned layers", new StringSchema()),
        q("CQL_FILTER", "ECQL filter per layer", new StringSchema()),
        q("QUERY_LAYERS", "layers to identify (GetFeatureInfo)", new StringSchema()),
        q("I", "pixel column (GetFeatureInfo 1.3.0)", new IntegerSchema()),
        q("J", "pixel row (GetFeatureInfo 1.3.0)", new IntegerSchema()),
        q("INFO_FORMAT", "text/html, application/json, …", new StringSchema()));
  }

  private static List<Parameter> wfs() {
    return List.of(
        q("TYPENAMES", "feature types (2.0.0; TYPENAME in 1.1.0)", new StringSchema()),
        q("TYPENAME", "feature types (1.1.0)", new StringSchema()),
        q("COUNT", "most features (2.0.0; MAXFEATURES in 1.1.0)", new IntegerSchema()),
        q("STARTINDEX", "paging offset", new IntegerSchema()),
        q(
            "OUTPUTFORMAT",
            "GML 3.2/3.1.1, application/json, or a download of one feature type: csv, KML"
                + " (application/vnd.google-earth.kml+xml), application/geopackage+sqlite3,"
                + " SHAPE-ZIP (application/zip); vendor CHARSET=GBK or FORMAT_OPTIONS=charset:GBK"
                + " for the Shapefile",
            new StringSchema()),
        q("SRSNAME", "response CRS", new StringSchema()),
        q("PROPERTYNAME", "attributes to return", new StringSchema()),
        q("FILTER", "FES filter (XML)", new StringSchema()),
        q("RESOURCEID", "feature ids", new StringSchema()));
  }

  private static Parameter apikey() {
    return q(
        "apikey", "API key, for clients that cannot send the X-API-Key header", new StringSchema());
  }

  private static Parameter q(String name, String description, Schema<?> schema) {
    return new QueryParameter().name(name).description(description).schema(schema);
  }

  @SafeVarargs
  private static List<Parameter> concat(List<Parameter>... lists) {
    var all = new ArrayList<Parameter>();
    for (List<Parameter> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
