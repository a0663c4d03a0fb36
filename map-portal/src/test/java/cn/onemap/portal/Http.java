package cn.onemap.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A real HTTP client for end-to-end tests, with optional Basic credentials and a cookie jar. */
final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient client;
  private String authorization;
  private String apiKey;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  Http basic(String user, String password) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Http apiKey(String key) {
    this.apiKey = key;
    return this;
  }

  record Response(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response postJson(String path, String body, String... headers) {
    HttpRequest.Builder r =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return send(r);
  }

  Response postXml(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    if (apiKey != null) {
      r.header("X-API-Key", apiKey);
    }
    return r;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("HTTP request failed: " + e.getMessage(), e);
    }
  }
}
