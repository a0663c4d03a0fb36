package cn.onemap.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.portal.config.PortalProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The limit of feature-streaming reads: one slot here, held by a request that blocks; the next
 * heavy read waits, then gets 503 with Retry-After in its protocol's format; light requests pass.
 */
class HeavyReadLimitTest {
  private static HeavyReadLimit limit() {
    PortalProperties defaults =
        new PortalProperties(
            "h2gis",
            Path.of("data"),
            "none",
            null,
            new PortalProperties.Limits(
                100, 10000, Duration.ofSeconds(60), 200000, 1, Duration.ofMillis(200)),
            null,
            null,
            null,
            null,
            null,
            null);
    return new HeavyReadLimit(defaults, new ObjectMapper());
  }

  private static MockHttpServletRequest get(String uri, String... kv) {
    MockHttpServletRequest r = new MockHttpServletRequest("GET", uri);
    for (int i = 0; i < kv.length; i += 2) {
      r.addParameter(kv[i], kv[i + 1]);
    }
    return r;
  }

  @Test
  void aSecondHeavyReadWaitsThenGets503InItsFormat() throws Exception {
    HeavyReadLimit filter = limit();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              try {
                filter.doFilter(
                    get("/api/layers/roads/features"),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      inside.countDown();
                      try {
                        release.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    holder.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      MockHttpServletResponse rest = new MockHttpServletResponse();
      filter.doFilter(get("/api/layers/roads/features"), rest, (q, s) -> {});
      assertThat(rest.getStatus()).isEqualTo(503);
      assertThat(rest.getHeader("Retry-After")).isEqualTo("1");
      assertThat(rest.getContentAsString()).contains("\"error\":\"BUSY\"");

      MockHttpServletResponse wfs = new MockHttpServletResponse();
      filter.doFilter(get("/wfs", "service", "WFS", "request", "GetFeature"), wfs, (q, s) -> {});
      assertThat(wfs.getStatus()).isEqualTo(503);
      assertThat(wfs.getContentAsString())
          .contains("ExceptionReport")
          .contains("OperationProcessingFailed");

      MockHttpServletResponse api = new MockHttpServletResponse();
      filter.doFilter(get("/ogcapi/collections/roads/items"), api, (q, s) -> {});
      assertThat(api.getStatus()).isEqualTo(503);
      assertThat(api.getContentAsString()).contains("\"code\":\"ServiceUnavailable\"");

      // Light requests are not limited.
      boolean[] ran = {false};
      MockHttpServletResponse health = new MockHttpServletResponse();
      filter.doFilter(get("/api/health"), health, (q, s) -> ran[0] = true);
      assertThat(ran[0]).isTrue();
      boolean[] caps = {false};
      filter.doFilter(
          get("/wfs", "REQUEST", "GetCapabilities"),
          new MockHttpServletResponse(),
          (q, s) -> caps[0] = true);
      assertThat(caps[0]).isTrue();
    } finally {
      release.countDown();
      holder.join();
    }
    boolean[] after = {false};
    filter.doFilter(
        get("/api/layers/roads/features"),
        new MockHttpServletResponse(),
        (q, s) -> after[0] = true);
    assertThat(after[0]).as("the slot is free again").isTrue();
  }
}
