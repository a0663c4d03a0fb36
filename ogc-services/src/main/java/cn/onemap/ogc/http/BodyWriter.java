package cn.onemap.ogc.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response body. Runs after the status and headers are committed, so feature responses
 * stream from the store cursor straight to the socket; it must not be called twice.
 */
@FunctionalInterface
public interface BodyWriter {
  void writeTo(OutputStream out) throws IOException;
}
