package cn.onemap.portal.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access for departmental web apps, under {@code onemap.cors.*}: the boot-time
 * default. Once an administrator saves a list (admin area 跨域与底图, {@code PUT
 * /api/admin/settings/cors}) the stored list is the live one ({@link AllowedOrigins}).
 *
 * @param allowedOrigins origins (scheme, host and port, e.g. {@code https://zjj.meizhou.gov.cn})
 *     whose pages may call the portal's APIs and OGC services with credentials; empty (the default)
 *     allows no other origin
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("onemap.cors")
public record CorsProperties(
    @DefaultValue("") List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {}
