package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Named bookmarks over real HTTP: signed-in users only, each sees and deletes only their own, names
 * and states are bounded, every refusal is JSON.
 */
class BookmarksIT extends SecurityTestBase {
  private static final String STATE = "#c=116.12,24.29&z=14&crs=c&l=roads&t=2017-01-01";

  @Test
  void aUserKeepsOwnBookmarksThatNoOtherUserSeesOrDeletes() {
    createUser("planner5", "planner5-password", "\"VIEWER\"");
    createUser("planner6", "planner6-password", "\"VIEWER\"");
    Http mine = new Http(port).basic("planner5", "planner5-password");
    Http theirs = new Http(port).basic("planner6", "planner6-password");

    Http.Response anonymous = new Http(port).get("/api/me/bookmarks");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("error").asText()).isEqualTo("UNAUTHENTICATED");
    assertThat(
            new Http(port)
                .postJson("/api/me/bookmarks", "{\"name\":\"x\",\"state\":\"#z=1\"}")
                .status())
        .isIn(401, 403);

    Http.Response saved =
        mine.postJson(
            "/api/me/bookmarks",
            "{\"name\":\"  梅江区 2017  \",\"state\":\"" + STATE + "\"}",
            "X-OneMap-Client",
            "test");
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    long id = saved.json().get("id").asLong();
    assertThat(saved.json().get("name").asText()).isEqualTo("梅江区 2017");

    JsonNode listed = mine.get("/api/me/bookmarks").json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("state").asText()).isEqualTo(STATE);
    assertThat(listed.get(0).get("created").asText()).isNotBlank();
    assertThat(theirs.get("/api/me/bookmarks").json()).isEmpty();

    Http.Response stolen = theirs.delete("/api/me/bookmarks/" + id);
    assertThat(stolen.status()).isEqualTo(404);
    assertThat(stolen.json().get("error").asText()).isEqualTo("BOOKMARK_NOT_FOUND");
    assertThat(mine.get("/api/me/bookmarks").json()).hasSize(1);

    assertThat(mine.delete("/api/me/bookmarks/" + id).status()).isEqualTo(204);
    assertThat(mine.get("/api/me/bookmarks").json()).isEmpty();
    assertThat(mine.delete("/api/me/bookmarks/" + id).status()).isEqualTo(404);
  }

  @Test
  void badNamesAndStatesAreRefusedWithJson() {
    createUser("planner7", "planner7-password", "\"VIEWER\"");
    Http user = new Http(port).basic("planner7", "planner7-password");
    for (String body :
        new String[] {
          "{\"name\":\"   \",\"state\":\"#z=1\"}",
          "{\"name\":\"" + "长".repeat(101) + "\",\"state\":\"#z=1\"}",
          "{\"name\":\"ok\",\"state\":\"\"}",
          "{\"name\":\"ok\",\"state\":\"" + "x".repeat(4001) + "\"}",
          "{\"name\":\"ok\"}",
          "not json"
        }) {
      Http.Response r = user.postJson("/api/me/bookmarks", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(body).isNotBlank();
    }
    assertThat(user.delete("/api/me/bookmarks/not-a-number").status()).isEqualTo(400);
    assertThat(user.get("/api/me/bookmarks").json()).isEmpty();
  }
}
