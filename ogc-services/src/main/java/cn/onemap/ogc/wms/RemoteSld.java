package cn.onemap.ogc.wms;

import cn.onemap.ogc.ows.ServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * {@code SLD=<url>}: fetches a style document from a host on the configured allow-list and nothing
 * else. Refused with InvalidParameterValue (locator {@code sld}): any scheme but http/https, any
 * host not on the list (an empty list, the default, refuses all — the WMS must not be a proxy into
 * the internal network), userinfo in the URL, a non-200 answer, a redirect (never followed: it
 * could point anywhere), more than {@link #MAX_BYTES}, more than {@link #TIMEOUT}.
 */
final class RemoteSld {
  static final int MAX_BYTES = 1024 * 1024;
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  private RemoteSld() {}

  static String fetch(String url, Set<String> allowedHosts) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw refused(url, "not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(url, "only http and https URLs are fetched");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null) {
      throw refused(url, "credentials in the URL are not accepted");
    }
    if (!allowedHosts.contains(host)) {
      throw refused(
          url,
          "host '"
              + host
              + "' is not on the SLD allow-list (onemap.wms.sld-allowed-hosts); remote styles from"
              + " other hosts are refused");
    }
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<InputStream> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) {
          throw refused(url, "the server answered HTTP " + r.statusCode());
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw refused(url, "the document exceeds " + MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw refused(url, "it cannot be fetched: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(url, "interrupted");
    }
  }

  private static ServiceException refused(String url, String why) {
    return ServiceException.invalid(
        "sld", "SLD '" + WmsErrors.abbreviate(url) + "' refused: " + why);
  }
}
