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
  private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

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

  /** Fails a request that takes longer than this (default: wait as long as it takes). */
  Http timeout(java.time.Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  private java.time.Duration timeout;

  /** A header sent with every request of this client. */
  Http header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Http apiKey(String key) {
    this.apiKey = key;
    return this;
  }

  record Response(
      int status,
      String contentType,
      String body,
      java.util.Map<String, java.util.List<String>> headers) {
    Response(int status, String contentType, String body) {
      this(status, contentType, body, java.util.Map.of());
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

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

  /** GET with extra headers (name, value, name, value ...). */
  Response get(String path, String... headers) {
    HttpRequest.Builder r = request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return send(r);
  }

  /** OPTIONS (a CORS preflight) with headers (name, value, ...). */
  Response options(String path, String... headers) {
    HttpRequest.Builder r = request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return send(r);
  }

  Response patchJson(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
  }

  Response putJson(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
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

  Response postXml(String path, String body, String... headers) {
    HttpRequest.Builder r =
        request(path)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return send(r);
  }

  /** Any method with a body of the given headers (e.g. Content-Type). */
  Response send(String method, String path, String body, String... headers) {
    HttpRequest.Builder r = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return send(r);
  }

  /** POSTs raw bytes of a content type (e.g. application/zip). */
  Response postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** POSTs one file as multipart part {@code file}. */
  Response upload(String path, String fileName, byte[] content) {
    String boundary = "----onemap" + java.util.UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path));
    if (timeout != null) {
      r.timeout(timeout);
    }
    if (authorization != null) {
      r.header("Authorization", authorization);
    }
    if (apiKey != null) {
      r.header("X-API-Key", apiKey);
    }
    headers.forEach(r::header);
    return r;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().map());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("HTTP request failed: " + e.getMessage(), e);
    }
  }
}
