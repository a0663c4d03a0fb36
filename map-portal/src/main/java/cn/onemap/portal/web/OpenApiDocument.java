package cn.onemap.portal.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's OpenAPI document ({@code /v3/api-docs}): title and API version, the four ways to
 * authenticate as security schemes, the JSON error body on every 4xx answer, 202 for the endpoints
 * that start jobs, and each OGC mount described once with its main parameters ({@link OgcMounts})
 * instead of one bare operation per HTTP method.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {
  /** The version of the REST contract (not of the build): raised when it changes incompatibly. */
  static final String API_VERSION = "1.0.0";

  static final String ERROR_SCHEMA = "ApiError";
  private static final List<String> JOB_STARTS =
      List.of(
          "/api/layers/{layerId}/import",
          "/api/geocode/batch",
          "/api/tiles/seed",
          "/api/tiles/truncate",
          "/api/tiles/export");

  /** Paths whose every operation needs a signed-in caller or a key. */
  private static final List<String> SIGNED_IN =
      List.of("/api/admin", "/api/jobs", "/api/geocode/batch", "/api/geocode/review", "/api/tiles");

  @Bean
  OpenAPI onemapOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("一张图 One Map — 梅州市时空信息云平台 API")
                .version(API_VERSION)
                .description(
                    "REST API, geocoding and OGC services (WMS 1.3.0/1.1.1, WFS 2.0.0/1.1.0, OGC API"
                        + " – Features) of the One Map portal. Anonymous callers read public"
                        + " layers; systems send an API key (header X-API-Key, or parameter"
                        + " apikey for OGC clients) or HTTP Basic; the browser signs in with POST"
                        + " /api/auth/login and sends header X-OneMap-Client with every change."
                        + " Errors are JSON {error, message, details}; OGC errors are"
                        + " ExceptionReports."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "apiKeyHeader",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description("API key om_<id>_<secret> from an administrator"))
                .addSecuritySchemes(
                    "apiKeyQuery",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.QUERY)
                        .name("apikey")
                        .description(
                            "the API key as a URL parameter, for OGC clients (QGIS, GDAL)"))
                .addSecuritySchemes(
                    "basicAuth",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("user name and password of a portal account"))
                .addSecuritySchemes(
                    "session",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("SESSION")
                        .description(
                            "browser session from POST /api/auth/login; changes need header"
                                + " X-OneMap-Client")))
        // Any one of them, or none (public layers and single geocoding are open).
        .security(
            List.of(
                new SecurityRequirement().addList("apiKeyHeader"),
                new SecurityRequirement().addList("apiKeyQuery"),
                new SecurityRequirement().addList("basicAuth"),
                new SecurityRequirement().addList("session"),
                new SecurityRequirement()));
  }

  @Bean
  OpenApiCustomizer onemapOpenApiCustomizer() {
    return api -> {
      errorResponses(api);
      jobStartsAreAccepted(api);
      healthAnswers503WithItsBody(api);
      OgcMounts.describe(api);
    };
  }

  private static void errorResponses(OpenAPI api) {
    ModelConverters.getInstance()
        .read(ApiError.class)
        .forEach((name, schema) -> api.getComponents().addSchemas(ERROR_SCHEMA, schema));
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/api/")) {
                return;
              }
              item.readOperationsMap()
                  .forEach(
                      (method, op) -> {
                        boolean input =
                            op.getRequestBody() != null
                                || (op.getParameters() != null && !op.getParameters().isEmpty());
                        if (input) {
                          error(op, "400", "invalid parameters or body");
                        }
                        boolean change = method != PathItem.HttpMethod.GET;
                        if ((change && !path.startsWith("/api/auth"))
                            || SIGNED_IN.stream().anyMatch(path::startsWith)) {
                          error(op, "401", "not signed in, or a wrong or revoked key");
                          error(op, "403", "the caller's roles do not allow this");
                        }
                        if (path.contains("{")) {
                          error(op, "404", "no such resource, or one the caller may not read");
                        }
                      });
            });
  }

  static void error(Operation op, String code, String description) {
    if (op.getResponses() == null) {
      op.setResponses(new ApiResponses());
    }
    op.getResponses()
        .computeIfAbsent(code, c -> new ApiResponse().description(description))
        .setContent(
            new Content()
                .addMediaType(
                    "application/json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))));
  }

  private static void jobStartsAreAccepted(OpenAPI api) {
    for (String path : JOB_STARTS) {
      PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
      if (item == null || item.getPost() == null || item.getPost().getResponses() == null) {
        continue;
      }
      ApiResponses responses = item.getPost().getResponses();
      ApiResponse ok = responses.remove("200");
      if (ok != null) {
        responses.addApiResponse(
            "202",
            ok.description(
                "Accepted: the job is queued; follow it at the Location header ("
                    + (path.startsWith("/api/tiles") ? "/api/tiles/jobs/{id}" : "/api/jobs/{id}")
                    + ")"));
      }
    }
  }

  /** Health answers its body with 200 (UP) and 503 (LOADING, FAILED): both are documented. */
  private static void healthAnswers503WithItsBody(OpenAPI api) {
    PathItem health = api.getPaths() == null ? null : api.getPaths().get("/api/health");
    if (health == null || health.getGet() == null) {
      return;
    }
    ModelConverters.getInstance()
        .read(HealthController.Health.class)
        .forEach((name, schema) -> api.getComponents().addSchemas("Health", schema));
    Content body =
        new Content()
            .addMediaType(
                "application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Health")));
    ApiResponses responses = health.getGet().getResponses();
    responses.addApiResponse(
        "200", new ApiResponse().description("UP: the catalog is complete").content(body));
    responses.addApiResponse(
        "503",
        new ApiResponse()
            .description("LOADING while the sample city is generated, or FAILED")
            .content(body));
  }
}
