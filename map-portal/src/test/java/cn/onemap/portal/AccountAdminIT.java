package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items 17 and 29 over real HTTP: users updated, disabled and deleted, API keys listed, limited to
 * layers, expired and revoked, all audited and effective on the next request; unreadable layers
 * answered exactly like unknown ones.
 */
class AccountAdminIT extends SecurityTestBase {

  @Test
  void aLayerTheCallerMayNotReadIsNotFoundLikeAnUnknownOne() {
    createUser("reader29", "reader29-password", "\"VIEWER\"");
    for (Http caller :
        List.of(new Http(port), new Http(port).basic("reader29", "reader29-password"))) {
      for (String path : List.of("/features", "", "/features/g1", "/features/g1/history")) {
        Http.Response hidden = caller.get("/api/layers/gas_pipes" + path);
        Http.Response unknown = caller.get("/api/layers/no_such_layer" + path);
        assertThat(hidden.status()).as(path + " " + hidden.body()).isEqualTo(404);
        assertThat(hidden.json().get("error").asText()).isEqualTo("LAYER_NOT_FOUND");
        assertThat(hidden.body().replace("gas_pipes", "no_such_layer")).isEqualTo(unknown.body());
        assertThat(hidden.body()).doesNotContain("燃气管线").doesNotContain("RESTRICTED");
      }
    }
    assertThat(new Http(port).get("/api/layers/buildings").status()).isEqualTo(404);
    assertThat(admin().get("/api/layers/gas_pipes/features").status()).isEqualTo(200);
  }

  @Test
  void usersAreUpdatedDisabledAndDeletedAndStopWorkingAtOnce() {
    createUser("surveyor", "surveyor-password", "\"VIEWER\"");
    Http basic = new Http(port).basic("surveyor", "surveyor-password");
    Http browser = new Http(port);
    assertThat(
            browser
                .postJson(
                    "/api/auth/login",
                    "{\"username\":\"surveyor\",\"password\":\"surveyor-password\"}",
                    "X-OneMap-Client",
                    "portal")
                .status())
        .isEqualTo(200);
    assertThat(basic.get("/api/layers/buildings").status()).isEqualTo(200); // now remembered
    assertThat(browser.get("/api/layers/gas_pipes/features").status()).isEqualTo(404);

    JsonNode listed = admin().get("/api/admin/users").json();
    assertThat(listed.findValuesAsText("name")).contains("admin", "surveyor");
    assertThat(listed.toString()).doesNotContain("password").doesNotContain("$2a$");

    // Roles changed: the session and the remembered Basic login get them on the next request.
    Http.Response promoted =
        admin()
            .patchJson(
                "/api/admin/users/surveyor",
                "{\"roles\":[\"RESTRICTED_READER\"],\"department\":\"住建局\"}");
    assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
    assertThat(promoted.json().get("department").asText()).isEqualTo("住建局");
    assertThat(browser.get("/api/layers/gas_pipes/features").status()).isEqualTo(200);
    assertThat(basic.get("/api/layers/gas_pipes/features").status()).isEqualTo(200);

    // Disabled: both stop at once (no 5-minute grace from the Basic cache).
    assertThat(admin().patchJson("/api/admin/users/surveyor", "{\"enabled\":false}").status())
        .isEqualTo(200);
    assertError(basic.get("/api/layers/buildings"), 401, "UNAUTHENTICATED");
    assertError(browser.get("/api/me"), 401, "ACCOUNT_DISABLED");
    assertThat(browser.get("/api/me").json().get("authenticated").asBoolean())
        .as("the session was invalidated")
        .isFalse();

    assertThat(admin().patchJson("/api/admin/users/surveyor", "{\"enabled\":true}").status())
        .isEqualTo(200);
    assertThat(basic.get("/api/layers/buildings").status()).isEqualTo(200);

    // A new password: the old one stops working at once.
    assertThat(
            admin()
                .patchJson("/api/admin/users/surveyor", "{\"password\":\"another-password\"}")
                .status())
        .isEqualTo(200);
    assertThat(basic.get("/api/layers/buildings").status()).isEqualTo(401);
    Http renewed = new Http(port).basic("surveyor", "another-password");
    assertThat(renewed.get("/api/layers/buildings").status()).isEqualTo(200);

    assertThat(admin().delete("/api/admin/users/surveyor").status()).isEqualTo(204);
    assertThat(renewed.get("/api/layers/buildings").status()).isEqualTo(401);
    assertError(admin().delete("/api/admin/users/surveyor"), 404, "ACCOUNT_NOT_FOUND");
    assertError(
        admin().patchJson("/api/admin/users/admin", "{\"enabled\":false}"), 400, "BAD_REQUEST");
    assertError(admin().delete("/api/admin/users/admin"), 400, "BAD_REQUEST");

    createUser("notadmin", "notadmin-password", "\"EDITOR\"");
    Http editor = new Http(port).basic("notadmin", "notadmin-password");
    assertThat(editor.patchJson("/api/admin/users/admin", "{\"enabled\":false}").status())
        .isEqualTo(403);
    assertThat(editor.get("/api/admin/audit").status()).isEqualTo(403);

    List<String> actions = new ArrayList<>();
    for (JsonNode e : admin().get("/api/admin/audit?target=surveyor&limit=50").json()) {
      assertThat(e.get("at").asText()).isNotBlank();
      // Sign-ins (failed or not) are the user's own entries; the rest the admin's.
      if (!e.get("action").asText().startsWith("LOGIN")) {
        assertThat(e.get("actor").asText()).isEqualTo("admin");
      }
      actions.add(e.get("action").asText());
    }
    assertThat(actions)
        .contains("USER_CREATED", "USER_UPDATED", "USER_DISABLED", "USER_ENABLED", "USER_DELETED");
    assertThat(actions.stream().filter(a -> !a.startsWith("LOGIN")).findFirst())
        .contains("USER_DELETED"); // newest first
  }

  @Test
  void apiKeysAreListedLimitedToLayersExpiredAndRevoked() throws Exception {
    JsonNode created =
        admin()
            .postJson(
                "/api/admin/api-keys",
                "{\"name\":\"住建局管线系统\",\"department\":\"住建局\","
                    + "\"roles\":[\"RESTRICTED_READER\"],\"layers\":[\"gas_pipes\"]}")
            .json();
    String key = created.get("apiKey").asText();
    String id = created.get("id").asText();
    Http pipes = new Http(port).apiKey(key);

    // The key reads its one layer and nothing else, in REST and every OGC service.
    assertThat(pipes.get("/api/layers").json().findValuesAsText("id")).containsExactly("gas_pipes");
    assertThat(pipes.get("/api/layers/gas_pipes/features").status()).isEqualTo(200);
    assertThat(pipes.get("/api/layers/buildings/features").status()).isEqualTo(404);
    assertThat(pipes.get("/api/layers/roads/features").status()).isEqualTo(404);
    String wms = pipes.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").body();
    assertThat(wms).contains("<Name>gas_pipes</Name>").doesNotContain("<Name>buildings</Name>");
    assertThat(wms).doesNotContain("<Name>roads</Name>");
    String wfs = pipes.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0").body();
    assertThat(wfs).contains("gas_pipes").doesNotContain("buildings");
    Http.Response denied =
        pipes.get("/wfs?SERVICE=WFS&REQUEST=GetFeature&VERSION=2.0.0&TYPENAMES=buildings");
    assertThat(denied.body()).contains("ExceptionReport").doesNotContain("b1");
    JsonNode collections = pipes.get("/ogcapi/collections?f=json").json();
    assertThat(collections.get("collections").findValuesAsText("id")).containsExactly("gas_pipes");
    assertThat(pipes.get("/ogcapi/collections/roads/items?f=json").status()).isEqualTo(404);

    // Listed without the secret.
    JsonNode keys = admin().get("/api/admin/api-keys").json();
    JsonNode listed = null;
    for (JsonNode k : keys) {
      if (k.get("id").asText().equals(id)) {
        listed = k;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("layers").findValuesAsText("")).isEmpty();
    assertThat(listed.get("layers").get(0).asText()).isEqualTo("gas_pipes");
    assertThat(listed.get("active").asBoolean()).isTrue();
    assertThat(keys.toString()).doesNotContain(key.substring(16)).doesNotContain("secret");

    // The layer list can be lifted; an expiry makes the key stop when it passes.
    assertThat(admin().patchJson("/api/admin/api-keys/" + id, "{\"layers\":[]}").status())
        .isEqualTo(200);
    assertThat(pipes.get("/api/layers").json().findValuesAsText("id"))
        .containsExactly("buildings", "gas_pipes", "roads");
    assertError(
        admin().patchJson("/api/admin/api-keys/" + id, "{\"layers\":[\"nope\"]}"),
        400,
        "BAD_REQUEST");
    Instant soon = Instant.now().plusSeconds(2);
    assertThat(
            admin()
                .patchJson("/api/admin/api-keys/" + id, "{\"expiresAt\":\"" + soon + "\"}")
                .status())
        .isEqualTo(200);
    assertThat(pipes.get("/api/layers/gas_pipes/features").status()).isEqualTo(200);
    Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 300);
    assertError(pipes.get("/api/layers"), 401, "INVALID_API_KEY");
    assertThat(pipes.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").status()).isEqualTo(401);

    // Revoked: the next request is refused.
    String other =
        admin()
            .postJson("/api/admin/api-keys", "{\"name\":\"交通局\",\"roles\":[]}")
            .json()
            .get("apiKey")
            .asText();
    String otherId = other.split("_")[1];
    assertThat(new Http(port).apiKey(other).get("/api/layers/buildings").status()).isEqualTo(200);
    assertThat(admin().delete("/api/admin/api-keys/" + otherId).status()).isEqualTo(204);
    assertError(new Http(port).apiKey(other).get("/api/layers"), 401, "INVALID_API_KEY");
    assertThat(new Http(port).get("/ogcapi/collections?f=json&apikey=" + other).status())
        .isEqualTo(401);
    assertError(admin().delete("/api/admin/api-keys/nosuchkey123"), 404, "ACCOUNT_NOT_FOUND");

    List<String> actions = new ArrayList<>();
    admin()
        .get("/api/admin/audit?limit=200")
        .json()
        .forEach(e -> actions.add(e.get("action").asText() + " " + e.get("target").asText()));
    assertThat(actions)
        .contains("KEY_CREATED " + id, "KEY_UPDATED " + id, "KEY_REVOKED " + otherId);
  }

  static void assertError(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("error").asText()).as(r.body()).isEqualTo(code);
    assertThat(r.json().get("message").asText()).isNotBlank();
  }
}
