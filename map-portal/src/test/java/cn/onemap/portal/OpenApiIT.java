package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 18: the OpenAPI document at /v3/api-docs has a real title and version, security schemes for
 * API key (header and parameter), Basic and session, the right answer codes with schemas, and each
 * OGC mount described once (GET with its parameters, POST with an XML body).
 */
class OpenApiIT extends SecurityTestBase {

  @Test
  void theDocumentDescribesSecurityAnswersAndOgcMounts() {
    JsonNode api = new Http(port).get("/v3/api-docs").json();
    assertThat(api.at("/info/title").asText()).contains("One Map").contains("一张图");
    assertThat(api.at("/info/version").asText()).isEqualTo("1.0.0");

    JsonNode schemes = api.at("/components/securitySchemes");
    assertThat(schemes.at("/apiKeyHeader/in").asText()).isEqualTo("header");
    assertThat(schemes.at("/apiKeyHeader/name").asText()).isEqualTo("X-API-Key");
    assertThat(schemes.at("/apiKeyQuery/in").asText()).isEqualTo("query");
    assertThat(schemes.at("/apiKeyQuery/name").asText()).isEqualTo("apikey");
    assertThat(schemes.at("/basicAuth/type").asText()).isEqualTo("http");
    assertThat(schemes.at("/basicAuth/scheme").asText()).isEqualTo("basic");
    assertThat(schemes.at("/session/in").asText()).isEqualTo("cookie");
    assertThat(api.get("security").toString()).contains("apiKeyHeader").contains("{}");

    JsonNode paths = api.get("paths");
    JsonNode imports = paths.at("/~1api~1layers~1{layerId}~1import/post/responses");
    assertThat(names(imports)).contains("202").doesNotContain("200");
    JsonNode health = paths.at("/~1api~1health/get/responses");
    assertThat(names(health)).contains("200", "503");
    assertThat(health.at("/503/content/application~1json/schema/$ref").asText())
        .isEqualTo(health.at("/200/content/application~1json/schema/$ref").asText())
        .endsWith("/Health");
    assertThat(paths.at("/~1api~1layers~1{layerId}~1features/get/responses/404/content").toString())
        .contains("#/components/schemas/ApiError");
    assertThat(api.at("/components/schemas/ApiError/properties").has("error")).isTrue();
    assertThat(names(paths.at("/~1api~1admin~1users/get/responses"))).contains("401", "403");
    // The task forms and the deployment of a process with its forms (a ZIP), suspend and activate.
    assertThat(paths.at("/~1api~1tasks~1{taskId}~1form/get/summary").asText())
        .contains("JSON Schema");
    assertThat(names(paths.at("/~1api~1tasks~1{taskId}~1complete/post/responses"))).contains("400");
    assertThat(names(paths.at("/~1api~1admin~1processes/post/requestBody/content")))
        .contains("application/zip", "application/xml");
    assertThat(paths.has("/api/admin/processes/{definitionId}/suspend")).isTrue();
    assertThat(paths.has("/api/admin/processes/{definitionId}/activate")).isTrue();

    List<String> ogcPaths = new ArrayList<>();
    paths
        .fieldNames()
        .forEachRemaining(
            p -> {
              if (p.matches("/(ows|wms|wfs|ogcapi)(/.*)?")) {
                ogcPaths.add(p);
              }
            });
    assertThat(ogcPaths).containsExactlyInAnyOrder("/ows", "/wms", "/wfs", "/ogcapi/{resource}");
    for (String mount : List.of("/ows", "/wms", "/wfs")) {
      JsonNode item = paths.get(mount);
      assertThat(names(item)).as(mount).containsExactlyInAnyOrder("get", "post");
      List<String> params = new ArrayList<>();
      item.at("/get/parameters").forEach(p -> params.add(p.get("name").asText()));
      assertThat(params).contains("VERSION", "REQUEST", "apikey");
      assertThat(item.at("/post/requestBody/content").has("application/xml")).isTrue();
    }
    assertThat(paths.at("/~1ows/get/parameters").toString()).contains("\"SERVICE\"");
    assertThat(paths.at("/~1wms/get/parameters").toString()).contains("\"LAYERS\"", "\"BBOX\"");
    assertThat(paths.at("/~1wfs/get/parameters").toString()).contains("\"TYPENAMES\"");
    assertThat(names(paths.get("/ogcapi/{resource}"))).containsExactly("get");
    assertThat(paths.at("/~1wmts/get/parameters").toString())
        .contains("\"TILEMATRIXSET\"", "\"TILEROW\"", "\"INFOFORMAT\"");
    assertThat(paths.has("/tiles/{tileset}/{tileMatrixSet}/{z}/{x}/{y}.{format}")).isTrue();
    assertThat(paths.has("/tiles/{tileset}/{tileMatrixSet}.json")).isTrue();
    assertThat(paths.has("/wmts/1.0.0/WMTSCapabilities.xml")).isTrue();
    assertThat(paths.at("/~1api~1tiles~1seed/post/responses").has("202")).isTrue();
    assertThat(names(paths.at("/~1api~1tiles~1cache/get/responses"))).contains("401", "403");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
