package cn.onemap.portal.web;

import java.io.IOException;

/** A request body arrives more slowly than {@code onemap.request-body.min-rate} allows. */
class SlowBodyException extends IOException {
  SlowBodyException(long bytes, long millis) {
    super("the request body arrived too slowly: " + bytes + " bytes in " + millis + " ms");
  }
}
