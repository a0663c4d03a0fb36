package cn.onemap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a trusted proxy (loopback, as configured here): the client is the rightmost {@code
 * X-Forwarded-For} hop that is not a trusted proxy, so a client cannot escape the per-IP rate limit
 * by writing addresses of its own in front; {@code X-Forwarded-Proto}/{@code -Host} make the
 * absolute URLs. (Without trusted proxies the header is ignored: {@code GeocodeApiIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedClientIT {
  static final Path dataDir = TestDirs.create("forwarded");

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("onemap.data-dir", () -> dataDir.toString());
    registry.add("onemap.sample-city", () -> "none");
    registry.add("onemap.proxy.trusted", () -> "127.0.0.1, 10.0.0.0/8");
    registry.add("onemap.geocode.anonymous-burst", () -> "3");
    registry.add("onemap.geocode.anonymous-per-second", () -> "0.001");
  }

  @LocalServerPort int port;

  private int status(String forwardedFor) {
    return new Http(port)
        .header("X-Forwarded-For", forwardedFor)
        .get("/api/geocode?q=" + Http.q("梅江区"))
        .status();
  }

  @Test
  void theClientIsTheRightmostUntrustedHop() {
    // The client 198.51.100.7 writes a new address in front each time; the trusted hops
    // (10.1.2.3, then the loopback peer) are skipped, the spoofed ones never reached.
    for (int i = 0; i < 3; i++) {
      assertThat(status("192.0.2." + i + ", 198.51.100.7, 10.1.2.3")).isNotEqualTo(429);
    }
    assertThat(status("192.0.2.99, 198.51.100.7, 10.1.2.3")).isEqualTo(429);
    assertThat(status("198.51.100.7")).isEqualTo(429);
    // Another client behind the same proxy has its own bucket.
    assertThat(status("198.51.100.8")).isNotEqualTo(429);
  }

  @Test
  void forwardedSchemeAndHostMakeTheLinks() {
    String body =
        new Http(port)
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "gis.example.cn")
            .get("/ogcapi?f=json")
            .body();
    assertThat(body).contains("https://gis.example.cn/ogcapi").doesNotContain(":" + port);
  }
}
