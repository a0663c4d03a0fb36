package cn.onemap.portal.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The cheap base URL the OGC mounts advertise is the one Spring's builder gives. */
class OgcControllerBaseUrlTest {

  @ParameterizedTest
  @CsvSource({
    "http, localhost, 8080, ''",
    "http, gis.meizhou.gov.cn, 80, ''",
    "https, gis.meizhou.gov.cn, 443, /onemap",
    "https, gis.meizhou.gov.cn, 8443, /onemap",
    "http, 10.0.0.7, 80, /a",
    "http, [::1], 8080, /x"
  })
  void equalsServletUriComponentsBuilder(String scheme, String host, int port, String context) {
    var request = new MockHttpServletRequest("GET", context + "/tiles/basemap/c/15/1/2.png");
    request.setScheme(scheme);
    request.setServerName(host);
    request.setServerPort(port);
    request.setContextPath(context);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    try {
      String spring =
          ServletUriComponentsBuilder.fromCurrentContextPath().path("/wmts").toUriString();
      assertThat(OgcController.baseUrl(request) + "/wmts").isEqualTo(spring);
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  /** Where Spring would percent-encode a bare IPv6 host ("%3A%3A1"), the URL keeps it usable. */
  @org.junit.jupiter.api.Test
  void bracketsABareIpv6Host() {
    var request = new MockHttpServletRequest("GET", "/wmts");
    request.setServerName("::1");
    request.setServerPort(8080);
    assertThat(OgcController.baseUrl(request)).isEqualTo("http://[::1]:8080");
  }
}
