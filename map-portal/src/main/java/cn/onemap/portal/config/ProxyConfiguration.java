package cn.onemap.portal.config;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a load balancer: Tomcat's own {@link RemoteIpValve}, limited to the proxies of {@code
 * onemap.proxy.trusted}. For a request from one of them the client address is the rightmost {@code
 * X-Forwarded-For} hop that is not a trusted proxy (what the per-IP rate limit keys on), and {@code
 * X-Forwarded-Proto}/{@code -Host}/{@code -Port} make the absolute URLs the services build. Without
 * trusted proxies there is no valve at all, so no client can choose its address by header (Spring
 * Boot's own {@code forward-headers-strategy=native} would trust every private and loopback
 * address).
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxies(
      PortalProperties properties) {
    var trusted = TrustedProxies.regex(properties.proxy().trusted());
    return factory ->
        trusted.ifPresent(
            regex -> {
              RemoteIpValve valve = new RemoteIpValve();
              valve.setInternalProxies(regex);
              valve.setRemoteIpHeader("X-Forwarded-For");
              valve.setProtocolHeader("X-Forwarded-Proto");
              valve.setHostHeader("X-Forwarded-Host");
              valve.setPortHeader("X-Forwarded-Port");
              valve.setChangeLocalName(true);
              factory.addEngineValves(valve);
            });
  }
}
