package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The settings an administrator changes at run time, over real HTTP: the CORS origins (the stored
 * list replaces the boot-time default at once; preflights answered with credentials for listed
 * origins only, none for others), the external WMTS base map (its key only in the tile URL the page
 * gets; the Content-Security-Policy lists exactly its host), password reset, key last-use and the
 * audit log's filters and paging.
 */
class AdminSettingsIT extends SecurityTestBase {

  private Http.Response preflight(String origin) {
    return new Http(port)
        .options(
            "/api/layers/roads/features",
            "Origin",
            origin,
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "x-api-key");
  }

  @Test
  void theStoredOriginsReplaceTheDefaultAtOnce() {
    JsonNode before = admin().get("/api/admin/settings/cors").json();
    assertThat(before.get("origins").toString()).contains(APP.origin());
    try {
      Http.Response saved =
          admin()
              .putJson("/api/admin/settings/cors", "{\"origins\":[\"" + OTHER.origin() + "/\"]}");
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(saved.json().get("stored").asBoolean()).isTrue();
      assertThat(saved.json().get("origins").get(0).asText()).isEqualTo(OTHER.origin());

      Http.Response listed = preflight(OTHER.origin());
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.header("Access-Control-Allow-Origin")).isEqualTo(OTHER.origin());
      assertThat(listed.header("Access-Control-Allow-Credentials")).isEqualTo("true");

      Http.Response former = preflight(APP.origin());
      assertThat(former.status()).isEqualTo(403);
      assertThat(former.header("Access-Control-Allow-Origin")).isNull();
      assertThat(former.header("Access-Control-Allow-Credentials")).isNull();
      assertThat(
              new Http(port)
                  .get("/api/layers", "Origin", APP.origin())
                  .header("Access-Control-Allow-Origin"))
          .isNull();

      // An empty list: no CORS headers for anyone.
      admin().putJson("/api/admin/settings/cors", "{\"origins\":[]}");
      assertThat(preflight(OTHER.origin()).header("Access-Control-Allow-Origin")).isNull();

      for (String bad :
          new String[] {"*", "https://*.meizhou.gov.cn", "ftp://x.cn", "https://a.cn/path", ""}) {
        Http.Response refused =
            admin().putJson("/api/admin/settings/cors", "{\"origins\":[\"" + bad + "\"]}");
        assertThat(refused.status()).as(bad).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isEqualTo("BAD_REQUEST");
      }
      assertThat(
              new Http(port)
                  .basic("nobody", "x")
                  .putJson("/api/admin/settings/cors", "{\"origins\":[]}")
                  .status())
          .isEqualTo(401);
    } finally {
      admin().putJson("/api/admin/settings/cors", "{\"origins\":[\"" + APP.origin() + "\"]}");
    }
    assertThat(preflight(APP.origin()).header("Access-Control-Allow-Origin"))
        .isEqualTo(APP.origin());
    JsonNode audit = admin().get("/api/admin/audit?action=CORS_UPDATED").json();
    assertThat(audit.size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theExternalBaseMapsHostIsTheOnlyOtherOneTheCspAllows() {
    String policy = new Http(port).get("/").header("Content-Security-Policy");
    assertThat(policy).contains("img-src 'self' data: blob:;").contains("connect-src 'self';");
    String template =
        "http://t{0-1}.tiles.test:8123/vec_c/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER={layer}"
            + "&TILEMATRIXSET={matrixSet}&TILEMATRIX={TileMatrix}&TILEROW={TileRow}"
            + "&TILECOL={TileCol}";
    try {
      Http.Response saved =
          admin()
              .putJson(
                  "/api/admin/settings/basemap",
                  "{\"enabled\":true,\"title\":\"天地图矢量\",\"urlTemplate\":\""
                      + template
                      + "\",\"layer\":\"vec\",\"matrixSet\":\"c\",\"grid\":\"c\","
                      + "\"tk\":\"abc123\"}");
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);

      policy = new Http(port).get("/").header("Content-Security-Policy");
      assertThat(policy)
          .contains(
              "img-src 'self' data: blob: http://t0.tiles.test:8123 http://t1.tiles.test:8123;")
          .contains("connect-src 'self' http://t0.tiles.test:8123 http://t1.tiles.test:8123;");

      JsonNode pageView = new Http(port).get("/api/basemaps").json();
      assertThat(pageView.size()).isEqualTo(1);
      assertThat(pageView.get(0).get("url").asText())
          .startsWith("http://t{0-1}.tiles.test:8123/vec_c/wmts?")
          .contains("LAYER=vec&TILEMATRIXSET=c&TILEMATRIX={TileMatrix}")
          .endsWith("&tk=abc123");
      assertThat(pageView.get(0).has("tk")).isFalse();
      assertThat(new Http(port).get("/api/admin/settings/basemap").status()).isEqualTo(401);
      assertThat(admin().get("/api/admin/settings/basemap").json().get("tk").asText())
          .isEqualTo("abc123");

      Http.Response bad =
          admin()
              .putJson(
                  "/api/admin/settings/basemap",
                  "{\"enabled\":true,\"title\":\"x\",\"urlTemplate\":\"http://a.test/{z}/{x}/{y}\"}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("message").asText()).contains("{TileMatrix}");
    } finally {
      admin().putJson("/api/admin/settings/basemap", "{\"enabled\":false}");
    }
    assertThat(new Http(port).get("/api/basemaps").json().size()).isZero();
    assertThat(new Http(port).get("/").header("Content-Security-Policy"))
        .doesNotContain("tiles.test");
  }

  @Test
  void aResetPasswordWorksOnceShownAndKeysRecordTheirLastUse() {
    createUser("clerk_reset", "first-password-1", "\"VIEWER\"");
    JsonNode reset = admin().postJson("/api/admin/users/clerk_reset/reset-password", "").json();
    String password = reset.get("password").asText();
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(new Http(port).basic("clerk_reset", password).get("/api/me").status())
        .isEqualTo(200);
    assertThat(new Http(port).basic("clerk_reset", "first-password-1").get("/api/me").status())
        .isEqualTo(401);

    JsonNode key =
        admin().postJson("/api/admin/api-keys", "{\"name\":\"规划院\",\"roles\":[\"VIEWER\"]}").json();
    String id = key.get("id").asText();
    assertThat(new Http(port).apiKey(key.get("apiKey").asText()).get("/api/layers").status())
        .isEqualTo(200);
    JsonNode listed = null;
    for (JsonNode k : admin().get("/api/admin/api-keys").json()) {
      if (k.get("id").asText().equals(id)) {
        listed = k;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("lastUsedAt").isNull()).as(listed.toString()).isFalse();
    Http.Response used = admin().get("/api/admin/audit?action=KEY_USED&target=" + id);
    assertThat(used.json().size()).isEqualTo(1);
    assertThat(used.json().get(0).get("detail").asText()).isEqualTo("GET /api/layers");
  }

  @Test
  void theAuditLogFiltersByFamilyActorAndDateAndPages() {
    for (int i = 0; i < 3; i++) {
      createUser("clerk_audit" + i, "audit-password-1", "\"VIEWER\"");
    }
    Http.Response page = admin().get("/api/admin/audit?action=USER_&actor=admin&limit=2");
    assertThat(page.status()).isEqualTo(200);
    long total = Long.parseLong(page.header("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(page.json().size()).isEqualTo(2);
    for (JsonNode e : page.json()) {
      assertThat(e.get("action").asText()).startsWith("USER_");
      assertThat(e.get("actor").asText()).isEqualTo("admin");
    }
    JsonNode second =
        admin().get("/api/admin/audit?action=USER_&actor=admin&limit=2&offset=2").json();
    assertThat(second.get(0).get("id").asLong()).isLessThan(page.json().get(1).get("id").asLong());
    assertThat(
            admin()
                .get("/api/admin/audit?action=USER_&from=2000-01-01&to=2000-12-31")
                .header("X-Total-Count"))
        .isEqualTo("0");
    assertThat(admin().get("/api/admin/audit?from=yesterday").status()).isEqualTo(400);
    assertThat(admin().get("/api/admin/audit?offset=-1").status()).isEqualTo(400);
  }
}
