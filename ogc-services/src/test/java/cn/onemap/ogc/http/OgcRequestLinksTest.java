package cn.onemap.ogc.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OgcRequestLinksTest {
  private final OgcRequest plain = OgcRequest.get("http://h/ows/", "/", Map.of());

  @Test
  void withoutLinkParamsUrlsAreTheMountPoint() {
    assertThat(plain.operationUrl()).isEqualTo("http://h/ows?");
    assertThat(plain.link("/collections")).isEqualTo("http://h/ows/collections");
    assertThat(plain.link("/collections?f=html")).isEqualTo("http://h/ows/collections?f=html");
  }

  @Test
  void linkParamsAreAppendedEncodedToEveryUrl() {
    var params = new LinkedHashMap<String, String>();
    params.put("apikey", "a b&c");
    params.put("x", "1");
    OgcRequest keyed = plain.withLinkParams(params);
    assertThat(keyed.operationUrl()).isEqualTo("http://h/ows?apikey=a+b%26c&x=1&");
    assertThat(keyed.link("/collections")).isEqualTo("http://h/ows/collections?apikey=a+b%26c&x=1");
    assertThat(keyed.link("/items?f=json"))
        .isEqualTo("http://h/ows/items?f=json&apikey=a+b%26c&x=1");
    assertThat(keyed.withAccept("text/html").linkParams()).isEqualTo(params);
  }
}
