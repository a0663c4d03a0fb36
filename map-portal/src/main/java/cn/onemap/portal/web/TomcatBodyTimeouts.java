package cn.onemap.portal.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's side of the slow-body defence: a single read of a request body waits at most {@code
 * onemap.request-body.read-timeout} ({@code connectionUploadTimeout} with {@code
 * disableUploadTimeout=false}), and the rest of a body the application did not read is not drained
 * ({@code maxSwallowSize=0}: the connection is closed instead), so a refused slow upload does not
 * keep its thread.
 */
@Component
class TomcatBodyTimeouts implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
  private final RequestBodyProperties limits;

  TomcatBodyTimeouts(RequestBodyProperties limits) {
    this.limits = limits;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addConnectorCustomizers(
        connector -> {
          connector.setProperty("disableUploadTimeout", "false");
          connector.setProperty(
              "connectionUploadTimeout", Long.toString(limits.readTimeout().toMillis()));
          connector.setProperty("maxSwallowSize", "0");
        });
  }
}
