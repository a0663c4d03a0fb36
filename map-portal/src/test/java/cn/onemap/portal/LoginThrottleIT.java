package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 26 over real HTTP: 300 wrong sign-ins against one account get growing waits (429 with
 * Retry-After, answered at once, no thread sleeps), the account is locked after 10 failures even
 * for its right password, an administrator unlocks it, and everything is in the audit log; one
 * client address trying many names is throttled too. Form sign-in and Basic share the counters.
 */
class LoginThrottleIT extends SecurityTestBase {
  private static final String LOGIN = "/api/auth/login";

  private Http.Response login(String user, String password) {
    return new Http(port)
        .postJson(
            LOGIN,
            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
            "X-OneMap-Client",
            "portal");
  }

  @Test
  void threeHundredWrongSignInsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
    createUser("clerk26", "clerk26-password", "\"VIEWER\"");
    int refused = 0;
    int wrong = 0;
    long slowest = 0;
    boolean locked = false;
    for (int i = 0; i < 300; i++) {
      long t0 = System.nanoTime();
      // Every third attempt by Basic: both count against the same account.
      Http.Response r =
          i % 3 == 2
              ? new Http(port).basic("clerk26", "wrong-" + i).get("/api/me")
              : login("clerk26", "wrong-" + i);
      slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
      String code = r.json().get("error").asText();
      switch (code) {
        case "UNAUTHENTICATED" -> wrong++;
        case "LOGIN_THROTTLED" -> {
          assertThat(r.status()).isEqualTo(429);
          assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 2L);
          refused++;
        }
        case "ACCOUNT_LOCKED" -> locked = true;
        default -> throw new AssertionError(r.status() + " " + r.body());
      }
      if (locked) {
        break;
      }
      Thread.sleep(40);
    }
    assertThat(locked).as("locked after %d wrong and %d throttled", wrong, refused).isTrue();
    assertThat(wrong).isEqualTo(10);
    assertThat(refused).isGreaterThan(20);
    assertThat(slowest).as("no request waits in the server").isLessThan(1500);

    // Locked: even the right password is refused, by sign-in and by Basic.
    Http.Response right = login("clerk26", "clerk26-password");
    assertThat(right.status()).isEqualTo(401);
    assertThat(right.json().get("error").asText()).isEqualTo("ACCOUNT_LOCKED");
    Http.Response basic = new Http(port).basic("clerk26", "clerk26-password").get("/api/me");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.json().get("error").asText()).isEqualTo("ACCOUNT_LOCKED");
    JsonNode failures = admin().get("/api/admin/login-failures").json();
    assertThat(failures.toString()).contains("user:clerk26");

    assertThat(admin().postJson("/api/admin/users/clerk26/unlock", "").status()).isEqualTo(200);
    assertThat(login("clerk26", "clerk26-password").status()).isEqualTo(200);

    List<String> actions = new ArrayList<>();
    admin()
        .get("/api/admin/audit?target=clerk26&limit=100")
        .json()
        .forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions.stream().filter("LOGIN_FAILED"::equals).count()).isEqualTo(10);
    assertThat(actions).contains("ACCOUNT_LOCKED");
    assertThat(admin().get("/api/admin/audit?action=LOGIN_UNLOCKED").json().toString())
        .contains("user:clerk26")
        .contains("\"actor\":\"admin\"");
  }

  @Test
  void oneAddressTryingManyNamesIsThrottled() throws Exception {
    String key =
        admin()
            .postJson("/api/admin/api-keys", "{\"name\":\"运维\",\"roles\":[\"ADMIN\"]}")
            .json()
            .get("apiKey")
            .asText();
    Http ops = new Http(port).apiKey(key); // keys are not throttled: the way back in
    try {
      int throttled = 0;
      Http.Response last = null;
      for (int i = 0; i < 80; i++) {
        last = login("guess" + i, "password-" + i);
        if (last.status() == 429) {
          throttled++;
          assertThat(last.json().get("error").asText()).isEqualTo("LOGIN_THROTTLED");
        }
        Thread.sleep(20);
      }
      assertThat(throttled).as("the address is throttled after 20 failures").isGreaterThan(30);
      // The wait has grown to its cap (2 s here): a fresh name from the same address waits too.
      assertThat(last.status()).isEqualTo(429);
      assertThat(login("someone-new", "x-password").status()).isEqualTo(429);
      assertThat(ops.get("/api/admin/login-failures").json().toString()).contains("ip:127.0.0.1");
    } finally {
      assertThat(ops.delete("/api/admin/login-failures/ip/127.0.0.1").status()).isEqualTo(204);
    }
    assertThat(login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
  }
}
