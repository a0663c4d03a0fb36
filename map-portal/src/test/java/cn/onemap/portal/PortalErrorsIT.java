package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * Item 29 (jobs) and item 30 (cookie) over real HTTP: a failed import reports what the user can act
 * on, never our file-system paths or SQL text; the session cookie is SameSite=Lax, and Secure when
 * the request came over HTTPS through the proxy.
 */
class PortalErrorsIT extends SecurityTestBase {

  private JsonNode importAndWait(String fileName, byte[] content) throws Exception {
    Http.Response started = admin().upload("/api/layers/roads/import", fileName, content);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = started.json().get("id").asText();
    for (int i = 0; i < 200; i++) {
      JsonNode job = admin().get("/api/jobs/" + id).json();
      if (job.get("state").asText().equals("FAILED")
          || job.get("state").asText().equals("SUCCEEDED")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  @Test
  void failedImportsShowNoServerPathsOrSql() throws Exception {
    JsonNode garbage =
        importAndWait("roads.gpkg", "not a database at all".getBytes(StandardCharsets.UTF_8));
    assertThat(garbage.get("state").asText()).isEqualTo("FAILED");
    String error = garbage.get("error").toString();
    assertThat(garbage.get("error").get("message").asText()).contains("roads.gpkg");
    assertPublic(error);

    // A real SQLite file whose catalog names a table that is not there: the driver's SQL error.
    Path gpkg = Files.createTempFile("broken", ".gpkg");
    Files.delete(gpkg);
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
        var s = c.createStatement()) {
      s.execute(
          "CREATE TABLE gpkg_contents (table_name TEXT, data_type TEXT, identifier TEXT,"
              + " srs_id INTEGER)");
      s.execute("INSERT INTO gpkg_contents VALUES ('ghost', 'features', 'ghost', 4490)");
      s.execute(
          "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT,"
              + " geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)");
      s.execute("INSERT INTO gpkg_geometry_columns VALUES ('ghost', 'geom', 'POINT', 4490, 0, 0)");
    }
    JsonNode sql = importAndWait("ghost.gpkg", Files.readAllBytes(gpkg));
    Files.delete(gpkg);
    assertThat(sql.get("state").asText()).isEqualTo("FAILED");
    assertPublic(sql.get("error").toString());
  }

  private static void assertPublic(String error) {
    assertThat(error)
        .doesNotContain(dataDir.toString())
        .doesNotContain("/tmp/")
        .doesNotContain("jobs/")
        .doesNotContainIgnoringCase("SQLITE_")
        .doesNotContain("SELECT ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndSecureBehindHttps() {
    String login = "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}";
    Http.Response plain = new Http(port).postJson("/api/auth/login", login, "X-OneMap-Client", "p");
    String cookie = plain.header("Set-Cookie");
    assertThat(cookie).startsWith("SESSION=").contains("SameSite=Lax").contains("HttpOnly");
    assertThat(cookie).doesNotContain("Secure");

    Http.Response proxied =
        new Http(port)
            .postJson(
                "/api/auth/login", login, "X-OneMap-Client", "p", "X-Forwarded-Proto", "https");
    assertThat(proxied.status()).isEqualTo(200);
    assertThat(proxied.header("Set-Cookie")).contains("SameSite=Lax").contains("Secure");
  }
}
